import { describe, expect, it } from 'vitest';
import { extractEInvoice, inspectEInvoice, MAX_EINVOICE_BYTES } from '../../../lib/detect/einvoice/index.ts';
import { pdfjsRuntime } from '../../../lib/detect/einvoice/pdfjs-loader.ts';
import { buildPdf } from './pdf-fixture.ts';
import { ciiInvoice, ublDocument } from './xml-samples.ts';

const encode = (text: string) => new TextEncoder().encode(text);

const zugferd1 = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0" xmlns:ram="urn:ram:12">
  <rsm:HeaderExchangedDocument><ram:ID>OLD-COPY</ram:ID><ram:TypeCode>380</ram:TypeCode></rsm:HeaderExchangedDocument>
</rsm:CrossIndustryDocument>`;

describe('hybrid PDFs', () => {
  it('loads the Node build of pdf.js under Node', () => {
    expect(pdfjsRuntime()).toBe('node');
  });

  it('reads the Factur-X XML embedded in a PDF', async () => {
    const pdf = buildPdf([{ name: 'factur-x.xml', content: ciiInvoice() }]);
    const inspection = await inspectEInvoice(pdf, 'NL-2025-041.pdf');
    expect(inspection.fields).toMatchObject({ invoiceNumber: 'NL-2025-041', amountDueMinor: 119000 });
    expect(inspection.embeddedFile).toBe('factur-x.xml');
  });

  it('matches embedded file names without regard to case', async () => {
    const pdf = buildPdf([{ name: 'Factur-X.XML', content: ciiInvoice() }]);
    expect((await extractEInvoice(pdf, 'a.pdf'))?.invoiceNumber).toBe('NL-2025-041');
  });

  it('prefers the CII invoice over a ZUGFeRD 1 copy whatever their order', async () => {
    const pdf = buildPdf([
      { name: 'ZUGFeRD-invoice.xml', content: zugferd1 },
      { name: 'zugferd-invoice.xml', content: ciiInvoice() },
    ]);
    const inspection = await inspectEInvoice(pdf, 'a.pdf');
    expect(inspection.fields?.invoiceNumber).toBe('NL-2025-041');
    expect(inspection.fields?.profile).toBe('zugferd-2:en16931');
  });

  it('falls back to the ZUGFeRD 1 copy when the Factur-X file is broken', async () => {
    const pdf = buildPdf([
      { name: 'factur-x.xml', content: ciiInvoice().slice(0, 500) },
      { name: 'ZUGFeRD-invoice.xml', content: zugferd1 },
    ]);
    expect((await extractEInvoice(pdf, 'a.pdf'))?.invoiceNumber).toBe('OLD-COPY');
  });

  it('reads an XML attachment with a non-standard name', async () => {
    const pdf = buildPdf([{ name: 'rechnung-2025-041.xml', content: ublDocument() }]);
    expect((await extractEInvoice(pdf, 'a.pdf'))?.invoiceNumber).toBe('KW-7731');
  });

  it('ignores attachments that are not XML, such as a delivery note', async () => {
    const pdf = buildPdf([{ name: 'delivery-note.pdf', content: '%PDF-1.4 not really' }]);
    const inspection = await inspectEInvoice(pdf, 'a.pdf');
    expect(inspection.fields).toBeNull();
    expect(inspection.problem).toBe('the PDF embeds no XML file, only: delivery-note.pdf');
  });

  it('explains when embedded XML files are not invoices', async () => {
    const pdf = buildPdf([{ name: 'metadata.xml', content: '<?xml version="1.0"?><catalog/>' }]);
    const inspection = await inspectEInvoice(pdf, 'a.pdf');
    expect(inspection.fields).toBeNull();
    expect(inspection.problem).toMatch(/no embedded XML is an e-invoice \(metadata\.xml: <catalog> is not/);
  });

  it('says a plain PDF has no e-invoice', async () => {
    const inspection = await inspectEInvoice(buildPdf([]), 'scan.pdf');
    expect(inspection).toEqual({
      fields: null,
      problem: 'the PDF has no embedded e-invoice XML',
      notes: [],
      embeddedFile: null,
    });
  });

  it('reports a password-protected PDF instead of throwing', async () => {
    const pdf = buildPdf([{ name: 'factur-x.xml', content: ciiInvoice() }], { passwordProtected: true });
    const inspection = await inspectEInvoice(pdf, 'locked.pdf');
    expect(inspection.fields).toBeNull();
    expect(inspection.problem).toBe('the PDF is password-protected');
  });

  it('does not detach the caller’s buffer', async () => {
    const pdf = buildPdf([{ name: 'factur-x.xml', content: ciiInvoice() }]);
    const length = pdf.byteLength;
    await extractEInvoice(pdf, 'a.pdf');
    expect(pdf.byteLength).toBe(length);
  });

  it.each([
    ['a PDF header and nothing else', encode('%PDF-1.7\n')],
    ['a PDF header followed by noise', encode(`%PDF-1.4\n${'garbage '.repeat(500)}`)],
    [
      'the first half of a hybrid PDF',
      buildPdf([{ name: 'factur-x.xml', content: ciiInvoice() }]).slice(0, 300),
    ],
  ])('returns null for %s', async (_label, bytes) => {
    const inspection = await inspectEInvoice(bytes, 'broken.pdf');
    expect(inspection.fields).toBeNull();
    expect(inspection.problem).toMatch(/PDF/);
  });

  it('rejects a file above the size limit before opening it', async () => {
    const huge = new Uint8Array(MAX_EINVOICE_BYTES + 1);
    huge.set(encode('%PDF-1.7\n'));
    expect((await inspectEInvoice(huge, 'huge.pdf')).problem).toBe('the file is larger than 15 MB');
  });
});

describe('bare files', () => {
  it('reads XML bytes named .xml', async () => {
    expect((await extractEInvoice(encode(ciiInvoice()), 'invoice.xml'))?.invoiceNumber).toBe('NL-2025-041');
  });

  it('recognises XML by its content whatever the file name', async () => {
    expect((await extractEInvoice(encode(ublDocument()), 'attachment.bin'))?.invoiceNumber).toBe('KW-7731');
  });

  it('decodes XML in the encoding its declaration names', async () => {
    const xml = ciiInvoice({ seller: '<ram:Name>Bäckerei Öz</ram:Name>' }).replace('UTF-8', 'ISO-8859-1');
    const latin1 = Uint8Array.from(xml, (char) => char.charCodeAt(0));
    expect((await extractEInvoice(latin1, 'invoice.xml'))?.sellerName).toBe('Bäckerei Öz');
  });

  it('decodes UTF-16 XML with a byte-order mark', async () => {
    const xml = ciiInvoice();
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    expect((await extractEInvoice(utf16, 'invoice.xml'))?.invoiceNumber).toBe('NL-2025-041');
  });

  it('returns null for XML that claims UTF-8 but is not', async () => {
    const bytes = encode(ciiInvoice({ seller: '<ram:Name>Caf_</ram:Name>' }));
    bytes[bytes.indexOf(0x5f)] = 0xe9; // a lone Latin-1 "é"
    const inspection = await inspectEInvoice(bytes, 'invoice.xml');
    expect(inspection.fields).toBeNull();
    expect(inspection.problem).toBe('the XML is not valid UTF-8 text');
  });

  it('refuses input that is not a byte array', async () => {
    const inspection = await inspectEInvoice('%PDF-1.7' as unknown as Uint8Array, 'a.pdf');
    expect(inspection.problem).toBe('the input is not a byte array');
  });

  it.each([
    ['an empty file', new Uint8Array(), 'invoice.pdf', 'the file is empty'],
    [
      'a PDF name on other bytes',
      encode('hello'),
      'invoice.pdf',
      'the file is named .pdf but is not a PDF (no %PDF header)',
    ],
    [
      'random bytes',
      Uint8Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 251),
      'blob',
      'the file is neither a PDF nor XML',
    ],
    [
      'an XML name on non-XML text',
      encode('Invoice total 12.00'),
      'x.xml',
      'the text is not XML (it does not start with "<")',
    ],
  ])('returns null with a reason for %s', async (_label, bytes, name, problem) => {
    const inspection = await inspectEInvoice(bytes, name);
    expect(inspection.fields).toBeNull();
    expect(inspection.problem).toBe(problem);
  });
});
