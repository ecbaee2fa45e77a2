import { describe, expect, it } from 'vitest';
import { amountToMinor } from '../../../lib/detect/einvoice/amounts.ts';
import { dueDateFromTermsText } from '../../../lib/detect/einvoice/dates.ts';
import { decodeXmlBytes, looksLikeXml } from '../../../lib/detect/einvoice/xml-text.ts';

describe('amountToMinor', () => {
  it.each([
    ['104.90', 'EUR', 10490],
    ['473', 'EUR', 47300],
    ['27.6', 'EUR', 2760],
    ['-529.87', 'EUR', -52987],
    ['+12.00', 'USD', 1200],
    ['.5', 'EUR', 50],
    ['7.', 'EUR', 700],
    ['88000', 'JPY', 88000],
    ['88000.00', 'JPY', 88000],
    ['1.2345', 'CLF', 12345],
    ['9.999', 'EUR', 1000],
    ['-0.005', 'EUR', -1],
  ])('converts %s %s to %d minor units', (text, currency, minor) => {
    const result = amountToMinor(text, currency);
    expect(result.ok && result.minor).toBe(minor);
  });

  it.each([
    ['1,234.00', 'EUR', '"1,234.00" is not a decimal amount'],
    ['', 'EUR', '"" is not a decimal amount'],
    ['12', 'ZZZ', 'unknown currency "ZZZ"'],
  ])('refuses %s %s', (text, currency, problem) => {
    expect(amountToMinor(text, currency)).toEqual({ ok: false, problem });
  });
});

describe('dueDateFromTermsText', () => {
  it.each([
    [
      'Zahlbar innerhalb 30 Tagen netto bis 04.04.2018, 3% Skonto innerhalb 10 Tagen bis 15.03.2018',
      '2018-04-04',
    ],
    ['3% Skonto bis 15.03.2018; netto bis 4.4.2018', '2018-04-04'],
    ['Payment due by 2026-03-02', '2026-03-02'],
    ['2% discount if paid by 2026-01-10. Otherwise due 2026-01-31', '2026-01-31'],
    ['30 Tage netto', null],
    ['Skonto bis 15.03.2018', null],
    ['Zahlbar bis 31.02.2018', null],
  ])('reads "%s" as %s', (text, expected) => {
    expect(dueDateFromTermsText(text)).toBe(expected);
  });
});

describe('decodeXmlBytes', () => {
  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a/>')]);
    expect(decodeXmlBytes(bytes)).toEqual({ ok: true, text: '<a/>' });
  });

  it('names an encoding it cannot decode', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><a/>');
    expect(decodeXmlBytes(bytes)).toEqual({
      ok: false,
      problem: 'the XML declares an unsupported encoding "x-klingon"',
    });
  });

  it('sniffs XML after white space but not text that merely mentions tags', () => {
    expect(looksLikeXml(new TextEncoder().encode('\n  <?xml version="1.0"?><a/>'))).toBe(true);
    expect(looksLikeXml(new TextEncoder().encode('see <a/>'))).toBe(false);
  });
});
