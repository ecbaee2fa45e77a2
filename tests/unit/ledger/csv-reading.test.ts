import { describe, expect, it } from 'vitest';
import { amountToMinor, readAmount } from '../../../lib/ledger/csv/amounts.ts';
import { readDate, resolveDate } from '../../../lib/ledger/csv/dates.ts';
import { decodeCsvBytes } from '../../../lib/ledger/csv/decode.ts';
import { headerKey, matchHeaders } from '../../../lib/ledger/csv/headers.ts';
import { parseCsv, sniffDelimiter } from '../../../lib/ledger/csv/parse.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    bytes.push(...(endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return new Uint8Array(bytes);
}

describe('decodeCsvBytes', () => {
  it.each([
    ['UTF-8 without a BOM', utf8('Kunde;Müller'), 'utf-8'],
    [
      'UTF-8 with a BOM, which it drops',
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kunde;Müller')]),
      'utf-8',
    ],
    ['UTF-16 LE with a BOM', utf16('Kunde;Müller', 'le'), 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16('Kunde;Müller', 'be'), 'utf-16be'],
    ['UTF-16 LE without a BOM, from its zero bytes', utf16('Kunde;Müller', 'le', false), 'utf-16le'],
    // "Kunde;Müller" in Windows-1252: ü is the single byte 0xFC, which is not valid UTF-8.
    [
      'Windows-1252 when the bytes are not UTF-8',
      new Uint8Array([...utf8('Kunde;M'), 0xfc, ...utf8('ller')]),
      'windows-1252',
    ],
  ])('reads %s', (_name, bytes, encoding) => {
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Kunde;Müller', encoding });
  });

  it('maps the Windows-1252 euro sign and curly quotes, which Latin-1 lacks', () => {
    const bytes = new Uint8Array([0x80, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x96, 0x20, 0xe9]);
    expect(decodeCsvBytes(bytes).text).toBe('€ \u201cok\u201d \u2013 é');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    const text = 'Number,Client,Notes\r\n7,"Smith, Jones & Co","said ""soon""\r\nthen left"\r\n8,Plain,\n';
    expect(parseCsv(text, ',')).toEqual({
      records: [
        ['Number', 'Client', 'Notes'],
        ['7', 'Smith, Jones & Co', 'said "soon"\r\nthen left'],
        ['8', 'Plain', ''],
      ],
      rowNumbers: [1, 2, 3],
      unclosedQuoteAt: null,
    });
  });

  it('numbers rows as a spreadsheet does, counting blank lines', () => {
    const { records, rowNumbers } = parseCsv('Title\n\nA,B\r1,2\n', ',');
    expect(records).toEqual([['Title'], ['A', 'B'], ['1', '2']]);
    expect(rowNumbers).toEqual([1, 3, 4]);
  });

  it('reports a quote that never closes', () => {
    expect(parseCsv('A,B\n1,"open\n2,3\n', ',').unclosedQuoteAt).toBe(2);
  });

  it.each([
    ['commas', 'Number,Client,Total\n1,A,10.00\n2,B,12.00\n', ','],
    ['semicolons despite decimal commas', 'Nummer;Kunde;Betrag\n1;A;1.234,56\n2;B;12,00\n', ';'],
    ['tabs', 'Number\tClient\tTotal\n1\tA, Ltd\t10.00\n', '\t'],
  ] as const)('sniffs %s', (_name, text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});

describe('header matching', () => {
  it.each([
    ['Invoice #', 'invoicenumber'],
    ['  E-mail ', 'email'],
    ['InvoiceNumber', 'invoicenumber'],
    ['Fälligkeitsdatum', 'fälligkeitsdatum'],
  ])('normalises %j', (header, key) => {
    expect(headerKey(header)).toBe(key);
  });

  it.each([
    [['Invoice Number', 'Client', 'Due Date', 'Total'], { number: 0, client: 1, dueDate: 2, total: 3 }],
    [['Invoice #', 'Customer', 'Due', 'Amount'], { number: 0, client: 1, dueDate: 2, total: 3 }],
    [['Invoice No', 'Contact', 'Due Date', 'Balance Due'], { number: 0, client: 1, dueDate: 2, balance: 3 }],
    [['No.', 'Customer Name', 'Due Date', 'Amount Due'], { number: 0, client: 1, dueDate: 2, balance: 3 }],
    [['Number', 'Kunde', 'Due Date', 'Outstanding'], { number: 0, client: 1, dueDate: 2, balance: 3 }],
    [
      ['Rechnungsnummer', 'Kunde', 'E-Mail', 'Fälligkeitsdatum', 'Offen'],
      { number: 0, client: 1, email: 2, dueDate: 3, balance: 4 },
    ],
    [
      [
        'invoice date',
        'DATE',
        'Customer Email',
        'Invoice Total',
        'Amount Paid',
        'Currency',
        'Invoice No',
        'Customer',
        'Due',
      ],
      { issueDate: 0, email: 2, total: 3, paid: 4, currency: 5, number: 6, client: 7, dueDate: 8 },
    ],
  ])('maps %j', (headers, columns) => {
    expect(matchHeaders(headers).columns).toEqual(columns);
  });
});

describe('amounts', () => {
  it.each([
    ['$1,234.56', 'USD', 123_456],
    ['1.234,56 €', 'EUR', 123_456],
    ['EUR 1 234,56', 'EUR', 123_456],
    ['1\u00a0234,56\u00a0€', 'EUR', 123_456],
    ["CHF 1'200.50", 'CHF', 120_050],
    ['£950', 'GBP', 95_000],
    ['12,5', 'EUR', 1_250],
    ['1,234', 'USD', 123_400],
    ['1.234', 'KWD', 1_234],
    ['0,500', 'KWD', 500],
    ['¥185,000', 'JPY', 185_000],
    ['1,234,567.89', 'USD', 123_456_789],
  ])('reads %j in %s', (text, currency, minor) => {
    const reading = readAmount(text);
    if (!reading.ok) throw new Error(reading.problem);
    expect(reading.negative).toBe(false);
    expect(amountToMinor(reading.numberText, currency)).toEqual({ ok: true, minor });
  });

  it.each(['(12.00)', '-12.00', '12.00-', '−12.00', '-$5.00', '$-5.00'])('sees %j as negative', (text) => {
    expect(readAmount(text)).toMatchObject({ ok: true, negative: true });
  });

  it.each([
    ['$4.50', { kind: 'dollar' }],
    ['US$4.50', { kind: 'code', code: 'USD' }],
    ['4,50 €', { kind: 'code', code: 'EUR' }],
    ['4.50 GBP', { kind: 'code', code: 'GBP' }],
    ['4.50', null],
  ])('notes the currency %j shows', (text, mark) => {
    expect(readAmount(text)).toMatchObject({ ok: true, mark });
  });

  it.each([
    ['about 90', '"about 90" is not an amount'],
    ['ABC 12.00', '"ABC 12.00" names an unknown currency "ABC"'],
    ['', '"" is not an amount'],
  ])('refuses %j', (text, problem) => {
    expect(readAmount(text)).toEqual({ ok: false, problem });
  });

  it('refuses more decimals than the currency has', () => {
    expect(amountToMinor('10.5', 'JPY')).toEqual({ ok: false, error: '"10.5" has 1 decimals but JPY has 0' });
  });
});

describe('dates', () => {
  it.each([
    ['2026-03-31', 'dmy', '2026-03-31'],
    ['2026/03/31', 'mdy', '2026-03-31'],
    ['2026-03-31T00:00:00', 'dmy', '2026-03-31'],
    ['31/03/2026', 'dmy', '2026-03-31'],
    ['03/31/2026', 'mdy', '2026-03-31'],
    ['31.03.2026', 'dmy', '2026-03-31'],
    ['4/5/26', 'dmy', '2026-05-04'],
    ['4/5/26', 'mdy', '2026-04-05'],
    ['31 Mar 2026', 'mdy', '2026-03-31'],
    ['Mar 31, 2026', 'dmy', '2026-03-31'],
    ['31-Dez-2026', 'dmy', '2026-12-31'],
    ['5. März 2026', 'dmy', '2026-03-05'],
  ] as const)('reads %j (%s) as %s', (text, order, date) => {
    expect(resolveDate(text, readDate(text), order)).toEqual({ ok: true, date });
  });

  it.each([
    ['31/02/2026', '"31/02/2026" is not a real date'],
    ['2026-13-01', '"2026-13-01" is not a real date'],
    ['next Friday', '"next Friday" is not a date (expected e.g. 2026-03-31 or 31/03/2026)'],
  ])('refuses %j', (text, problem) => {
    expect(resolveDate(text, readDate(text), 'dmy')).toEqual({ ok: false, problem });
  });
});
