import { minorDigits } from './currencies.ts';

/** Money is always an integer count of the currency's minor unit plus its ISO 4217 code. */
export interface Money {
  amountMinor: number;
  currency: string;
}

export type ParseResult = { ok: true; minor: number } | { ok: false; error: string };

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a plain decimal string in major units ("1234.56", "1234", "-5.5") into minor units
 * for the currency. Rejects more decimals than the currency has (JPY "10.5" is an error).
 */
export function parseDecimal(text: string, currency: string): ParseResult {
  const digits = minorDigits(currency);
  const match = DECIMAL.exec(text.trim());
  if (!match) return { ok: false, error: `"${text}" is not a decimal amount like 1234.56` };
  const [, sign, whole = '', fraction = ''] = match;
  if (fraction.length > digits) {
    return {
      ok: false,
      error: `"${text}" has ${fraction.length} decimals but ${currency} has ${digits}`,
    };
  }
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, error: `"${text}" is too large` };
  return { ok: true, minor: sign ? -minor : minor };
}

/** Formats minor units as a plain decimal string in major units: 123456 EUR -> "1234.56". */
export function toDecimalString(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const negative = amountMinor < 0;
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${text.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

// Building an Intl formatter costs tens of microseconds; drafts and lists format hundreds of amounts.
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Formats for people, in their locale: 123456 EUR in de-DE -> "1.234,56 €". */
export function formatMoney(amountMinor: number, currency: string, locale = 'en-GB'): string {
  const digits = minorDigits(currency);
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    moneyFormats.set(key, format);
  }
  return format.format(amountMinor / 10 ** digits);
}
