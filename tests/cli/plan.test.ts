import { describe, expect, it } from 'vitest';
import { runTool } from './helpers.ts';

const FIXTURES = 'tests/fixtures/cli/plan';

const fees = (lateFee: string, interest: string, compensation: string, total: string) => ({
  lateFee,
  interest,
  compensation,
  total,
});

describe('npm run plan', () => {
  it('prints one line per invoice of a studio chasing in pounds under statutory UK interest', async () => {
    const result = await runTool('plan', [`${FIXTURES}/studio-gbp.json`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      // Late 16 Jan (H1 2026): base on 31 Dec 2025 = 3.75 -> 11.75%. 16 days on 5000.00 + 44 days on 4000.00:
      // (500000×16 + 400000×44) × 1175 / 3,650,000 = 8241.09… -> 82.41; £70 for a debt under £10,000.
      // Reminder sent 16 Jan; follow-up own date 22 Jan, gap 21 Jan -> 22 Jan, long past: due (catch-up).
      {
        id: 'a1',
        currency: 'GBP',
        balance: '4000.00',
        status: 'overdue',
        daysOverdue: 60,
        nextStep: 'follow-up',
        nextDate: '2026-01-22',
        due: true,
        pausedReason: null,
        finalDeadline: null,
        fees: fees('0.00', '82.41', '70.00', '152.41'),
      },
      // Paid the day before the due date: nothing late, nothing next.
      {
        id: 'a2',
        currency: 'GBP',
        balance: '0.00',
        status: 'paid',
        daysOverdue: 0,
        nextStep: null,
        nextDate: null,
        due: false,
        pausedReason: null,
        finalDeadline: null,
        fees: fees('0.00', '0.00', '0.00', '0.00'),
      },
      // A consumer (no statutory interest). Due 20 Feb, 24 days overdue. Call: own 6 Mar, gap 27 Feb + 5 = 4 Mar
      // -> 6 Mar; the promise to 20 Mar pushes it to 21 Mar.
      {
        id: 'a3',
        currency: 'GBP',
        balance: '1200.00',
        status: 'paused',
        daysOverdue: 24,
        nextStep: 'call',
        nextDate: '2026-03-21',
        due: false,
        pausedReason: 'promise',
        finalDeadline: null,
        fees: fees('0.00', '0.00', '0.00', '0.00'),
      },
      // Final notice 10 Mar -> deadline 17 Mar; collections not before 18 Mar (own date 9 Feb, gap 15 Mar).
      // Late 6 Jan at 11.75% for 70 days: 1,500,000 × 70 × 1175 / 3,650,000 = 33801.36… -> 338.01; £100 tier.
      {
        id: 'a4',
        currency: 'GBP',
        balance: '15000.00',
        status: 'overdue',
        daysOverdue: 70,
        nextStep: 'collections',
        nextDate: '2026-03-18',
        due: false,
        pausedReason: null,
        finalDeadline: '2026-03-17',
        fees: fees('0.00', '338.01', '100.00', '438.01'),
      },
      // Not due until 31 Mar: the courtesy note comes on 28 Mar. Yen have no decimals.
      {
        id: 'a5',
        currency: 'JPY',
        balance: '120000',
        status: 'open',
        daysOverdue: 0,
        nextStep: 'courtesy',
        nextDate: '2026-03-28',
        due: false,
        pausedReason: null,
        finalDeadline: null,
        fees: fees('0', '0', '0', '0'),
      },
      // Written off. Late 1 Dec 2025 (H2): base on 30 Jun 2025 = 4.25 -> 12.25%, 106 days on 300.00:
      // 30000 × 106 × 1225 / 3,650,000 = 1067.26… -> 10.67; £40 for a debt under £1,000.
      {
        id: 'a6',
        currency: 'GBP',
        balance: '300.00',
        status: 'written-off',
        daysOverdue: 106,
        nextStep: null,
        nextDate: null,
        due: false,
        pausedReason: null,
        finalDeadline: null,
        fees: fees('0.00', '10.67', '40.00', '50.67'),
      },
      // Disputed: paused, though the reminder's date has passed (due is nextDate <= today). UK interest on a euro debt, 29 days at 11.75%:
      // 200000 × 29 × 1175 / 3,650,000 = 1867.12… -> 18.67; no pound compensation on a euro invoice.
      {
        id: 'a7',
        currency: 'EUR',
        balance: '2000.00',
        status: 'paused',
        daysOverdue: 29,
        nextStep: 'reminder',
        nextDate: '2026-02-16',
        due: true,
        pausedReason: 'dispute',
        finalDeadline: null,
        fees: fees('0.00', '18.67', '0.00', '18.67'),
      },
    ]);
  });

  it('keeps the output keys in the contract order', async () => {
    const result = await runTool('plan', [`${FIXTURES}/gulf-kwd.json`]);
    expect(result.stdout.split('\n')[0]).toBe(
      '{"id":"k1","currency":"KWD","balance":"1000.250","status":"overdue","daysOverdue":30,"nextStep":"reminder",' +
        '"nextDate":"2026-02-15","due":true,"pausedReason":null,"finalDeadline":null,' +
        '"fees":{"lateFee":"0.000","interest":"16.526","compensation":"0.000","total":"16.526"}}',
    );
    // 1.5% a month = 18% a year: 14 days on 1250.500, then 16 days on 1000.250 (paid 1 Mar):
    // (1,250,500×14 + 1,000,250×16) × 18 / 36500 = 603,198,000 / 36,500 = 16525.97… -> 16.526 KWD.
  });

  it('plans a German agency case: a plan in good standing across two half-years of base rates', async () => {
    const result = await runTool('plan', [`${FIXTURES}/agency-de.json`]);
    expect(result.code).toBe(0);
    // H2 2022 at -0.88 + 9 = 8.12% for 30 days on 10,000; H1 2023 at 1.62 + 9 = 10.62% for 14 days on 10,000
    // and 17 days on 5,000: (24,360,000,000 + 14,868,000,000 + 9,027,000,000) / 3,650,000 = 13220.54… -> 132.21.
    // Next unpaid instalment 15 Feb -> the follow-up waits until 16 Feb.
    expect(result.lines).toEqual([
      {
        id: 'd1',
        currency: 'EUR',
        balance: '5000.00',
        status: 'paused',
        daysOverdue: 61,
        nextStep: 'follow-up',
        nextDate: '2023-02-16',
        due: false,
        pausedReason: 'plan',
        finalDeadline: null,
        fees: fees('0.00', '132.21', '40.00', '172.21'),
      },
    ]);
  });

  const badInputs: { name: string; file: string; message: string }[] = [
    {
      name: 'a missing due date',
      file: 'bad-missing-due-date.json',
      message: 'invoices[1].dueDate: missing (a due date YYYY-MM-DD is required)',
    },
    {
      name: 'an unknown currency',
      file: 'bad-unknown-currency.json',
      message: 'invoices[4].currency: unknown currency "XYZ"',
    },
    {
      name: 'an unknown step',
      file: 'bad-unknown-step.json',
      message: 'invoices[3].events[1].step: unknown step "nag" (known: courtesy, reminder,',
    },
    {
      name: 'an impossible date',
      file: 'bad-impossible-date.json',
      message: 'invoices[6].dueDate: "2026-02-31" is not a real calendar date (YYYY-MM-DD)',
    },
    {
      name: 'an amount written as a number',
      file: 'bad-number-amount.json',
      message: 'invoices[0].total: expected "1250.00" as a decimal string (in quotes), got the number 5000',
    },
    {
      name: 'a file that is not JSON',
      file: 'bad-not-json.json',
      message: "not valid JSON (Unexpected token 'I' at line 1 column 1",
    },
    {
      name: 'a trailing comma',
      file: 'bad-trailing-comma.json',
      message: "not valid JSON (Unexpected token ']' at line 5 column 3",
    },
    { name: 'a missing file', file: 'no-such-case.json', message: 'cannot read (no such file)' },
  ];

  it.each(badInputs)('rejects $name with a message naming the file and where', async ({ file, message }) => {
    const path = `${FIXTURES}/${file}`;
    const result = await runTool('plan', [path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${path}: ${message}`);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints usage and fails when no file is given', async () => {
    const result = await runTool('plan', []);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^usage: npm run --silent plan -- CASE\.json/);
  });

  it('prints usage on --help and succeeds', async () => {
    const result = await runTool('plan', ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage:/);
  });
});
