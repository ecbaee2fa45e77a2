import { describe, expect, it } from 'vitest';
import { explainFees } from '../../../lib/ladder/fee-explanation.ts';
import { assessFees, computeFees } from '../../../lib/ladder/fees.ts';
import { STATUTORY_RULES, statutoryRuleFor } from '../../../lib/ladder/statutory-rules.ts';
import type { FeeBreakdown, FeePolicy, LadderInvoice } from '../../../lib/ladder/types.ts';
import { invoice, paid } from './invoice-builder.ts';

// Interest = Σ(balance × days × annual%) / (100 × 365), summed exactly, rounded half-up once.
// Every figure below is worked by hand in the comment beside it.

const UK_RATES = [
  { from: '2025-08-07', rate: '4.00' },
  { from: '2025-12-18', rate: '3.75' },
  { from: '2026-02-05', rate: '3.50' },
];

interface FeeCase {
  name: string;
  invoice: LadderInvoice;
  fees: FeePolicy;
  today: string;
  expected: FeeBreakdown;
}

const breakdown = (lateFeeMinor: number, interestMinor: number, compensationMinor: number): FeeBreakdown => ({
  lateFeeMinor,
  interestMinor,
  compensationMinor,
  totalMinor: lateFeeMinor + interestMinor + compensationMinor,
});

const feeCases: FeeCase[] = [
  {
    name: 'no fees under the "none" policy however late',
    invoice: invoice(),
    fees: { kind: 'none' },
    today: '2026-06-01',
    expected: breakdown(0, 0, 0),
  },
  {
    name: 'a flat fee is not charged on the due date',
    invoice: invoice(),
    fees: { kind: 'flat', amount: '25.00' },
    today: '2026-01-15',
    expected: breakdown(0, 0, 0),
  },
  {
    name: 'a flat fee is charged from the day after the due date',
    invoice: invoice(),
    fees: { kind: 'flat', amount: '25.00' },
    today: '2026-01-16',
    expected: breakdown(2_500, 0, 0),
  },
  {
    name: 'no flat fee when the balance was settled by the day after the due date',
    invoice: invoice({ payments: [paid('2026-01-16', 500_000)] }),
    fees: { kind: 'flat', amount: '25.00' },
    today: '2026-02-01',
    expected: breakdown(0, 0, 0),
  },
  {
    name: 'a flat fee stays owed when the invoice was paid late',
    invoice: invoice({ payments: [paid('2026-01-17', 500_000)] }),
    fees: { kind: 'flat', amount: '25.00' },
    today: '2026-02-01',
    expected: breakdown(2_500, 0, 0),
  },
  {
    name: 'a flat fee in KWD keeps three decimals',
    invoice: invoice({ currency: 'KWD', totalMinor: 1_250_500 }),
    fees: { kind: 'flat', amount: '5.250' },
    today: '2026-01-20',
    expected: breakdown(5_250, 0, 0),
  },
  {
    name: 'percent-per-month: 2% a month on £1,000.00 for 30 days',
    invoice: invoice({ totalMinor: 100_000 }),
    fees: { kind: 'percent-per-month', percent: '2' },
    // 100000 × 30 × 24 / 36500 = 72,000,000 / 36,500 = 1972.60… -> 1973
    today: '2026-02-14',
    expected: breakdown(0, 1_973, 0),
  },
  {
    name: 'percent-per-month on a JPY invoice rounds to whole yen',
    invoice: invoice({ currency: 'JPY', totalMinor: 1_000_000 }),
    fees: { kind: 'percent-per-month', percent: '1' },
    // 1,000,000 × 30 × 12 / 36500 = 360,000,000 / 36,500 = 9863.01… -> 9863
    today: '2026-02-14',
    expected: breakdown(0, 9_863, 0),
  },
  {
    name: 'percent-per-month follows part payments day by day',
    invoice: invoice({ totalMinor: 100_000, payments: [paid('2026-01-26', 40_000)] }),
    fees: { kind: 'percent-per-month', percent: '1.5' },
    // annual 18%: 16–25 Jan 10 days on 100000, 26 Jan–14 Feb 20 days on 60000 (paid on the 26th counts that day)
    // (100000×10 + 60000×20) × 18 / 36500 = 2,200,000 × 18 / 36500 = 39,600,000 / 36,500 = 1084.93… -> 1085
    today: '2026-02-14',
    expected: breakdown(0, 1_085, 0),
  },
  {
    name: 'half-up rounding: exactly 1.5 minor units rounds up to 2',
    invoice: invoice({ totalMinor: 9_125 }),
    fees: { kind: 'percent-per-month', percent: '0.5' },
    // annual 6%, one day: 9125 × 1 × 6 / 36500 = 54,750 / 36,500 = 1.5 -> 2
    today: '2026-01-16',
    expected: breakdown(0, 2, 0),
  },
  {
    name: 'half-up rounding: exactly 4.5 rounds up to 5, not to the even 4',
    invoice: invoice({ totalMinor: 27_375 }),
    fees: { kind: 'percent-per-month', percent: '0.5' },
    // 27375 × 6 / 36500 = 164,250 / 36,500 = 4.5 -> 5
    today: '2026-01-16',
    expected: breakdown(0, 5, 0),
  },
  {
    name: 'half-up rounding: just under a half rounds down',
    invoice: invoice({ totalMinor: 27_374 }),
    fees: { kind: 'percent-per-month', percent: '0.5' },
    // 27374 × 6 / 36500 = 164,244 / 36,500 = 4.4998… -> 4
    today: '2026-01-16',
    expected: breakdown(0, 4, 0),
  },
  {
    name: 'rounding happens once, not per day',
    invoice: invoice({ totalMinor: 9_125 }),
    fees: { kind: 'percent-per-month', percent: '0.5' },
    // 1.5 a day for 3 days: per-day rounding would give 2+2+2 = 6; exactly 3 × 1.5 = 4.5 -> 5
    today: '2026-01-18',
    expected: breakdown(0, 5, 0),
  },
  {
    name: 'a leap year still counts 365 days a year',
    invoice: invoice({ totalMinor: 365_000, dueDate: '2028-02-27' }),
    fees: { kind: 'percent-per-month', percent: '1' },
    // 28 Feb, 29 Feb, 1 Mar = 3 days: 365000 × 3 × 12 / 36500 = 360 exactly
    today: '2028-03-01',
    expected: breakdown(0, 360, 0),
  },
  {
    name: 'statutory-uk with a part payment mid-period',
    invoice: invoice({ payments: [paid('2026-02-01', 100_000)] }),
    fees: { kind: 'statutory-uk', referenceRates: UK_RATES },
    // Late on 16 Jan 2026 (first half of 2026): rate on 31 Dec 2025 = 3.75, + 8 = 11.75%, fixed
    // (the 5 Feb cut to 3.50 does not apply). 16–31 Jan: 16 days on 500000; 1 Feb–16 Mar: 44 days on 400000.
    // (500000×16 + 400000×44) × 1175 / 3,650,000 = 25,600,000 × 1175 / 3,650,000 = 30,080,000,000 / 3,650,000
    // = 8241.09… -> 8241. Compensation: £5,000 when late, under £10,000 -> £70.
    today: '2026-03-16',
    expected: breakdown(0, 8_241, 7_000),
  },
  {
    name: 'statutory-uk fixes the rate from 30 June for a debt late in the second half-year',
    invoice: invoice({ totalMinor: 50_000, dueDate: '2025-08-31' }),
    fees: { kind: 'statutory-uk', referenceRates: [{ from: '2025-05-08', rate: '4.25' }, ...UK_RATES] },
    // Late 1 Sep 2025: rate on 30 Jun 2025 = 4.25 -> 12.25% for the life of the debt, through 31 Dec 2025 = 122 days.
    // 50000 × 122 × 1225 / 3,650,000 = 7,472,500,000 / 3,650,000 = 2047.26… -> 2047. Under £1,000 -> £40.
    today: '2025-12-31',
    expected: breakdown(0, 2_047, 4_000),
  },
  {
    name: 'statutory-uk compensation for a debt of exactly £1,000 is the middle tier',
    invoice: invoice({ totalMinor: 100_000 }),
    fees: { kind: 'statutory-uk', referenceRates: UK_RATES },
    // one day: 100000 × 1 × 1175 / 3,650,000 = 32.19… -> 32
    today: '2026-01-16',
    expected: breakdown(0, 32, 7_000),
  },
  {
    name: 'statutory-uk compensation for a debt just under £1,000 is £40',
    invoice: invoice({ totalMinor: 99_999 }),
    fees: { kind: 'statutory-uk', referenceRates: UK_RATES },
    // 99999 × 1175 / 3,650,000 = 32.19… -> 32
    today: '2026-01-16',
    expected: breakdown(0, 32, 4_000),
  },
  {
    name: 'statutory-uk compensation for £10,000 or more is £100',
    invoice: invoice({ totalMinor: 1_000_000 }),
    fees: { kind: 'statutory-uk', referenceRates: UK_RATES },
    // 1,000,000 × 1175 / 3,650,000 = 321.91… -> 322
    today: '2026-01-16',
    expected: breakdown(0, 322, 10_000),
  },
  {
    name: 'statutory-uk compensation is sized by the balance on the day the debt became late',
    invoice: invoice({ totalMinor: 150_000, payments: [paid('2026-01-16', 60_000)] }),
    fees: { kind: 'statutory-uk', referenceRates: UK_RATES },
    // paid on the 16th counts that day: 90000 when late -> £40; 90000 × 1175 / 3,650,000 = 28.97… -> 29
    today: '2026-01-16',
    expected: breakdown(0, 29, 4_000),
  },
  {
    name: 'statutory-uk on a EUR invoice charges interest but no pound compensation',
    invoice: invoice({ currency: 'EUR' }),
    fees: { kind: 'statutory-uk', referenceRates: UK_RATES },
    // 500000 × 1175 / 3,650,000 = 160.95… -> 161
    today: '2026-01-16',
    expected: breakdown(0, 161, 0),
  },
  {
    name: 'statutory interest is zero for a client who is not a business',
    invoice: invoice({ client: { business: false }, payments: [paid('2026-02-01', 100_000)] }),
    fees: { kind: 'statutory-uk', referenceRates: UK_RATES },
    today: '2026-03-16',
    expected: breakdown(0, 0, 0),
  },
  {
    name: 'statutory-de across two half-years, the first on a negative base rate',
    invoice: invoice({ currency: 'EUR', totalMinor: 1_000_000, dueDate: '2022-12-01' }),
    fees: {
      kind: 'statutory-de',
      baseRates: [
        { from: '2016-07-01', rate: '-0.88' },
        { from: '2023-01-01', rate: '1.62' },
      ],
    },
    // Late 2 Dec 2022. H2 2022: base on 1 Jul 2022 = -0.88, + 9 = 8.12%, 2–31 Dec = 30 days.
    // H1 2023: base on 1 Jan 2023 = 1.62, + 9 = 10.62%, 1–31 Jan = 31 days.
    // (1,000,000×30×812 + 1,000,000×31×1062) / 3,650,000 = (24,360,000,000 + 32,922,000,000) / 3,650,000
    // = 57,282,000,000 / 3,650,000 = 15693.69… -> 15694. Plus €40.
    today: '2023-01-31',
    expected: breakdown(0, 15_694, 4_000),
  },
  {
    name: 'statutory-de gives the €40 only on EUR invoices',
    invoice: invoice({ currency: 'CHF', totalMinor: 1_000_000, dueDate: '2022-12-01' }),
    fees: { kind: 'statutory-de', baseRates: [{ from: '2016-07-01', rate: '-0.88' }] },
    // 30 days at 8.12%: 24,360,000,000 / 3,650,000 = 6673.97… -> 6674
    today: '2022-12-31',
    expected: breakdown(0, 6_674, 0),
  },
  {
    name: 'statutory-eu with the compensation the user set, rate read afresh each half-year',
    invoice: invoice({ currency: 'EUR', totalMinor: 200_000, dueDate: '2026-03-31' }),
    fees: {
      kind: 'statutory-eu',
      compensation: '50.00',
      referenceRates: [
        { from: '2025-06-11', rate: '2.15' },
        { from: '2026-06-10', rate: '2.40' },
      ],
    },
    // Late 1 Apr 2026. H1: rate on 1 Jan 2026 = 2.15 -> 10.15% (the 10 Jun change waits for 1 Jul),
    // 1 Apr–30 Jun = 91 days. H2: rate on 1 Jul = 2.40 -> 10.40%, 1–15 Jul = 15 days.
    // (200000×91×1015 + 200000×15×1040) / 3,650,000 = (18,473,000,000 + 3,120,000,000) / 3,650,000
    // = 21,593,000,000 / 3,650,000 = 5915.89… -> 5916. Compensation €50.
    today: '2026-07-15',
    expected: breakdown(0, 5_916, 5_000),
  },
  {
    name: 'statutory-eu compensation is charged in the invoice currency',
    invoice: invoice({ currency: 'PLN', totalMinor: 200_000, dueDate: '2026-03-31' }),
    fees: {
      kind: 'statutory-eu',
      compensation: '40',
      referenceRates: [{ from: '2025-06-11', rate: '2.15' }],
    },
    // 1 day at 10.15%: 200000 × 1015 / 3,650,000 = 55.61… -> 56
    today: '2026-04-01',
    expected: breakdown(0, 56, 4_000),
  },
  {
    name: 'no statutory charges before the debt is late',
    invoice: invoice(),
    fees: { kind: 'statutory-uk', referenceRates: UK_RATES },
    today: '2026-01-15',
    expected: breakdown(0, 0, 0),
  },
  {
    name: 'no interest accrues once the invoice is paid in full',
    invoice: invoice({ totalMinor: 100_000, payments: [paid('2026-01-26', 100_000)] }),
    fees: { kind: 'percent-per-month', percent: '2' },
    // 16–25 Jan = 10 days: 100000 × 10 × 24 / 36500 = 657.53… -> 658, then nothing owed
    today: '2026-06-01',
    expected: breakdown(0, 658, 0),
  },
];

describe('computeFees', () => {
  it.each(feeCases)('$name', ({ invoice: subject, fees, today, expected }) => {
    expect(computeFees(subject, fees, today)).toEqual(expected);
  });
});

describe('assessFees reports its basis and its problems', () => {
  it('lists the interest periods with the rates used', () => {
    const assessment = assessFees(
      invoice({ payments: [paid('2026-02-01', 100_000)] }),
      { kind: 'statutory-uk', referenceRates: UK_RATES },
      '2026-03-16',
    );
    expect(assessment.periods).toEqual([
      {
        from: '2026-01-16',
        to: '2026-01-31',
        days: 16,
        balanceMinor: 500_000,
        annualRatePercent: '11.75',
        referenceRatePercent: '3.75',
        referenceDate: '2025-12-31',
      },
      {
        from: '2026-02-01',
        to: '2026-03-16',
        days: 44,
        balanceMinor: 400_000,
        annualRatePercent: '11.75',
        referenceRatePercent: '3.75',
        referenceDate: '2025-12-31',
      },
    ]);
    expect(assessment.compensationTier).toEqual({ belowMinor: 1_000_000, amountMinor: 7_000 });
    expect(assessment.rule?.source).toContain('s.5A');
  });

  it('reports a missing reference rate instead of inventing one, and charges no interest', () => {
    const assessment = assessFees(
      invoice(),
      { kind: 'statutory-uk', referenceRates: [{ from: '2026-02-05', rate: '3.50' }] },
      '2026-03-16',
    );
    expect(assessment.problems).toEqual([
      'referenceRates: no rate in force on 2025-12-31 (the earliest entry is from 2026-02-05)',
    ]);
    expect(assessment.breakdown.interestMinor).toBe(0);
    expect(assessment.breakdown.compensationMinor).toBe(7_000);
  });

  it('reports a flat fee with more decimals than the currency has', () => {
    const assessment = assessFees(
      invoice({ currency: 'JPY', totalMinor: 10_000 }),
      { kind: 'flat', amount: '25.50' },
      '2026-02-01',
    );
    expect(assessment.problems).toEqual(['amount: "25.50" has 2 decimals but JPY has 0']);
    expect(assessment.breakdown.totalMinor).toBe(0);
  });

  it('notes why statutory charges are zero for a consumer', () => {
    const assessment = assessFees(
      invoice({ client: { business: false } }),
      { kind: 'statutory-uk', referenceRates: UK_RATES },
      '2026-03-16',
    );
    expect(assessment.notes).toEqual(['not-business']);
  });
});

describe('explainFees', () => {
  it('explains UK statutory interest: rate, days, compensation tier', () => {
    const explanation = explainFees(
      invoice({ payments: [paid('2026-02-01', 100_000)] }),
      { kind: 'statutory-uk', referenceRates: UK_RATES },
      '2026-03-16',
    );
    expect(explanation.breakdown.totalMinor).toBe(15_241);
    expect(explanation.lines).toEqual([
      'Statutory interest: the Bank of England base rate plus 8 points, read on the last day of the half-year ' +
        'before the debt became late and fixed for its life, simple, on a 365-day year ' +
        '(Late Payment of Commercial Debts (Interest) Act 1998 s.4, s.5A, s.6).',
      '16 Jan 2026 to 31 Jan 2026: 16 days on £5,000.00 at 11.75% a year (reference 3.75% on 31 Dec 2025).',
      '1 Feb 2026 to 16 Mar 2026: 44 days on £4,000.00 at 11.75% a year (reference 3.75% on 31 Dec 2025).',
      'Interest to 16 Mar 2026: £82.41.',
      'Compensation for recovery costs: £70.00, the fixed sum for a debt under £10,000.00 (£5,000.00 when it became late).',
      'Total late charges: £152.41.',
    ]);
  });

  it('says why a pound compensation does not apply to a euro invoice', () => {
    const { lines } = explainFees(
      invoice({ currency: 'EUR' }),
      { kind: 'statutory-uk', referenceRates: UK_RATES },
      '2026-01-16',
    );
    expect(lines).toContain('No fixed compensation: the law sets it in GBP, and this invoice is in EUR.');
  });

  it('explains a monthly percentage in the locale given', () => {
    const explanation = explainFees(
      invoice({ currency: 'EUR', totalMinor: 100_000 }),
      { kind: 'percent-per-month', percent: '1.5' },
      '2026-01-25',
      'de-DE',
    );
    // Intl puts a no-break space before % and € in German.
    const lines = explanation.lines.map((line) => line.replace(/[\u00a0\u202f]/g, ' '));
    // 10 days at 18%: 100000 × 10 × 18 / 36500 = 493.15… -> 4,93 €
    expect(lines[0]).toBe(
      'Interest at 1,5 % a month (18 % a year), simple, counted daily on a 365-day year.',
    );
    expect(lines.at(-1)).toBe('Total late charges: 4,93 €.');
  });

  it('says when nothing is charged yet', () => {
    const { lines } = explainFees(invoice(), { kind: 'flat', amount: '25.00' }, '2026-01-10');
    expect(lines).toEqual(['No late fee or interest yet: the invoice falls due on 15 Jan 2026.']);
  });

  it('says why a consumer pays no statutory interest', () => {
    const { lines } = explainFees(
      invoice({ client: { business: false } }),
      { kind: 'statutory-de', baseRates: [] },
      '2026-03-16',
    );
    expect(lines).toEqual([
      'No statutory interest or compensation: the law only grants them between businesses.',
    ]);
  });
});

describe('statutory rules as data', () => {
  it('picks the version in force on the day the debt became late', () => {
    expect(statutoryRuleFor('statutory-de', '2014-07-28')?.pointsAboveReference).toBe(8);
    expect(statutoryRuleFor('statutory-de', '2014-07-29')?.pointsAboveReference).toBe(9);
    expect(statutoryRuleFor('statutory-eu', '2013-03-16')?.version).toBe(2);
    expect(statutoryRuleFor('statutory-uk', '1998-10-31')).toBeNull();
  });

  it('names a source for every version', () => {
    for (const rule of STATUTORY_RULES) expect(rule.source).not.toBe('');
  });
});
