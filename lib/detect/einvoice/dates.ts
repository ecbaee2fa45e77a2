import { type IsoDate, isIsoDate, makeIsoDate } from '../../dates/calendar.ts';
import { attributeOf, textOf } from './xml-tree.ts';

/**
 * A CII date (udt:DateTimeString). Format 102 is YYYYMMDD, the only one EN 16931 allows for
 * dates; 610 (month) and 616 (week) cannot name a day and give null.
 */
export function ciiDate(node: unknown): IsoDate | null {
  const text = textOf(node);
  if (text === null) return null;
  const format = attributeOf(node, 'format');
  if (format !== null && format !== '102') return null;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return validDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return isoPrefix(text);
}

/** A UBL date (xs:date): YYYY-MM-DD, possibly followed by a time-zone suffix. */
export function ublDate(node: unknown): IsoDate | null {
  const text = textOf(node);
  return text === null ? null : isoPrefix(text);
}

function isoPrefix(text: string): IsoDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return match ? validDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

function validDate(year: number, month: number, day: number): IsoDate | null {
  const date = makeIsoDate(year, month, day);
  return isIsoDate(date) ? date : null;
}

// Clauses about an early-payment discount name an earlier date that is not the due date.
const DISCOUNT_CLAUSE = /skonto|discount|escompte|sconto|descuento|rabatt|korting/i;
const GERMAN_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/**
 * The net due date written out in payment-terms prose, as ZUGFeRD 1 and many German
 * invoices do: "Zahlbar innerhalb 30 Tagen netto bis 04.04.2013, 3% Skonto … bis 15.03.2013"
 * gives 2013-04-04. Discount clauses are skipped; of the remaining dates the latest wins.
 */
export function dueDateFromTermsText(text: string): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const clause of text.split(/[;,\n]|\.\s/)) {
    if (DISCOUNT_CLAUSE.test(clause)) continue;
    const found = [
      ...[...clause.matchAll(GERMAN_DATE)].map((m) => validDate(Number(m[3]), Number(m[2]), Number(m[1]))),
      ...[...clause.matchAll(ISO_DATE)].map((m) => validDate(Number(m[1]), Number(m[2]), Number(m[3]))),
    ];
    for (const date of found) if (date !== null && (latest === null || date > latest)) latest = date;
  }
  return latest;
}
