import { addDays, addMonths, type IsoDate, isIsoDate } from '../dates/calendar.ts';
import type { Instalment } from '../ladder/types.ts';
import type { InstalmentFrequency } from './wording.ts';

export type { InstalmentFrequency } from './wording.ts';

export const INSTALMENT_FREQUENCIES: readonly InstalmentFrequency[] = ['weekly', 'fortnightly', 'monthly'];

/** Instalment k (from 0): monthly dates count from the first so 31 Jan, 28 Feb, 31 Mar keep their day. */
function instalmentDate(firstDate: IsoDate, frequency: InstalmentFrequency, k: number): IsoDate {
  if (frequency === 'weekly') return addDays(firstDate, 7 * k);
  if (frequency === 'fortnightly') return addDays(firstDate, 14 * k);
  return addMonths(firstDate, k);
}

/**
 * Splits a balance into `count` instalments that add up to it exactly, to the minor unit.
 * The remainder of the division goes on the first instalment, so later ones are equal.
 */
export function proposeInstalments(
  balanceMinor: number,
  count: number,
  firstDate: IsoDate,
  frequency: InstalmentFrequency,
): Instalment[] {
  if (!Number.isSafeInteger(balanceMinor) || balanceMinor <= 0) {
    throw new RangeError(
      `cannot split a balance of ${balanceMinor} minor units: it must be a positive integer`,
    );
  }
  if (!Number.isInteger(count) || count < 1 || count > 120) {
    throw new RangeError(`instalment count must be a whole number from 1 to 120, not ${count}`);
  }
  if (count > balanceMinor) {
    throw new RangeError(`cannot split ${balanceMinor} minor units into ${count} non-zero instalments`);
  }
  if (!isIsoDate(firstDate))
    throw new RangeError(`first instalment date "${firstDate}" is not a YYYY-MM-DD date`);
  if (!INSTALMENT_FREQUENCIES.includes(frequency)) {
    throw new RangeError(`instalment frequency must be weekly, fortnightly or monthly, not "${frequency}"`);
  }
  const baseMinor = Math.floor(balanceMinor / count);
  const remainderMinor = balanceMinor - baseMinor * count;
  return Array.from({ length: count }, (_, k) => ({
    date: instalmentDate(firstDate, frequency, k),
    amountMinor: k === 0 ? baseMinor + remainderMinor : baseMinor,
  }));
}
