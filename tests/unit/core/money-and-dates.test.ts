import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  formatDate,
  isIsoDate,
  localIsoWithOffset,
  todayIn,
} from '../../../lib/dates/calendar.ts';
import { formatMoney, parseDecimal, toDecimalString } from '../../../lib/money/amount.ts';
import { isKnownCurrency, minorDigits } from '../../../lib/money/currencies.ts';
import { parseTypedAmount } from '../../../lib/money/input.ts';
import { currencyForLocale } from '../../../lib/money/locale-currency.ts';

describe('money in minor units', () => {
  it.each([
    ['1234.56', 'EUR', 123_456],
    ['1234', 'EUR', 123_400],
    ['12345', 'JPY', 12_345],
    ['1.250', 'KWD', 1_250],
    ['-5.5', 'GBP', -550],
    ['0.0001', 'CLF', 1],
  ])('reads "%s" %s as %i minor units', (text, currency, minor) => {
    expect(parseDecimal(text, currency)).toEqual({ ok: true, minor });
  });

  it.each([
    ['10.5', 'JPY', /1 decimals but JPY has 0/],
    ['1.2345', 'KWD', /4 decimals but KWD has 3/],
    ['1,234.56', 'USD', /not a decimal amount/],
    ['', 'USD', /not a decimal amount/],
  ])('refuses "%s" in %s', (text, currency, message) => {
    const result = parseDecimal(text, currency);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses a currency it has never seen, by name', () => {
    expect(isKnownCurrency('XYZ')).toBe(false);
    expect(() => minorDigits('XYZ')).toThrow('unknown currency "XYZ"');
  });

  it.each([
    [123_456, 'EUR', '1234.56'],
    [5, 'USD', '0.05'],
    [-550, 'GBP', '-5.50'],
    [12_345, 'JPY', '12345'],
    [1_250, 'KWD', '1.250'],
  ])('writes %i %s as "%s"', (minor, currency, text) => {
    expect(toDecimalString(minor, currency)).toBe(text);
  });

  it('formats for people in their locale, with the currency’s own decimals', () => {
    expect(formatMoney(123_456, 'GBP', 'en-GB')).toBe('£1,234.56');
    expect(formatMoney(123_456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney(12_345, 'JPY', 'en-GB')).toBe('JP¥12,345');
    expect(formatMoney(1_250, 'KWD', 'en-GB')).toBe('KWD\u00a01.250');
  });

  it('reads amounts as people type them in their locale', () => {
    expect(parseTypedAmount('1,234.50', 'GBP', 'en-GB')).toEqual({ ok: true, minor: 123_450 });
    expect(parseTypedAmount('1.234,50 €', 'EUR', 'de-DE')).toEqual({ ok: true, minor: 123_450 });
    expect(parseTypedAmount('0', 'GBP', 'en-GB').ok).toBe(false);
  });

  it('guesses a form’s currency from the locale', () => {
    expect(currencyForLocale('en-GB')).toBe('GBP');
    expect(currencyForLocale('de-CH')).toBe('CHF');
    expect(currencyForLocale('fr-FR')).toBe('EUR');
    expect(currencyForLocale('not a locale')).toBe('EUR');
  });
});

describe('calendar dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-31')).toBe(false);
    expect(isIsoDate('2026-3-4')).toBe(false);
  });

  it('counts days across month ends, leap days and daylight-saving changes', () => {
    expect(addDays('2026-03-28', 3)).toBe('2026-03-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-27', '2026-03-30')).toBe(3);
    expect(daysBetween('2026-01-15', '2026-03-16')).toBe(60);
  });

  it('adds months clamped to the month’s end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(endOfMonth('2026-04-10')).toBe('2026-04-30');
  });

  it('takes today in the user’s time zone, not the machine’s', () => {
    const moment = new Date('2026-03-16T23:30:00Z');
    expect(todayIn('UTC', moment)).toBe('2026-03-16');
    expect(todayIn('Asia/Tokyo', moment)).toBe('2026-03-17');
    expect(todayIn('America/Los_Angeles', moment)).toBe('2026-03-16');
  });

  it('formats dates for people', () => {
    expect(formatDate('2026-12-05', 'en-GB')).toBe('5 Dec 2026');
    expect(formatDate('2026-12-05', 'en-US')).toBe('Dec 5, 2026');
  });

  it('writes a local moment with its offset, which parses back to the same instant', () => {
    const moment = new Date(2026, 6, 1, 8, 30, 15);
    const text = localIsoWithOffset(moment);
    expect(text).toMatch(/^2026-07-01T08:30:15[+-]\d{2}:\d{2}$/);
    expect(Date.parse(text)).toBe(moment.getTime());
  });
});
