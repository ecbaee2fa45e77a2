import { describe, expect, it } from 'vitest';
import {
  addExact,
  divideRoundHalfUp,
  exactToString,
  parseExactDecimal,
} from '../../../lib/ladder/decimal.ts';

describe('exact decimals for rates', () => {
  it('adds a negative base rate and statutory points exactly', () => {
    const base = parseExactDecimal('-0.88');
    expect(base).not.toBeNull();
    expect(exactToString(addExact(base!, { units: 9n, scale: 0 }))).toBe('8.12');
  });

  it('prints the shortest form', () => {
    expect(exactToString({ units: 1200n, scale: 2 })).toBe('12');
    expect(exactToString({ units: 5n, scale: 3 })).toBe('0.005');
    expect(exactToString({ units: -50n, scale: 2 })).toBe('-0.5');
  });

  it('rejects anything but a plain decimal', () => {
    for (const text of ['', '1e3', '4,25', '.5', '5.', '+1', ' 1'])
      expect(parseExactDecimal(text)).toBeNull();
  });

  it.each([
    [3n, 2n, 2n],
    [5n, 2n, 3n],
    [9n, 2n, 5n],
    [4n, 3n, 1n],
    [5n, 3n, 2n],
    [-3n, 2n, -2n],
  ])('rounds %i / %i half-up to %i', (numerator, denominator, expected) => {
    expect(divideRoundHalfUp(numerator, denominator)).toBe(expected);
  });
});
