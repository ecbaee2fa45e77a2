import { isKnownCurrency } from '../../money/currencies.ts';
import { amountToMinor } from './amounts.ts';
import { attributeOf, textOf } from './xml-tree.ts';

/** Amount elements as found, already narrowed to the invoice's currency where they say one. */
export interface AmountSources {
  payable: unknown;
  total: unknown;
  prepaid: unknown;
}

export interface MoneyFields {
  amountDueMinor: number | null;
  totalMinor: number | null;
}

/** Of repeated amount elements, the one in the invoice currency (or with no currencyID). */
export function inCurrency(elements: unknown[], currency: string | null): unknown {
  return (
    elements.find((element) => {
      const code = attributeOf(element, 'currencyID');
      return code === null || currency === null || code.toUpperCase() === currency;
    }) ?? elements[0]
  );
}

/** The first currencyID attribute among the amounts, for documents that omit the currency code. */
export function currencyFromAmounts(sources: AmountSources): string | null {
  for (const element of [sources.payable, sources.total, sources.prepaid]) {
    const code = attributeOf(element, 'currencyID');
    if (code !== null) return code.toUpperCase();
  }
  return null;
}

/**
 * Amount due and total in minor units. The amount due is the stated payable amount, else the
 * total minus any prepaid amount. An unknown currency leaves both empty with a note.
 */
export function readMoney(sources: AmountSources, currency: string | null, notes: string[]): MoneyFields {
  const none = { amountDueMinor: null, totalMinor: null };
  if (currency === null) {
    if (textOf(sources.payable) !== null || textOf(sources.total) !== null) {
      notes.push('amounts left empty: the invoice names no currency');
    }
    return none;
  }
  if (!isKnownCurrency(currency)) {
    notes.push(`amounts left empty: "${currency}" is not an ISO 4217 currency code`);
    return none;
  }
  const read = (element: unknown, label: string): number | null => {
    const text = textOf(element);
    if (text === null) return null;
    const result = amountToMinor(text, currency);
    if (!result.ok) {
      notes.push(`${label} ignored: ${result.problem}`);
      return null;
    }
    if (result.rounded) notes.push(`${label} "${text}" rounded to the ${currency} minor unit`);
    return result.minor;
  };
  const payable = read(sources.payable, 'amount due');
  const total = read(sources.total, 'total');
  const prepaid = read(sources.prepaid, 'prepaid amount');
  if (payable !== null) return { amountDueMinor: payable, totalMinor: total };
  if (total === null) return none;
  if (prepaid !== null && prepaid !== 0)
    notes.push('amount due computed as the total minus the prepaid amount');
  return { amountDueMinor: total - (prepaid ?? 0), totalMinor: total };
}
