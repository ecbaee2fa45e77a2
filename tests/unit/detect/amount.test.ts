import { describe, expect, it } from 'vitest';
import { chooseAmountDue, findAmounts } from '../../../lib/detect/extract/amount.ts';
import { currencyHints, DEFAULT_HINTS } from '../../../lib/detect/extract/currency-symbols.ts';
import { readAmountMinor } from '../../../lib/detect/extract/number-shape.ts';

const due = (text: string, hints = DEFAULT_HINTS) => {
  const choice = chooseAmountDue(findAmounts(text, hints));
  return choice ? [choice.amountMinor, choice.currency] : null;
};

describe('amounts in many locales', () => {
  it.each([
    ['$1,234.56', 123456, 'USD'],
    ['£1,234.56', 123456, 'GBP'],
    ['1.234,56 €', 123456, 'EUR'],
    ['1\u202F234,56\u00A0€', 123456, 'EUR'],
    ['1\u00A0234,56 €', 123456, 'EUR'],
    ['EUR 1 234,56', 123456, 'EUR'],
    ['₹1,23,456.00', 12345600, 'INR'],
    ['¥12,345', 12345, 'JPY'],
    ['￥12,345', 12345, 'JPY'],
    ["CHF 1'234.56", 123456, 'CHF'],
    ['CHF 1’234.56', 123456, 'CHF'],
    ['1234,56 zł', 123456, 'PLN'],
    ['kr 1 234,50', 123450, 'SEK'],
    ['R$ 1.234,56', 123456, 'BRL'],
    ['USD 1,234.56', 123456, 'USD'],
    ['1,234.56 USD', 123456, 'USD'],
    ['KWD 1.234', 1234, 'KWD'],
    ['KWD 1,234.500', 1234500, 'KWD'],
    ['€1.500', 150000, 'EUR'],
  ])('reads "%s" as %i minor units of %s', (written, minor, currency) => {
    expect(due(`Amount due: ${written}`)).toEqual([minor, currency]);
  });

  it('decides the decimal separator from the shape and the currency', () => {
    expect(readAmountMinor('1,234', 2)).toBe(123400);
    expect(readAmountMinor('1,23', 2)).toBe(123);
    expect(readAmountMinor('1.234', 3)).toBe(1234);
    expect(readAmountMinor('12,345.00', 0)).toBe(12345);
    expect(readAmountMinor('1.234.567,89', 2)).toBe(123456789);
    expect(readAmountMinor('12.5', 0)).toBeNull();
  });

  it('reads the dollar as Canadian or Australian from the text or the sender’s domain', () => {
    expect(due('Total: $500.00 CAD', currencyHints('Total: $500.00 CAD', 'example.com'))).toEqual([
      50000,
      'CAD',
    ]);
    expect(due('Total: $500.00', currencyHints('Total: $500.00', 'studio.com.au'))).toEqual([50000, 'AUD']);
    const quebec = 'Bonjour, voici votre facture. Total : 2 874,38 $ payable dans les 30 jours. Merci';
    expect(due(quebec, currencyHints(quebec, 'example.com'))).toEqual([287438, 'CAD']);
  });
});

describe('choosing the amount due', () => {
  it('prefers the balance due over the subtotal, the tax and the total', () => {
    const text = 'Subtotal\t€1,000.00\nVAT 20%\t€200.00\nTotal\t€1,200.00\nBalance due\t€1,200.00';
    expect(due(text)).toEqual([120000, 'EUR']);
  });

  it('takes a gross total over the net amount and the tax lines', () => {
    expect(due('Nettobetrag: 2.000,00 €\nMwSt. 19 %: 380,00 €\nGesamtbetrag: 2.380,00 €')).toEqual([
      238000,
      'EUR',
    ]);
    expect(due('Total HT : 1 050,00 €\nTVA 20 % : 210,00 €\nTotal TTC : 1 260,00 €')).toEqual([
      126000,
      'EUR',
    ]);
    expect(due('Base imponible: 1.000,00 €\nIVA 21%: 210,00 €\nTotal a pagar: 1.210,00 €')).toEqual([
      121000,
      'EUR',
    ]);
  });

  it('subtracts a stated deposit from the total when no balance is written', () => {
    expect(due('Invoice total: $5,000.00\nDeposit paid: $1,500.00')).toEqual([350000, 'USD']);
  });

  it('keeps the written balance when a deposit and a balance are both stated', () => {
    expect(due('Total: 5.000,00 EUR\nAnzahlung: 1.500,00 EUR\nNoch offen: 3.500,00 EUR')).toEqual([
      350000,
      'EUR',
    ]);
  });

  it('reads a label written above its value', () => {
    expect(due('Invoice date\tAmount due\n4 March 2026\t$1,250.00')).toEqual([125000, 'USD']);
  });

  it('ignores hourly rates and line items when a total exists', () => {
    expect(due('Design 10 h × €95.00 = €950.00\nHosting 12 months × €5.00\nTotal €1,010.00')).toEqual([
      101000,
      'EUR',
    ]);
  });

  it('reads an amount written after "for" in a sentence', () => {
    expect(due('Please find attached invoice 1043 for £2,400.00, due on 15 March.')).toEqual([240000, 'GBP']);
  });

  it('finds nothing in text without money', () => {
    expect(due('See you on 3 March at 10:30, room 12.')).toBeNull();
  });
});
