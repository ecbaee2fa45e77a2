import { describe, expect, it } from 'vitest';
import { inspectEInvoiceXml, parseEInvoiceXml } from '../../../lib/detect/einvoice/index.ts';
import { ciiInvoice, ublDocument } from './xml-samples.ts';

describe('CII invoices (Factur-X, ZUGFeRD 2, XRechnung)', () => {
  it('reads every field of a complete invoice', () => {
    expect(parseEInvoiceXml(ciiInvoice())).toEqual({
      invoiceNumber: 'NL-2025-041',
      issueDate: '2025-09-10',
      dueDate: '2025-09-24',
      currency: 'EUR',
      amountDueMinor: 119000,
      totalMinor: 119000,
      sellerName: 'Atelier Nordlicht',
      sellerEmail: 'studio@nordlicht.example',
      buyerName: 'Hafenbrauerei KG',
      buyerEmail: 'rechnungen@hafenbrauerei.example',
      terms: 'Please pay within 14 days',
      profile: 'factur-x:en16931',
      documentType: 'invoice',
    });
  });

  it('leaves the due date empty when the invoice names none', () => {
    const fields = parseEInvoiceXml(ciiInvoice({ terms: '' }));
    expect(fields?.dueDate).toBeNull();
    expect(fields?.terms).toBeNull();
  });

  it('subtracts a prepaid deposit when no amount due is stated', () => {
    const inspection = inspectEInvoiceXml(
      ciiInvoice({
        summation: `<ram:GrandTotalAmount>1190.00</ram:GrandTotalAmount>
          <ram:TotalPrepaidAmount>400.00</ram:TotalPrepaidAmount>`,
      }),
    );
    expect(inspection.fields).toMatchObject({ amountDueMinor: 79000, totalMinor: 119000 });
    expect(inspection.notes).toContain('amount due computed as the total minus the prepaid amount');
  });

  it('takes the stated amount due over total minus prepaid', () => {
    const fields = parseEInvoiceXml(
      ciiInvoice({
        summation: `<ram:GrandTotalAmount>1190.00</ram:GrandTotalAmount>
          <ram:TotalPrepaidAmount>400.00</ram:TotalPrepaidAmount>
          <ram:DuePayableAmount>790.00</ram:DuePayableAmount>`,
      }),
    );
    expect(fields?.amountDueMinor).toBe(79000);
  });

  it('reads yen amounts without a minor unit', () => {
    const fields = parseEInvoiceXml(
      ciiInvoice({
        currency: 'JPY',
        summation:
          '<ram:GrandTotalAmount>88000</ram:GrandTotalAmount><ram:DuePayableAmount>88000</ram:DuePayableAmount>',
      }),
    );
    expect(fields).toMatchObject({ currency: 'JPY', amountDueMinor: 88000, totalMinor: 88000 });
  });

  it('reads Kuwaiti dinar amounts with three decimals', () => {
    const fields = parseEInvoiceXml(
      ciiInvoice({ currency: 'KWD', summation: '<ram:DuePayableAmount>12.345</ram:DuePayableAmount>' }),
    );
    expect(fields?.amountDueMinor).toBe(12345);
  });

  it('drops trailing zero decimals and rounds stray ones to the minor unit', () => {
    expect(
      parseEInvoiceXml(ciiInvoice({ summation: '<ram:DuePayableAmount>104.9000</ram:DuePayableAmount>' }))
        ?.amountDueMinor,
    ).toBe(10490);
    const rounded = inspectEInvoiceXml(
      ciiInvoice({ summation: '<ram:DuePayableAmount>104.905</ram:DuePayableAmount>' }),
    );
    expect(rounded.fields?.amountDueMinor).toBe(10491);
    expect(rounded.notes).toContain('amount due "104.905" rounded to the EUR minor unit');
  });

  it('keeps an unknown currency but leaves the amounts empty, saying why', () => {
    const inspection = inspectEInvoiceXml(ciiInvoice({ currency: 'XBT' }));
    expect(inspection.fields).toMatchObject({ currency: 'XBT', amountDueMinor: null, totalMinor: null });
    expect(inspection.notes).toContain('amounts left empty: "XBT" is not an ISO 4217 currency code');
  });

  it('falls back to the currencyID of the amounts when the currency code is missing', () => {
    const fields = parseEInvoiceXml(
      ciiInvoice({
        currency: null,
        summation: '<ram:DuePayableAmount currencyID="chf">250.00</ram:DuePayableAmount>',
      }),
    );
    expect(fields).toMatchObject({ currency: 'CHF', amountDueMinor: 25000 });
  });

  it('picks the grand total in the invoice currency when a tax-currency copy is also given', () => {
    const fields = parseEInvoiceXml(
      ciiInvoice({
        currency: 'EUR',
        summation: `<ram:GrandTotalAmount currencyID="SEK">13600.00</ram:GrandTotalAmount>
          <ram:GrandTotalAmount currencyID="EUR">1190.00</ram:GrandTotalAmount>`,
      }),
    );
    expect(fields?.totalMinor).toBe(119000);
    expect(fields?.amountDueMinor).toBe(119000);
  });

  it('marks type code 381 as a credit note and keeps its amount positive', () => {
    const fields = parseEInvoiceXml(ciiInvoice({ typeCode: '381' }));
    expect(fields).toMatchObject({ documentType: 'credit-note', amountDueMinor: 119000 });
  });

  it('keeps a negative amount due as written', () => {
    const fields = parseEInvoiceXml(
      ciiInvoice({
        summation: `<ram:GrandTotalAmount>100.00</ram:GrandTotalAmount>
          <ram:TotalPrepaidAmount>150.00</ram:TotalPrepaidAmount>
          <ram:DuePayableAmount>-50.00</ram:DuePayableAmount>`,
      }),
    );
    expect(fields).toMatchObject({ amountDueMinor: -5000, documentType: 'invoice' });
  });

  it('reads the net due date from German terms prose and skips the discount date', () => {
    const inspection = inspectEInvoiceXml(
      ciiInvoice({
        terms: `<ram:SpecifiedTradePaymentTerms>
          <ram:Description>2% Skonto bis 17.09.2025, zahlbar ohne Abzug bis 10.10.2025</ram:Description>
        </ram:SpecifiedTradePaymentTerms>`,
      }),
    );
    expect(inspection.fields?.dueDate).toBe('2025-10-10');
    expect(inspection.notes).toContain('due date read from the payment terms text');
  });

  it('uses the latest of several structured due dates (instalments, discount dates)', () => {
    const term = (date: string, text: string) => `<ram:SpecifiedTradePaymentTerms>
        <ram:Description>${text}</ram:Description>
        <ram:DueDateDateTime><udt:DateTimeString format="102">${date}</udt:DateTimeString></ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>`;
    const fields = parseEInvoiceXml(
      ciiInvoice({ terms: term('20250917', 'Half now') + term('20251017', 'Half in a month') }),
    );
    expect(fields?.dueDate).toBe('2025-10-17');
    expect(fields?.terms).toBe('Half now\nHalf in a month');
  });

  it('ignores dates in formats that cannot name a day', () => {
    const fields = parseEInvoiceXml(
      ciiInvoice({ issue: '<udt:DateTimeString format="610">202509</udt:DateTimeString>' }),
    );
    expect(fields?.issueDate).toBeNull();
  });

  it('rejects an impossible calendar date instead of inventing one', () => {
    const fields = parseEInvoiceXml(
      ciiInvoice({ issue: '<udt:DateTimeString format="102">20250231</udt:DateTimeString>' }),
    );
    expect(fields?.issueDate).toBeNull();
  });

  it('prefers the contact person’s e-mail to the party’s electronic address', () => {
    const fields = parseEInvoiceXml(
      ciiInvoice({
        buyer: `<ram:Name>Hafenbrauerei KG</ram:Name>
          <ram:DefinedTradeContact><ram:EmailURIUniversalCommunication><ram:URIID>mailto:petra@hafenbrauerei.example</ram:URIID></ram:EmailURIUniversalCommunication></ram:DefinedTradeContact>
          <ram:URIUniversalCommunication><ram:URIID schemeID="EM">inbox@hafenbrauerei.example</ram:URIID></ram:URIUniversalCommunication>`,
      }),
    );
    expect(fields?.buyerEmail).toBe('petra@hafenbrauerei.example');
  });

  it('ignores an electronic address that is not an e-mail address', () => {
    const fields = parseEInvoiceXml(
      ciiInvoice({
        buyer: `<ram:Name>Hafenbrauerei KG</ram:Name>
          <ram:URIUniversalCommunication><ram:URIID schemeID="0088">4000001987658</ram:URIID></ram:URIUniversalCommunication>`,
      }),
    );
    expect(fields?.buyerEmail).toBeNull();
  });

  it('decodes character references and collapses white space in names', () => {
    const fields = parseEInvoiceXml(
      ciiInvoice({ seller: '<ram:Name>  M&#252;ller &amp;\n   S&#246;hne  </ram:Name>' }),
    );
    expect(fields?.sellerName).toBe('Müller & Söhne');
  });

  it.each([
    ['urn:factur-x.eu:1p0:minimum', 'factur-x:minimum'],
    ['urn:factur-x.eu:1p0:basicwl', 'factur-x:basic-wl'],
    ['urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic', 'factur-x:basic'],
    ['urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended', 'factur-x:extended'],
    ['urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended', 'zugferd-2:extended'],
    ['urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0', 'xrechnung'],
    ['urn:example:private-profile', 'cii'],
  ])('names guideline %s as profile %s', (guideline, profile) => {
    expect(parseEInvoiceXml(ciiInvoice({ guideline }))?.profile).toBe(profile);
  });
});

describe('ZUGFeRD 1.0 invoices', () => {
  const zugferd1 = (settlement: string, headerNotes = '') => `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
  <rsm:SpecifiedExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:ferd:CrossIndustryDocument:invoice:1p0:comfort</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:SpecifiedExchangedDocumentContext>
  <rsm:HeaderExchangedDocument>
    <ram:ID>2014-118</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20140602</udt:DateTimeString></ram:IssueDateTime>
    ${headerNotes}
  </rsm:HeaderExchangedDocument>
  <rsm:SpecifiedSupplyChainTradeTransaction>
    <ram:ApplicableSupplyChainTradeAgreement>
      <ram:SellerTradeParty><ram:Name>Tischlerei Brandt</ram:Name></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Gasthof Linde</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableSupplyChainTradeAgreement>
    <ram:ApplicableSupplyChainTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      ${settlement}
    </ram:ApplicableSupplyChainTradeSettlement>
  </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>`;

  it('parses the due date from "Zahlbar … bis dd.mm.yyyy" when there is no due-date element', () => {
    const fields = parseEInvoiceXml(
      zugferd1(`<ram:SpecifiedTradePaymentTerms><ram:Description>Zahlbar bis 02.07.2014 ohne Abzug</ram:Description></ram:SpecifiedTradePaymentTerms>
        <ram:SpecifiedTradeSettlementMonetarySummation><ram:GrandTotalAmount currencyID="EUR">2380.00</ram:GrandTotalAmount></ram:SpecifiedTradeSettlementMonetarySummation>`),
    );
    expect(fields).toMatchObject({
      invoiceNumber: '2014-118',
      issueDate: '2014-06-02',
      dueDate: '2014-07-02',
      amountDueMinor: 238000,
      totalMinor: 238000,
      sellerName: 'Tischlerei Brandt',
      buyerName: 'Gasthof Linde',
      profile: 'zugferd-1:comfort',
    });
  });

  it('finds payment terms in a header note when the terms element is missing', () => {
    const fields = parseEInvoiceXml(
      zugferd1(
        '<ram:SpecifiedTradeSettlementMonetarySummation><ram:GrandTotalAmount>50.00</ram:GrandTotalAmount></ram:SpecifiedTradeSettlementMonetarySummation>',
        `<ram:IncludedNote><ram:Content>Vielen Dank für Ihren Auftrag.
Zahlbar innerhalb 14 Tagen bis 16.06.2014.</ram:Content></ram:IncludedNote>`,
      ),
    );
    expect(fields?.terms).toBe('Zahlbar innerhalb 14 Tagen bis 16.06.2014.');
    expect(fields?.dueDate).toBe('2014-06-16');
  });
});

describe('UBL invoices and credit notes', () => {
  it('reads a UBL invoice', () => {
    expect(parseEInvoiceXml(ublDocument())).toEqual({
      invoiceNumber: 'KW-7731',
      issueDate: '2025-10-01',
      dueDate: '2025-10-31',
      currency: 'GBP',
      amountDueMinor: 60000,
      totalMinor: 60000,
      sellerName: 'Kettle Works',
      sellerEmail: 'accounts@kettleworks.example',
      buyerName: 'Bramble Café Ltd',
      buyerEmail: 'ap@bramblecafe.example',
      terms: 'Net 30',
      profile: 'ubl-2.1',
      documentType: 'invoice',
    });
  });

  it('reduces the amount due by a prepaid amount when no payable amount is given', () => {
    const fields = parseEInvoiceXml(
      ublDocument({
        totals: `<cbc:TaxInclusiveAmount currencyID="GBP">600.00</cbc:TaxInclusiveAmount>
          <cbc:PrepaidAmount currencyID="GBP">150.00</cbc:PrepaidAmount>`,
      }),
    );
    expect(fields).toMatchObject({ amountDueMinor: 45000, totalMinor: 60000 });
  });

  it('reads a credit note, whose due date sits in PaymentMeans', () => {
    const fields = parseEInvoiceXml(
      ublDocument({
        root: 'CreditNote',
        dates: '<cbc:IssueDate>2025-11-03</cbc:IssueDate>',
        paymentMeans:
          '<cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentDueDate>2025-11-17</cbc:PaymentDueDate></cac:PaymentMeans>',
      }),
    );
    expect(fields).toMatchObject({
      documentType: 'credit-note',
      issueDate: '2025-11-03',
      dueDate: '2025-11-17',
    });
  });

  it('reads dates with a time-zone suffix', () => {
    const fields = parseEInvoiceXml(
      ublDocument({
        dates: '<cbc:IssueDate>2025-10-01Z</cbc:IssueDate><cbc:DueDate>2025-10-31+01:00</cbc:DueDate>',
      }),
    );
    expect(fields).toMatchObject({ issueDate: '2025-10-01', dueDate: '2025-10-31' });
  });

  it('names XRechnung UBL and Peppol BIS profiles', () => {
    const xrechnung = 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0';
    const peppol = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
    expect(parseEInvoiceXml(ublDocument({ customization: xrechnung }))?.profile).toBe('xrechnung');
    expect(parseEInvoiceXml(ublDocument({ customization: peppol }))?.profile).toBe('peppol-bis-3');
  });

  it('unwraps an invoice sent inside a Peppol business document envelope', () => {
    const wrapped = `<?xml version="1.0"?>
<StandardBusinessDocument xmlns="http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader">
  <StandardBusinessDocumentHeader><HeaderVersion>1.0</HeaderVersion></StandardBusinessDocumentHeader>
  ${ublDocument().replace(/^<\?xml[^>]*>/, '')}
</StandardBusinessDocument>`;
    expect(parseEInvoiceXml(wrapped)?.invoiceNumber).toBe('KW-7731');
  });
});

describe('XML that is not an e-invoice', () => {
  it.each([
    ['an empty string', '', /empty/],
    ['plain text', 'Invoice 42, due Friday', /not XML/],
    ['truncated XML', ciiInvoice().slice(0, 900), /malformed at line \d+/],
    ['mismatched tags', '<a><b>1</a></b>', /malformed/],
    [
      'an unrelated document',
      '<?xml version="1.0"?><rss><channel/></rss>',
      /<rss> is not a supported e-invoice/,
    ],
    ['an <Invoice> outside the UBL namespace', '<Invoice><ID>1</ID></Invoice>', /not in the UBL namespace/],
    [
      'an Order-X purchase order',
      '<rsm:SCRDMCCBDACIOMessageStructure xmlns:rsm="urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100"/>',
      /Order-X purchase order/,
    ],
  ])('returns null with a reason for %s', (_label, xml, reason) => {
    const inspection = inspectEInvoiceXml(xml);
    expect(inspection.fields).toBeNull();
    expect(inspection.problem).toMatch(reason);
    expect(parseEInvoiceXml(xml)).toBeNull();
  });

  it('refuses external entities', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>&secret;</ID></Invoice>`;
    expect(inspectEInvoiceXml(xml).problem).toMatch(/External entities are not supported/);
  });

  it('does not blow up nested entity definitions', () => {
    const defs = ['<!ENTITY e0 "ha">'];
    for (let level = 1; level <= 6; level++)
      defs.push(`<!ENTITY e${level} "${`&e${level - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?><!DOCTYPE d [${defs.join('')}]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>&e6;</ID></Invoice>`;
    expect((parseEInvoiceXml(xml)?.invoiceNumber ?? '').length).toBeLessThan(1000);
  });

  it('gives up on absurdly deep nesting with a reason', () => {
    const inspection = inspectEInvoiceXml(`${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}`);
    expect(inspection.fields).toBeNull();
    expect(inspection.problem).toMatch(/could not be parsed/);
  });

  it('does not throw on values that are not strings', () => {
    expect(parseEInvoiceXml(undefined as unknown as string)).toBeNull();
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseEInvoiceXml(`\uFEFF${ciiInvoice()}`)?.invoiceNumber).toBe('NL-2025-041');
  });
});
