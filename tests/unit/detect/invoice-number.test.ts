import { describe, expect, it } from 'vitest';
import { findInvoiceNumbers, invoiceNumberFromFilename } from '../../../lib/detect/extract/invoice-number.ts';

const first = (text: string) => findInvoiceNumbers(text)[0]?.value ?? null;

describe('invoice numbers', () => {
  it.each([
    ['Invoice #1043 for $500', '1043'],
    ['Invoice No. INV-2026-0042', 'INV-2026-0042'],
    ['Invoice number: 000031', '000031'],
    ['Rechnung Nr. 2026-017 vom 4. März', '2026-017'],
    ['Rechnungsnummer: RE-1234', 'RE-1234'],
    ['Facture n° F-2026-031', 'F-2026-031'],
    ['N° de facture : 2026/031', '2026/031'],
    ['Factura nº 2026/045', '2026/045'],
    ['Fattura n. 27/2026', '27/2026'],
    ['faktury nr FV 4/02/2026', 'FV 4/02/2026'],
    ['Re: Invoice 1043 – website', '1043'],
    ['Please find attached INV-0042.', 'INV-0042'],
    ['Invoice Number\n  INV-77', 'INV-77'],
  ])('finds the number in "%s"', (text, number) => {
    expect(first(text)).toBe(number);
  });

  it.each([
    'Invoice date: 03/04/2026',
    'invoice 1,200.00 €',
    'your invoices for 2026',
    'Invoice for March',
    'https://fakturownia.example/invoice/4481/pdf',
  ])('finds no number in "%s"', (text) => {
    expect(first(text)).toBeNull();
  });

  it('reads numbers from attachment names', () => {
    expect(invoiceNumberFromFilename('Invoice-INV-0042.pdf')).toBe('INV-0042');
    expect(invoiceNumberFromFilename('Rechnung_2026-017.pdf')).toBe('2026-017');
    expect(invoiceNumberFromFilename('logo.png')).toBeNull();
  });
});
