/** A decimal number held exactly: value = units / 10^scale. Rates and percents travel as these. */
export interface ExactDecimal {
  units: bigint;
  scale: number;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export function isDecimalString(text: unknown): text is string {
  return typeof text === 'string' && DECIMAL.test(text);
}

/** "4.25" -> 425/10^2, "-0.88" -> -88/10^2; null when the text is not a plain decimal. */
export function parseExactDecimal(text: string): ExactDecimal | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  const units = BigInt(whole + fraction);
  return { units: sign ? -units : units, scale: fraction.length };
}

export function exactFromInteger(value: number): ExactDecimal {
  return { units: BigInt(value), scale: 0 };
}

/** The units of `value` expressed at a finer (or equal) scale. */
export function unitsAtScale(value: ExactDecimal, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

export function addExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: unitsAtScale(a, scale) + unitsAtScale(b, scale), scale };
}

export function multiplyExact(a: ExactDecimal, factor: number): ExactDecimal {
  return { units: a.units * BigInt(factor), scale: a.scale };
}

export function isNegativeExact(value: ExactDecimal): boolean {
  return value.units < 0n;
}

/** Shortest plain form: 1225/10^2 -> "12.25", 800/10^2 -> "8", -88/10^2 -> "-0.88". */
export function exactToString(value: ExactDecimal): string {
  const negative = value.units < 0n;
  let digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  let scale = value.scale;
  while (scale > 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale -= 1;
  }
  const whole = scale === 0 ? digits : digits.slice(0, -scale);
  const fraction = scale === 0 ? '' : `.${digits.slice(-scale)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** numerator / denominator rounded to the nearest integer, halves away from zero (denominator > 0). */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n) return -divideRoundHalfUp(-numerator, denominator);
  return (2n * numerator + denominator) / (2n * denominator);
}
