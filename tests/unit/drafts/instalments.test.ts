import { describe, expect, it } from 'vitest';
import { proposeInstalments } from '../../../lib/drafts/instalments.ts';

const sum = (instalments: { amountMinor: number }[]) =>
  instalments.reduce((total, i) => total + i.amountMinor, 0);

describe('proposeInstalments', () => {
  it('splits a balance exactly, putting the remainder on the first instalment', () => {
    const plan = proposeInstalments(100000, 3, '2026-03-20', 'monthly');
    expect(plan.map((i) => i.amountMinor)).toEqual([33334, 33333, 33333]);
    expect(sum(plan)).toBe(100000);
  });

  it('adds up to the balance to the minor unit for awkward splits', () => {
    for (const [balance, count] of [
      [1, 1],
      [7, 7],
      [99999, 12],
      [123456789, 7],
      [1001, 10],
    ] as const) {
      const plan = proposeInstalments(balance, count, '2026-01-01', 'weekly');
      expect(plan).toHaveLength(count);
      expect(sum(plan)).toBe(balance);
      expect(plan.every((i) => i.amountMinor > 0)).toBe(true);
    }
  });

  it('clamps monthly dates to the month end without drifting', () => {
    const plan = proposeInstalments(400, 4, '2026-01-31', 'monthly');
    expect(plan.map((i) => i.date)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('lands on 29 February in a leap year', () => {
    expect(proposeInstalments(200, 2, '2028-01-31', 'monthly').map((i) => i.date)).toEqual([
      '2028-01-31',
      '2028-02-29',
    ]);
  });

  it('spaces weekly and fortnightly instalments by 7 and 14 days across a year end', () => {
    expect(proposeInstalments(300, 3, '2026-12-24', 'weekly').map((i) => i.date)).toEqual([
      '2026-12-24',
      '2026-12-31',
      '2027-01-07',
    ]);
    expect(proposeInstalments(300, 3, '2026-12-24', 'fortnightly').map((i) => i.date)).toEqual([
      '2026-12-24',
      '2027-01-07',
      '2027-01-21',
    ]);
  });

  it('refuses a count, balance or date it cannot honour, saying why', () => {
    expect(() => proposeInstalments(0, 3, '2026-01-01', 'monthly')).toThrow(/positive integer/);
    expect(() => proposeInstalments(10.5, 3, '2026-01-01', 'monthly')).toThrow(/positive integer/);
    expect(() => proposeInstalments(1000, 0, '2026-01-01', 'monthly')).toThrow(/from 1 to 120/);
    expect(() => proposeInstalments(2, 3, '2026-01-01', 'monthly')).toThrow(/non-zero instalments/);
    expect(() => proposeInstalments(1000, 2, '2026-02-30', 'monthly')).toThrow(/YYYY-MM-DD/);
  });
});
