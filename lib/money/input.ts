import { type ParseResult, parseDecimal } from './amount.ts';

/**
 * Reads an amount a person typed in their locale ("1.234,56" in de-DE, "1,234.56" in en-GB)
 * into minor units. Currency symbols and spaces are ignored.
 */
export function parseTypedAmount(text: string, currency: string, locale: string): ParseResult {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const cleaned = text
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/[^\d.,-]/g, '')
    .split(group)
    .join('')
    .replace(decimal, '.');
  if (cleaned === '') return { ok: false, error: 'Enter an amount' };
  const result = parseDecimal(cleaned, currency);
  if (result.ok && result.minor <= 0) return { ok: false, error: 'The amount must be more than zero' };
  return result;
}
