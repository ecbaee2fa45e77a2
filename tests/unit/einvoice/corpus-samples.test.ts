import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EInvoiceFields, extractEInvoice, inspectEInvoice } from '../../../lib/detect/einvoice/index.ts';
import { CORPUS_DIR, corpusPresent } from './corpus-location.ts';

// True values read by hand from each sample's XML (for PDFs, the embedded file), not from
// this module's output. Samples and licences: shared/corpus/public/SOURCES.txt.

const EINFACH_TERMS_2018 =
  'Zahlbar innerhalb 30 Tagen netto bis 04.04.2018, 3% Skonto innerhalb 10 Tagen bis 15.03.2018';

const einfach2018: EInvoiceFields = {
  invoiceNumber: '471102',
  issueDate: '2018-03-05',
  dueDate: '2018-04-04', // only in the terms text: "netto bis 04.04.2018"
  currency: 'EUR',
  amountDueMinor: 52987,
  totalMinor: 52987,
  sellerName: 'Lieferant GmbH',
  sellerEmail: null,
  buyerName: 'Kunden AG Mitte',
  buyerEmail: null,
  terms: EINFACH_TERMS_2018,
  profile: 'factur-x:en16931',
  documentType: 'invoice',
};

const akretionEn16931: EInvoiceFields = {
  invoiceNumber: 'F20260023',
  issueDate: '2026-01-31',
  dueDate: '2026-03-02',
  currency: 'EUR',
  amountDueMinor: 10490,
  totalMinor: 10490,
  sellerName: 'LE FOURNISSEUR',
  sellerEmail: 'seller@seller.com', // contact address; the party's EM address is moi@seller.com
  buyerName: 'LE CLIENT',
  buyerEmail: 'buyer@buyer.com',
  terms: 'PAIEMENT 30 JOURS NET',
  profile: 'factur-x:en16931',
  documentType: 'invoice',
};

const pdfSamples: { file: string; embedded: string | null; expected: EInvoiceFields | null }[] = [
  { file: 'EN16931_Einfach.pdf', embedded: 'factur-x.xml', expected: einfach2018 },
  {
    file: 'EN16931_Einfach_negativePaymentDue.pdf',
    embedded: 'factur-x.xml',
    // Prepaid 1059.74 on a 529.87 invoice: the amount due is negative and stays so.
    expected: { ...einfach2018, dueDate: null, terms: null, amountDueMinor: -52987 },
  },
  {
    file: 'XRECHNUNG_Einfach.pdf',
    embedded: 'xrechnung.xml',
    expected: { ...einfach2018, sellerEmail: 'Max@Mustermann.de', profile: 'xrechnung' },
  },
  {
    file: 'zugferd_2p0_EN16931_Einfach.pdf',
    embedded: 'zugferd-invoice.xml',
    expected: { ...einfach2018, profile: 'zugferd-2:en16931' },
  },
  {
    file: 'ZUGFeRD_1p0_BASIC_Einfach.pdf',
    embedded: 'ZUGFeRD-invoice.xml',
    expected: {
      ...einfach2018,
      issueDate: '2013-03-05',
      dueDate: '2013-04-04',
      // BASIC has no DuePayableAmount: the grand total is what is due.
      amountDueMinor: 23562,
      totalMinor: 23562,
      // No terms element; the terms line sits in a free-text note.
      terms: 'Zahlbar innerhalb 30 Tagen netto bis 04.04.2013, 3% Skonto innerhalb 10 Tagen bis 15.03.2013.',
      profile: 'zugferd-1:basic',
    },
  },
  {
    file: 'MustangRE-20171118_506_ZUGFeRD1and2.pdf',
    embedded: 'factur-x.xml',
    expected: {
      invoiceNumber: 'RE-20171118/506',
      issueDate: '2017-11-18',
      dueDate: '2017-12-09',
      currency: 'EUR',
      amountDueMinor: 57104,
      totalMinor: 57104,
      sellerName: 'Bei Spiel GmbH',
      sellerEmail: null,
      buyerName: 'Theodor Est',
      buyerEmail: null,
      // The ZUGFeRD 1 copy says "bis zum 09.12.2017": this proves which file was read.
      terms: 'Zahlbar ohne Abzug bis 09.12.2017',
      profile: 'factur-x:extended',
      documentType: 'invoice',
    },
  },
  { file: 'akretion_invoice_EN16931.pdf', embedded: 'factur-x.xml', expected: akretionEn16931 },
  { file: 'RE-E-974-Hetzner_2016-01-19_R0005532486.pdf', embedded: null, expected: null },
];

const xmlSamples: { file: string; expected: EInvoiceFields }[] = [
  { file: 'akretion_factur-x-en16931.xml', expected: akretionEn16931 },
  {
    file: 'akretion_factur-x-minimum.xml',
    expected: {
      ...akretionEn16931,
      dueDate: null,
      sellerEmail: null,
      buyerEmail: null,
      terms: null,
      profile: 'factur-x:minimum',
    },
  },
  {
    file: 'akretion_ubl-21-en16931.xml',
    expected: {
      invoiceNumber: 'F124212',
      issueDate: '2026-06-17',
      dueDate: '2026-07-16',
      currency: 'EUR',
      amountDueMinor: 20803, // 308.03 total less 100.00 prepaid
      totalMinor: 30803,
      sellerName: 'Au bon moulin', // registration name; the trading name is "L'huile d'olive en folie"
      sellerEmail: 'commercial@aubonmoulin.com',
      buyerName: 'Ma jolie boutique SARL',
      buyerEmail: 'laetita.durand@jolieboutique.com',
      terms: '30 jours net',
      profile: 'ubl-2.1',
      documentType: 'invoice',
    },
  },
  {
    file: 'akretion_zugferd-comfort.xml',
    expected: {
      ...einfach2018,
      issueDate: '2013-03-05',
      dueDate: '2013-04-04',
      terms: 'Zahlbar innerhalb 30 Tagen netto bis 04.04.2013, 3% Skonto innerhalb 10 Tagen bis 15.03.2013',
      profile: 'zugferd-1:comfort',
    },
  },
  {
    file: 'horstoeko_zugferdmail_fx_en16931.xml',
    expected: {
      ...einfach2018,
      issueDate: '2024-11-15',
      dueDate: '2024-12-15',
      terms: 'Zahlbar innerhalb 30 Tagen netto bis 15.12.2024, 3% Skonto innerhalb 10 Tagen bis 25.11.2024',
    },
  },
  { file: 'zugferdcorpus_EN16931_Einfach.cii.xml', expected: einfach2018 },
  { file: 'zugferdcorpus_EN16931_Einfach.ubl.xml', expected: { ...einfach2018, profile: 'peppol-bis-3' } },
];

function corpusBytes(folder: string, file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS_DIR, folder, file)));
}

describe('public e-invoice samples', () => {
  it('finds the shared corpus beside the repository', () => {
    // The samples are read in place (their licences stay with them); a missing corpus must fail, not skip.
    expect(corpusPresent, `expected the shared corpus at ${CORPUS_DIR}`).toBe(true);
  });

  describe.each(pdfSamples)('PDF $file', ({ file, embedded, expected }) => {
    it(
      expected ? `reads the invoice from the embedded ${embedded}` : 'finds no e-invoice in it',
      async () => {
        const inspection = await inspectEInvoice(corpusBytes('pdf', file), file);
        expect(inspection.fields).toEqual(expected);
        expect(inspection.embeddedFile).toBe(embedded);
        if (expected === null) expect(inspection.problem).toMatch(/no embedded e-invoice XML/);
      },
    );
  });

  describe.each(xmlSamples)('XML $file', ({ file, expected }) => {
    it('reads the invoice from the bare XML bytes', async () => {
      expect(await extractEInvoice(corpusBytes('xml', file), file)).toEqual(expected);
    });
  });

  it('prefers the Factur-X file over the ZUGFeRD 1 file and says so', async () => {
    const file = 'MustangRE-20171118_506_ZUGFeRD1and2.pdf';
    const inspection = await inspectEInvoice(corpusBytes('pdf', file), file);
    expect(inspection.notes).toContain(
      'used factur-x.xml; also embedded: ZUGFeRD-invoice.xml (zugferd-1:extended)',
    );
  });

  it('ignores the delivery note PDF attached beside the Factur-X XML', async () => {
    const file = 'akretion_invoice_EN16931.pdf';
    const inspection = await inspectEInvoice(corpusBytes('pdf', file), file);
    expect(inspection.embeddedFile).toBe('factur-x.xml');
    expect(inspection.notes).toEqual([]);
  });

  it('notes that a due date came from the terms prose', async () => {
    const file = 'EN16931_Einfach.pdf';
    const inspection = await inspectEInvoice(corpusBytes('pdf', file), file);
    expect(inspection.notes).toContain('due date read from the payment terms text');
  });

  it('leaves the caller’s bytes usable after pdf.js has read a copy', async () => {
    const bytes = corpusBytes('pdf', 'EN16931_Einfach.pdf');
    const length = bytes.length;
    await extractEInvoice(bytes, 'EN16931_Einfach.pdf');
    expect(bytes.byteLength).toBe(length);
    expect(await extractEInvoice(bytes, 'EN16931_Einfach.pdf')).toEqual(einfach2018);
  });

  it('accepts a Node Buffer and leaves it intact', async () => {
    const buffer = readFileSync(join(CORPUS_DIR, 'pdf', 'EN16931_Einfach.pdf'));
    const before = buffer.subarray(0, 64).toString('latin1');
    expect(await extractEInvoice(buffer, 'EN16931_Einfach.pdf')).toEqual(einfach2018);
    expect(buffer.subarray(0, 64).toString('latin1')).toBe(before);
  });

  it('returns null for a truncated hybrid PDF instead of throwing', async () => {
    const bytes = corpusBytes('pdf', 'akretion_invoice_EN16931.pdf');
    const inspection = await inspectEInvoice(bytes.slice(0, Math.floor(bytes.length / 2)), 'cut.pdf');
    expect(inspection.fields).toBeNull();
    expect(inspection.problem).toMatch(/not a readable PDF/);
  });
});
