import { describe, expect, it } from 'vitest';
import { chooseAmountDue, findAmounts } from '../../../lib/detect/extract/amount.ts';
import { currencyHints, DEFAULT_HINTS } from '../../../lib/detect/extract/currency-symbols.ts';
import { findDates } from '../../../lib/detect/extract/dates.ts';
import { findInvoiceNumbers } from '../../../lib/detect/extract/invoice-number.ts';
import { findTerms } from '../../../lib/detect/extract/terms.ts';
import { detectMessage } from '../../../lib/detect/message.ts';
import { ANNA, fromClient, mail, STUDIO } from './mail.ts';

const reference = '2026-03-04';
const dated = (text: string, order: 'dmy' | 'mdy' = 'dmy') =>
  findDates(text, { reference, order }).map((mention) => [mention.date, mention.role]);
const due = (text: string, hints = currencyHints(text, 'example.test')) => {
  const choice = chooseAmountDue(findAmounts(text, hints));
  return choice ? [choice.amountMinor, choice.currency] : null;
};

describe('layouts the first corpus did not have', () => {
  it('maps the dates of a value row to the labels of a flattened header row above it', () => {
    expect(
      dated('Invoice No Invoice Date Due Date Amount Due\nLA-00318 03 Mar 2026 02 Apr 2026 S$4,280.00'),
    ).toEqual([
      ['2026-03-03', 'issue'],
      ['2026-04-02', 'due'],
    ]);
  });

  it('reads a label written after its value in a PDF table row', () => {
    expect(dated('15-10-2015\tOrder Date:\n20-10-2015\tInvoice Date:')).toEqual([
      ['2015-10-15', 'other'],
      ['2015-10-20', 'issue'],
    ]);
  });

  it('reads value-first rows with the label after the date and a two-digit year', () => {
    expect(dated('18 Mar 26 Issued\n17 Apr 26 Payment due\n£4,596.00 Total payable')).toEqual([
      ['2026-03-18', 'issue'],
      ['2026-04-17', 'due'],
    ]);
  });

  it('does not read a time after a month name as a two-digit year', () => {
    expect(dated('Call on 3 March 10:00', 'dmy')).toEqual([['2026-03-03', 'none']]);
  });

  it("takes a letter's place-and-date line as the issue date", () => {
    expect(dated('Wien, am 16. März 2026\n\nanbei die Honorarnote')).toEqual([['2026-03-16', 'issue']]);
  });

  it('reads "dated" written after a Japanese date', () => {
    expect(dated('2026年2月28日付でお送りいたしました請求書')).toEqual([['2026-02-28', 'issue']]);
  });

  it.each([
    ['vencida em 28/02/2026', '2026-02-28'],
    ['som förföll 2026-03-01', '2026-03-01'],
    ['som forfaldt 15. februar 2026', '2026-02-15'],
    ['venció el 2 de marzo de 2026', '2026-03-02'],
    ['échue le 27 février 2026', '2026-02-27'],
    ['ontvangen we graag uiterlijk 2 april 2026', '2026-04-02'],
    ['Fakturadato 12. marts 2026', '2026-03-12'],
  ])('reads the due or issue date in "%s"', (text, date) => {
    expect(dated(text)[0]?.[0]).toBe(date);
  });
});

describe('amounts and currencies in more locales', () => {
  it.each([
    ['Total due: R\u00a018\u00a0975,00', 1897500, 'ZAR'],
    ['R42,000.00 total, payable by 31 March', 4200000, 'ZAR'],
    ['Beløb inkl. moms 12.500,00 kr.', 1250000, 'DKK'],
    ['Att betala 24\u00a0375,00 kr', 2437500, 'SEK'],
    ['Vennlig hilsen. Å betale: kr 14\u00a0375,00. Forfallsdato i morgen', 1437500, 'NOK'],
    ['Le envío la factura por $23,200.00 MXN (IVA incluido)', 2320000, 'MXN'],
    ['Należność ogółem: 316,83 PLN', 31683, 'PLN'],
  ])('reads "%s"', (text, minor, currency) => {
    expect(due(text)).toEqual([minor, currency]);
  });

  it('takes the remaining balance after a part payment, in Danish', () => {
    expect(
      due('Tak for indbetalingen på 2.000,00 kr. Der mangler et restbeløb på 3.500,00 kr. på faktura 18.'),
    ).toEqual([350000, 'DKK']);
  });

  it('does not read the year of a date as an amount before a currency sign', () => {
    expect(due('10/03/2026 09/04/2026 € 1.952,00', DEFAULT_HINTS)).toEqual([195200, 'EUR']);
  });

  it('does not take a lone R before a bare number for rand', () => {
    expect(findAmounts('Room R 12 on floor 3', DEFAULT_HINTS)).toEqual([]);
  });
});

describe('terms and numbers in more languages', () => {
  it.each([
    ['Betalningsvillkor: 30 dagar netto från fakturadatum', 30],
    ['Betalingsbetingelser: netto 8 dage', 8],
    ['Betales innen 14 dager', 14],
  ])('reads the terms in "%s"', (text, days) => {
    expect(findTerms(text)?.days).toBe(days);
  });

  it.each([
    ['Honorarnote Nr. 2026/08', '2026/08'],
    ['請求書番号：CS-2603-55812', 'CS-2603-55812'],
    ['Fakturanr. 2026-0042', '2026-0042'],
    ['Bill number 8830021', '8830021'],
  ])('finds the number in "%s"', (text, value) => {
    expect(findInvoiceNumbers(text)[0]?.value).toBe(value);
  });

  it('does not take a date under an invoice word for its number', () => {
    expect(findInvoiceNumbers('Kopie factuur\n\n8-9-2022')).toEqual([]);
  });
});

describe('kinds in more languages', () => {
  it.each([
    ['O pagamento da fatura 2026/031 foi feito hoje via PIX.', 'payment'],
    ['Nu är faktura 2026-17 betald, pengarna gick iväg i morse.', 'payment'],
    ['Het bedrag voor factuur 26-0045 werd vandaag overgeschreven.', 'payment'],
    ['Vi kan desværre ikke godkende faktura nr. 311, timerne stemmer ikke.', 'dispute'],
    ['Factuur 26-0045 wordt betaald op 20 maart.', 'promise'],
    ['Le confirmo que la factura A-1588 se pagará el viernes 10 de abril.', 'promise'],
    ['Fakturę FV/2026/03/014 zapłacimy do 31 marca.', 'promise'],
    ["The valve is leaking again, so we won't be paying invoice 412 until it is fixed.", 'dispute'],
  ])('reads a client reply "%s" as %s', (text, kind) => {
    expect(detectMessage(fromClient({ subject: 'Re: Invoice', text }), STUDIO).kind).toBe(kind);
  });

  it('does not take "if the payment was already made" in Portuguese for a payment', () => {
    const result = detectMessage(
      mail({
        subject: 'Lembrete: fatura 2026/022 em aberto',
        text: 'A fatura 2026/022, vencida em 28/02/2026, ainda consta em aberto.\nValor em aberto: R$ 3.200,00\nSe o pagamento já foi feito, por favor desconsidere.',
      }),
      STUDIO,
    );
    expect(result.kind).toBe('invoice');
    expect(result.dueDate?.value).toBe('2026-02-28');
  });

  it('treats a platform notice that the client viewed an invoice as other', () => {
    const result = detectMessage(
      mail({
        from: { name: 'Dubsado', address: 'notifications@dubsado.example' },
        to: [ANNA],
        subject: 'Hannah Doyle viewed invoice #1045',
        text: 'Hannah Doyle just viewed invoice #1045 (A$3,300.00, due 14/04/2026).',
      }),
      STUDIO,
    );
    expect(result.kind).toBe('other');
  });

  it('treats an "open the attached page to pay" mail with an HTML attachment as other', () => {
    const result = detectMessage(
      mail({
        from: { name: 'Billing', address: 'billing@docs.example' },
        to: [ANNA],
        subject: 'You have a new invoice awaiting payment',
        text: 'Your invoice is ready. Amount: £1,294.00. Due: 21/03/2026.\nOpen the attached document to view and pay.',
        attachments: [{ filename: 'Invoice_0319.html', mimeType: 'text/html', size: 900 }],
      }),
      STUDIO,
    );
    expect(result.kind).toBe('other');
  });

  it('reads a utility bill addressed to the user as a received invoice', () => {
    const result = detectMessage(
      mail({
        from: { name: 'Liffey Energy', address: 'bills@energy.example' },
        to: [ANNA],
        subject: 'Your Liffey Energy bill is ready',
        text: 'Your electricity bill for February is ready.\nBill number 8830021\nAmount due €184.62\nDue date 23/03/2026',
      }),
      STUDIO,
    );
    expect([result.kind, result.direction, result.invoiceNumber?.value]).toEqual([
      'invoice',
      'received',
      '8830021',
    ]);
  });
});
