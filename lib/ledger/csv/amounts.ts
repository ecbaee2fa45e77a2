import { type ParseResult, parseDecimal } from '../../money/amount.ts';
import { isKnownCurrency, minorDigits } from '../../money/currencies.ts';

/** A currency an amount names: a code or unambiguous symbol, or a family a bare symbol leaves open. */
export type CurrencyMark = { kind: 'code'; code: string } | { kind: 'dollar' } | { kind: 'krona' };

/** An amount cell read apart: the number text without currency, and what currency it showed. */
export type AmountReading =
  | { ok: true; numberText: string; negative: boolean; mark: CurrencyMark | null }
  | { ok: false; problem: string };

// Longest first so "US$" wins over "$".
const SYMBOLS: readonly [string, CurrencyMark][] = [
  ['US$', { kind: 'code', code: 'USD' }],
  ['AU$', { kind: 'code', code: 'AUD' }],
  ['CA$', { kind: 'code', code: 'CAD' }],
  ['NZ$', { kind: 'code', code: 'NZD' }],
  ['HK$', { kind: 'code', code: 'HKD' }],
  ['R$', { kind: 'code', code: 'BRL' }],
  ['A$', { kind: 'code', code: 'AUD' }],
  ['C$', { kind: 'code', code: 'CAD' }],
  ['S$', { kind: 'code', code: 'SGD' }],
  ['zł', { kind: 'code', code: 'PLN' }],
  ['kr.', { kind: 'krona' }],
  ['kr', { kind: 'krona' }],
  ['Kč', { kind: 'code', code: 'CZK' }],
  ['Fr.', { kind: 'code', code: 'CHF' }],
  ['€', { kind: 'code', code: 'EUR' }],
  ['£', { kind: 'code', code: 'GBP' }],
  ['¥', { kind: 'code', code: 'JPY' }],
  ['₹', { kind: 'code', code: 'INR' }],
  ['₩', { kind: 'code', code: 'KRW' }],
  ['₪', { kind: 'code', code: 'ILS' }],
  ['₺', { kind: 'code', code: 'TRY' }],
  ['₫', { kind: 'code', code: 'VND' }],
  ['₱', { kind: 'code', code: 'PHP' }],
  ['฿', { kind: 'code', code: 'THB' }],
  ['₴', { kind: 'code', code: 'UAH' }],
  ['₦', { kind: 'code', code: 'NGN' }],
  ['$', { kind: 'dollar' }],
];

const DOLLAR_CURRENCIES = new Set(
  'USD CAD AUD NZD SGD HKD MXN TWD ARS CLP COP BSD BBD BZD BMD BND FJD GYD JMD KYD LRD NAD SBD SRD TTD XCD CUP DOP UYU'.split(
    ' ',
  ),
);
const KRONA_CURRENCIES = new Set(['SEK', 'NOK', 'DKK', 'ISK']);

export function markAllows(mark: CurrencyMark, currency: string): boolean {
  if (mark.kind === 'code') return mark.code === currency;
  return (mark.kind === 'dollar' ? DOLLAR_CURRENCIES : KRONA_CURRENCIES).has(currency);
}

export function describeMark(mark: CurrencyMark): string {
  return mark.kind === 'code' ? mark.code : mark.kind === 'dollar' ? 'dollars' : 'kronor/kroner';
}

/** The currency a mark settles on, given the import's default: "$" is USD unless the default is another dollar. */
export function currencyOfMark(mark: CurrencyMark, defaultCurrency: string | undefined): string | null {
  if (mark.kind === 'code') return mark.code;
  if (defaultCurrency && markAllows(mark, defaultCurrency)) return defaultCurrency;
  return mark.kind === 'dollar' ? 'USD' : null;
}

/** Reads "$1,234.56", "1.234,56 €", "EUR 1 234,56", "(12.00)", "-5", "CHF 1'200.50". */
export function readAmount(text: string): AmountReading {
  let rest = text.trim().replace(/[\u00a0\u202f\u2009]/g, ' ');
  let negative = false;
  if (/^\(.*\)$/.test(rest)) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  let mark: CurrencyMark | null = null;
  const takeSign = () => {
    if (/^[-\u2212]/.test(rest)) {
      negative = true;
      rest = rest.slice(1).trim();
    } else if (/[-\u2212]$/.test(rest)) {
      negative = true;
      rest = rest.slice(0, -1).trim();
    }
  };
  takeSign();
  const code = /^([A-Za-z]{3})\s*(?=[\d.,(\-\u2212])|(?<=[\d.,)])\s*([A-Za-z]{3})$/.exec(rest);
  if (code) {
    const found = (code[1] ?? code[2] ?? '').toUpperCase();
    if (!isKnownCurrency(found))
      return { ok: false, problem: `"${text}" names an unknown currency "${found}"` };
    mark = { kind: 'code', code: found };
    rest = rest.replace(code[0].trim(), '').trim();
  } else {
    for (const [symbol, symbolMark] of SYMBOLS) {
      if (rest.startsWith(symbol)) {
        mark = symbolMark;
        rest = rest.slice(symbol.length).trim();
        break;
      }
      if (rest.endsWith(symbol)) {
        mark = symbolMark;
        rest = rest.slice(0, -symbol.length).trim();
        break;
      }
    }
  }
  takeSign();
  if (/^\(.*\)$/.test(rest)) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  if (!/^\d[\d.,' ’]*$/.test(rest) || !/\d$/.test(rest)) {
    return { ok: false, problem: `"${text}" is not an amount` };
  }
  return { ok: true, numberText: rest, negative, mark };
}

/**
 * Minor units from the number text once the currency is known. Spaces and apostrophes group
 * thousands. With both "." and "," the later one is the decimal point. A lone separator
 * followed by exactly three digits groups thousands ("1,234"), unless the currency has three
 * decimals (KWD "1.234") or the whole part is 0.
 */
export function amountToMinor(numberText: string, currency: string): ParseResult {
  const digits = numberText.replace(/[ '’]/g, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let plain: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const at = digits.lastIndexOf(decimal);
    if (digits.indexOf(decimal) !== at) return { ok: false, error: `"${numberText}" is not an amount` };
    plain = `${digits.slice(0, at).split(group).join('')}.${digits.slice(at + 1)}`;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const parts = digits.split(separator);
    const last = parts[parts.length - 1] ?? '';
    const groups = parts.length > 2 || (last.length === 3 && minorDigits(currency) !== 3 && parts[0] !== '0');
    if (groups && parts.slice(1).some((part) => part.length !== 3)) {
      return { ok: false, error: `"${numberText}" is not an amount` };
    }
    plain = groups ? parts.join('') : parts.join('.');
  } else {
    plain = digits;
  }
  return parseDecimal(plain, currency);
}
