import { describe, expect, it } from 'vitest';
import { runTool } from './helpers.ts';

/*
 * The `draft` contract checked from outside: which template is chosen, the final notice's deadline
 * and charges (the same figures `plan` prints), locale formatting and escaping of client text.
 * Figures were worked out by hand; see tests/cli/plan-contract.test.ts for the conventions.
 */

const DIR = 'tests/fixtures/cli/contract';

const TEMPLATE_IDS = [
  'courtesy',
  'due-today',
  'reminder',
  'follow-up',
  'call',
  'final',
  'plan-proposal',
  'plan-confirmation',
  'discount-offer',
  'partial-ack',
  'thank-you',
  'collections',
];

interface DraftLine {
  id: string;
  template: string;
  to: string | null;
  subject: string;
  text: string;
  html: string;
}

interface PlanLine {
  id: string;
  nextStep: string | null;
  fees: { lateFee: string; interest: string; compensation: string; total: string };
}

async function draft(file: string, ...args: string[]): Promise<DraftLine[]> {
  const result = await runTool('draft', [`${DIR}/${file}`, ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.lines as DraftLine[];
}

async function plan(file: string): Promise<PlanLine[]> {
  const result = await runTool('plan', [`${DIR}/${file}`]);
  expect(result.code).toBe(0);
  return result.lines as PlanLine[];
}

describe('draft: choosing the template', () => {
  it('drafts each invoice’s next step by default, and thanks a client who has paid', async () => {
    // Today 16 Mar. dt1 due 19 Mar: courtesy. dt2 due 10 Mar: reminder. dt3 reminder sent: follow-up.
    // dt4 reminder, follow-up and call done: final. dt5 paid in full: no next step, a thank-you.
    const lines = await draft('draft-default-templates.json');
    expect(lines.map((line) => Object.keys(line))).toEqual(
      Array(5).fill(['id', 'template', 'to', 'subject', 'text', 'html']),
    );
    expect(lines.map((line) => [line.id, line.template, line.to])).toEqual([
      ['dt1', 'courtesy', 'rowan@example.test'],
      ['dt2', 'reminder', 'rowan@example.test'],
      ['dt3', 'follow-up', 'rowan@example.test'],
      ['dt4', 'final', 'rowan@example.test'],
      ['dt5', 'thank-you', 'rowan@example.test'],
    ]);
    const plans = await plan('draft-default-templates.json');
    for (const [index, planned] of plans.entries()) {
      if (planned.nextStep !== null) expect(lines[index]?.template).toBe(planned.nextStep);
    }
  });

  it('drafts a step of the user’s own with the template it names', async () => {
    // n1's next step is "second-nudge", a step built on the reminder template.
    const [line] = await draft('added-step.json', '--invoice', 'n1');
    expect(line?.template).toBe('reminder');
    expect(line?.subject).toBe('Friendly reminder: invoice CSL-N1');
  });

  it('drafts only the invoice asked for', async () => {
    const lines = await draft('draft-default-templates.json', '--invoice', 'dt3');
    expect(lines.map((line) => line.id)).toEqual(['dt3']);
  });

  it.each(TEMPLATE_IDS)(
    'drafts the %s template on request, escaping client text in html',
    async (template) => {
      const lines = await draft('draft-escaping.json', '--template', template);
      expect(lines).toHaveLength(1);
      const [line] = lines;
      expect(line?.template).toBe(template);
      expect(line?.subject).not.toBe('');
      expect(line?.text).not.toBe('');
      expect(line?.html.toLowerCase()).not.toContain('<script');
      expect(line?.text).not.toContain('&lt;');
    },
  );
});

describe('draft: the final notice', () => {
  it('names today + finalDeadlineDays and the monthly interest in US English', async () => {
    // Today 16 Mar + 10 days = 26 Mar. $1,234.56 due 1 Feb at 1.5% a month (18% a year), 43 days:
    // 123456 × 43 × 18 / 36,500 = 95,554,944 / 36,500 = 2617.94 -> $26.18; total $1,260.74.
    const [line] = await draft('draft-final-en-us.json');
    expect(line?.template).toBe('final');
    expect(line?.subject).toBe('Final notice: invoice CSL-FN1, please pay by Mar 26, 2026');
    expect(line?.text).toContain('Balance of the invoice: $1,234.56\n');
    expect(line?.text).toContain('Interest to Mar 16, 2026: $26.18\n');
    expect(line?.text).toContain('Total due: $1,260.74\n');
    expect(line?.text).toContain('Please pay $1,260.74 by Mar 26, 2026.');
    expect(line?.text).toContain('due on Feb 1, 2026');
    expect(line?.html).toContain('$26.18');
    const [planned] = await plan('draft-final-en-us.json');
    expect(planned?.fees).toEqual({
      lateFee: '0.00',
      interest: '26.18',
      compensation: '0.00',
      total: '26.18',
    });
  });

  it('writes German amounts and dates, with the BGB interest and the €40 flat sum', async () => {
    // Basiszinssatz 1.27 + 9 = 10.27%, 43 days on 1.234,56 €:
    // 123456 × 43 × 1027 / 3,650,000 = 5,451,940,416 / 3,650,000 = 1493.68 -> 14,94 €; + 40,00 € = 54,94 €.
    // Total 1.234,56 + 54,94 = 1.289,50 €. Deadline 16.03. + 10 = 26.03.2026.
    const [line] = await draft('draft-final-de-de.json');
    expect(line?.subject).toBe('Letzte Mahnung: Rechnung CSL-FN1, Zahlung bis 26.03.2026');
    expect(line?.text).toContain('1.234,56\u00a0€');
    expect(line?.text).toContain('14,94\u00a0€');
    expect(line?.text).toContain('40,00\u00a0€');
    expect(line?.text).toContain('1.289,50\u00a0€ bis zum 26.03.2026');
    expect(line?.text).toContain('§ 288 BGB');
    const [planned] = await plan('draft-final-de-de.json');
    expect(planned?.fees).toEqual({
      lateFee: '0.00',
      interest: '14.94',
      compensation: '40.00',
      total: '54.94',
    });
  });

  it('shows the same EU and UK statutory figures as plan', async () => {
    // e1: 652.64 interest + €40 (see plan-contract). Deadline 15 Jul + 7 = 22 Jul 2026.
    const [eu] = await draft('eu-half-years.json', '--invoice', 'e1', '--template', 'final');
    expect(eu?.text).toContain(
      'Interest to 15 Jul 2026: €652.64\nFixed compensation: €40.00\nTotal due: €10,692.64',
    );
    expect(eu?.text).toContain('Please pay €10,692.64 by 22 Jul 2026.');
    // x4: one day at 11.75% on £10,000 = £3.22, the £100 tier. Deadline 2 Mar + 7 = 9 Mar 2026.
    const [uk] = await draft('uk-compensation-tiers.json', '--invoice', 'x4', '--template', 'final');
    expect(uk?.text).toContain(
      'Interest to 2 Mar 2026: £3.22\nFixed compensation: £100.00\nTotal due: £10,103.22',
    );
    expect(uk?.subject).toBe('Final notice: invoice CSL-X4, please pay by 9 Mar 2026');
  });

  it('adds the flat fee to the amount asked for', async () => {
    const [line] = await draft('draft-final-flat-fee.json');
    expect(line?.subject).toBe('Final notice: invoice CSL-FN1, please pay by 26 Mar 2026');
    expect(line?.text).toContain('Late fee: £25.00\nTotal due: £665.00');
    expect(line?.text).toContain('Please pay £665.00 by 26 Mar 2026.');
  });

  it('claims no statutory charges from a consumer', async () => {
    const [line] = await draft('draft-final-uk-consumer.json');
    expect(line?.text).toContain(
      'The balance of £640.00 is still outstanding. Please pay it by 26 Mar 2026.',
    );
    expect(line?.text).not.toMatch(/interest|compensation/i);
  });
});

describe('draft: client text', () => {
  it('escapes a script in the client’s name and the invoice number in html, and keeps text plain', async () => {
    const [line] = await draft('draft-escaping.json');
    expect(line?.template).toBe('follow-up');
    expect(line?.subject).toBe('Invoice INV-<script>alert("n")</script>: £1,000.00 outstanding');
    expect(line?.text).toContain('invoice INV-<script>alert("n")</script>, which was due on 1 Feb 2026');
    expect(line?.html).toContain('INV-&lt;script&gt;alert(&quot;n&quot;)&lt;/script&gt;');
    expect(line?.html).toContain('&lt;script&gt;alert(&quot;c&quot;)&lt;/script&gt;');
    expect(line?.html).not.toContain('<script');
    // The sender's own "&" is escaped in html too.
    expect(line?.html).toContain('Carvalho Sound &amp; Light');
  });
});

describe('draft: unusable input', () => {
  it('names an unknown invoice id and the ids in the file', async () => {
    const path = `${DIR}/draft-escaping.json`;
    const result = await runTool('draft', [path, '--invoice', 'a9']);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${path}: no invoice with id "a9" (ids in the file: xss)\n`);
  });

  it('names an unknown template and lists the known ones', async () => {
    const result = await runTool('draft', [`${DIR}/draft-escaping.json`, '--template', 'demand']);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`unknown template "demand": choose one of ${TEMPLATE_IDS.join(', ')}\n`);
  });

  it('rejects a bad case file with the file and JSON path', async () => {
    const path = `${DIR}/bad-unknown-step-in-event.json`;
    const result = await runTool('draft', [path]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^tests\/fixtures\/cli\/contract\/bad-unknown-step-in-event\.json: invoices\[0\]\.events\[1\]\.step: unknown step "nudge"/,
    );
  });
});
