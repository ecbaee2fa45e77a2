import type { IsoDate } from '../dates/calendar.ts';

export type StatutoryKind = 'statutory-uk' | 'statutory-eu' | 'statutory-de';

/**
 * How the reference rate is fixed:
 * - `half-year-before`: the rate in force on the last day of the half-year before the one in which
 *   the debt became late, fixed for the life of the debt (UK);
 * - `each-half-year`: every half-year takes the rate in force on its first day, 1 January or 1 July (EU, DE).
 */
export type RateFixing = 'half-year-before' | 'each-half-year';

export interface CompensationTier {
  /** The tier applies to a debt below this amount (minor units of `currency`); null: no upper bound. */
  belowMinor: number | null;
  amountMinor: number;
}

export type StatutoryCompensation =
  | { kind: 'none' }
  /** A fixed sum by size of the debt, only for debts in `currency`. */
  | { kind: 'tiers'; currency: string; tiers: CompensationTier[] }
  /** The amount the user's policy names, in the invoice's currency. */
  | { kind: 'from-policy' };

export interface StatutoryRuleSet {
  id: StatutoryKind;
  version: number;
  /** Applies to debts that became late on or after this date, until the next version. */
  validFrom: IsoDate;
  /** Percentage points added to the reference rate. */
  pointsAboveReference: number;
  rateFixing: RateFixing;
  /** How the reference rate is named to people. */
  referenceName: string;
  compensation: StatutoryCompensation;
  source: string;
}

const UK_TIERS: CompensationTier[] = [
  { belowMinor: 100_000, amountMinor: 4_000 },
  { belowMinor: 1_000_000, amountMinor: 7_000 },
  { belowMinor: null, amountMinor: 10_000 },
];

/** Every version of every statutory rule, oldest first within each id. Add a version; never edit one. */
export const STATUTORY_RULES: readonly StatutoryRuleSet[] = [
  {
    id: 'statutory-uk',
    version: 1,
    validFrom: '1998-11-01',
    pointsAboveReference: 8,
    rateFixing: 'half-year-before',
    referenceName: 'Bank of England base rate',
    compensation: { kind: 'none' },
    source: 'Late Payment of Commercial Debts (Interest) Act 1998 s.4, s.6',
  },
  {
    id: 'statutory-uk',
    version: 2,
    validFrom: '2002-08-07',
    pointsAboveReference: 8,
    rateFixing: 'half-year-before',
    referenceName: 'Bank of England base rate',
    compensation: { kind: 'tiers', currency: 'GBP', tiers: UK_TIERS },
    source: 'Late Payment of Commercial Debts (Interest) Act 1998 s.4, s.5A, s.6',
  },
  {
    id: 'statutory-eu',
    version: 1,
    validFrom: '2002-08-08',
    pointsAboveReference: 7,
    rateFixing: 'each-half-year',
    referenceName: 'ECB reference rate',
    compensation: { kind: 'none' },
    source: 'Directive 2000/35/EC art. 3',
  },
  {
    id: 'statutory-eu',
    version: 2,
    validFrom: '2013-03-16',
    pointsAboveReference: 8,
    rateFixing: 'each-half-year',
    referenceName: 'ECB reference rate',
    compensation: { kind: 'from-policy' },
    source: 'Directive 2011/7/EU art. 2(6), art. 6',
  },
  {
    id: 'statutory-de',
    version: 1,
    validFrom: '2002-01-01',
    pointsAboveReference: 8,
    rateFixing: 'each-half-year',
    referenceName: 'Basiszinssatz',
    compensation: { kind: 'none' },
    source: 'BGB §288(2), §247',
  },
  {
    id: 'statutory-de',
    version: 2,
    validFrom: '2014-07-29',
    pointsAboveReference: 9,
    rateFixing: 'each-half-year',
    referenceName: 'Basiszinssatz',
    compensation: { kind: 'tiers', currency: 'EUR', tiers: [{ belowMinor: null, amountMinor: 4_000 }] },
    source: 'BGB §288(2), §288(5), §247',
  },
];

/** The version in force for a debt that became late on `lateDate`, or null before the first one. */
export function statutoryRuleFor(kind: StatutoryKind, lateDate: IsoDate): StatutoryRuleSet | null {
  let found: StatutoryRuleSet | null = null;
  for (const rule of STATUTORY_RULES) {
    if (rule.id === kind && rule.validFrom <= lateDate && (!found || rule.validFrom > found.validFrom)) {
      found = rule;
    }
  }
  return found;
}

export function earliestStatutoryRule(kind: StatutoryKind): StatutoryRuleSet | null {
  return (
    STATUTORY_RULES.filter((rule) => rule.id === kind).sort((a, b) =>
      a.validFrom < b.validFrom ? -1 : 1,
    )[0] ?? null
  );
}
