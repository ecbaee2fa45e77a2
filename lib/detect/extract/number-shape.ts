/**
 * Reads a written number ("1.234,56", "1 234,56", "1,23,456.00", "1'234.56", "12,345")
 * into minor units, deciding the decimal separator from the shape and the currency's
 * minor digits. Returns null when the shape cannot be an amount in that currency.
 */
export function readAmountMinor(raw: string, minorDigits: number): number | null {
  const compact = raw.replace(/[\s\u00A0\u202F\u2009'’]/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let whole = compact;
  let fraction = '';
  if (lastDot !== -1 && lastComma !== -1) {
    const decimalAt = Math.max(lastDot, lastComma);
    whole = compact.slice(0, decimalAt).replace(/[.,]/g, '');
    fraction = compact.slice(decimalAt + 1);
  } else if (lastDot !== -1 || lastComma !== -1) {
    const separator = lastDot !== -1 ? '.' : ',';
    const parts = compact.split(separator);
    const tail = parts[parts.length - 1] ?? '';
    const grouping = parts.length > 2 || (tail.length === 3 && minorDigits !== 3 && parts[0] !== '0');
    if (grouping) {
      whole = parts.join('');
    } else {
      whole = parts[0] ?? '';
      fraction = tail;
    }
  }
  if (fraction.length > minorDigits) {
    // "¥12,345.00": zeros beyond the currency's precision carry no value.
    if (!/^0+$/.test(fraction.slice(minorDigits))) return null;
    fraction = fraction.slice(0, minorDigits);
  }
  if (whole === '' || !/^\d+$/.test(whole) || (fraction !== '' && !/^\d+$/.test(fraction))) return null;
  const minor = Number(whole + fraction.padEnd(minorDigits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}
