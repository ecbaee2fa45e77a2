import { describe, expect, it } from 'vitest';
import { detectMessageWithAttachments } from '../../../lib/detect/with-attachments.ts';
import { mail, STUDIO } from './mail.ts';

/** A small UBL 2.1 invoice, written for this test. */
function ublInvoice(seller: string, buyer: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID>SN-2026-044</cbc:ID>
  <cbc:IssueDate>2026-03-02</cbc:IssueDate>
  <cbc:DueDate>2026-04-01</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>${seller}</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>${buyer}</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentTerms><cbc:Note>30 Tage netto</cbc:Note></cac:PaymentTerms>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">5000.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">5000.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">5950.00</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">5950.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</Invoice>`;
  return new TextEncoder().encode(xml);
}

/** A one-page PDF showing the given lines in Helvetica, built by hand (offsets computed). */
function textPdf(lines: string[]): Uint8Array {
  const stream = lines
    .map((line, index) => `BT /F1 11 Tf 50 ${780 - index * 16} Td (${line}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe('attachments', () => {
  it('lets an attached e-invoice win over the text, with source einvoice', async () => {
    const result = await detectMessageWithAttachments(
      mail({
        subject: 'Rechnung',
        text: 'Hallo Herr Reed,\n\nanbei die Rechnung als PDF und XRechnung.\n\nViele Grüße\nAnna',
        attachments: [
          {
            filename: 'xrechnung.xml',
            mimeType: 'application/xml',
            size: 1500,
            bytes: ublInvoice('Studio Nord GmbH', 'Harbour Foods Ltd'),
          },
        ],
      }),
      STUDIO,
    );
    expect([result.kind, result.direction]).toEqual(['invoice', 'sent']);
    expect(result.invoiceNumber).toEqual({ value: 'SN-2026-044', source: 'einvoice', confidence: 0.99 });
    expect(result.amountDue?.value).toEqual({ amountMinor: 595000, currency: 'EUR' });
    expect([result.issueDate?.value, result.dueDate?.value]).toEqual(['2026-03-02', '2026-04-01']);
    expect(result.client?.value.name).toBe('Harbour Foods Ltd');
    expect(result.signals.some((name) => name.startsWith('einvoice:'))).toBe(true);
  });

  it('takes the direction from the e-invoice’s buyer when the user is billed', async () => {
    const result = await detectMessageWithAttachments(
      mail({
        from: { name: 'Harbour Foods', address: 'billing@harbour-foods.example' },
        to: [{ name: 'Anna', address: 'anna@studio-nord.example' }],
        subject: 'Invoice',
        text: 'Invoice attached.',
        attachments: [
          {
            filename: 'invoice.xml',
            mimeType: 'text/xml',
            size: 1500,
            bytes: ublInvoice('Harbour Foods Ltd', 'Studio Nord GmbH'),
          },
        ],
      }),
      STUDIO,
    );
    expect([result.kind, result.direction]).toEqual(['invoice', 'received']);
  });

  it('reads fields the mail leaves to its PDF from the PDF’s text', async () => {
    const pdf = textPdf([
      'INVOICE 2026-0093',
      'Invoice date February 26, 2026',
      'Due date March 28, 2026',
      'Total due $1,650.00',
    ]);
    const result = await detectMessageWithAttachments(
      mail({
        subject: 'Invoice',
        text: 'Hi,\n\nPlease find attached invoice 2026-0093.\n\nThanks,\nAnna',
        date: '2026-02-26T22:13:08-08:00',
        attachments: [
          { filename: 'Invoice 2026-0093.pdf', mimeType: 'application/pdf', size: pdf.length, bytes: pdf },
        ],
      }),
      STUDIO,
    );
    expect(result.kind).toBe('invoice');
    expect(result.invoiceNumber?.value).toBe('2026-0093');
    expect(result.amountDue).toMatchObject({
      value: { amountMinor: 165000, currency: 'USD' },
      source: 'attachment',
    });
    expect(result.issueDate).toMatchObject({ value: '2026-02-26', source: 'attachment' });
    expect(result.dueDate).toMatchObject({ value: '2026-03-28', source: 'attachment' });
  });

  it('never lets an attachment turn phishing into an invoice', async () => {
    const result = await detectMessageWithAttachments(
      mail({
        from: { name: 'Accounts', address: 'accounts@pay-notice.example' },
        to: [{ name: 'Anna', address: 'anna@studio-nord.example' }],
        subject: 'Invoice overdue',
        text: 'Please process an urgent wire today. Keep this between us.',
        attachments: [
          {
            filename: 'invoice.xml',
            mimeType: 'text/xml',
            size: 1500,
            bytes: ublInvoice('Harbour Foods Ltd', 'Studio Nord GmbH'),
          },
        ],
      }),
      STUDIO,
    );
    expect(result.kind).toBe('other');
  });
});
