import { parseDecimal } from '../../money/amount.ts';
import { isKnownCurrency, minorDigits } from '../../money/currencies.ts';

export type MinorResult = { ok: true; minor: number; rounded: boolean } | { ok: false; problem: string };

// xs:decimal as e-invoices write it: optional sign, digits, optional fraction (".5" and "5." too).
const XS_DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/;

/**
 * Converts an e-invoice amount ("104.90", "473", "-529.87", "104.9000") into minor units of
 * `currency`. Extra zero decimals are dropped; non-zero digits beyond the currency's minor
 * unit are rounded half away from zero and flagged, since EN 16931 allows two decimals only.
 */
export function amountToMinor(text: string, currency: string): MinorResult {
  if (!isKnownCurrency(currency)) return { ok: false, problem: `unknown currency "${currency}"` };
  const match = XS_DECIMAL.exec(text.trim());
  const [, sign = '', whole = '', rawFraction = ''] = match ?? [];
  if (!match || (whole === '' && rawFraction === '')) {
    return { ok: false, problem: `"${text}" is not a decimal amount` };
  }
  const digits = minorDigits(currency);
  let fraction = rawFraction.replace(/0+$/, '');
  let rounded = false;
  let carry = 0;
  if (fraction.length > digits) {
    rounded = true;
    carry = Number(fraction[digits]) >= 5 ? 1 : 0;
    fraction = fraction.slice(0, digits);
  }
  const parsed = parseDecimal(`${whole || '0'}${fraction ? `.${fraction}` : ''}`, currency);
  if (!parsed.ok) return { ok: false, problem: parsed.error };
  const magnitude = parsed.minor + carry;
  return { ok: true, minor: sign === '-' ? -magnitude : magnitude, rounded };
}
