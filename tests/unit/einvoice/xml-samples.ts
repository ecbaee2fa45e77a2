/**
 * Small hand-written e-invoices for edge cases. Each builder takes the parts a test varies
 * and fills the rest with one fictitious freelancer billing one client.
 */
export interface CiiParts {
  guideline?: string;
  number?: string;
  typeCode?: string;
  issue?: string;
  currency?: string | null;
  terms?: string;
  summation?: string;
  seller?: string;
  buyer?: string;
  notes?: string;
}

export function ciiInvoice(parts: CiiParts = {}): string {
  const {
    guideline = 'urn:cen.eu:en16931:2017',
    number = 'NL-2025-041',
    typeCode = '380',
    issue = '<udt:DateTimeString format="102">20250910</udt:DateTimeString>',
    currency = 'EUR',
    terms = `<ram:SpecifiedTradePaymentTerms>
        <ram:Description>Please pay within 14 days</ram:Description>
        <ram:DueDateDateTime><udt:DateTimeString format="102">20250924</udt:DateTimeString></ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>`,
    summation = `<ram:TaxBasisTotalAmount>1000.00</ram:TaxBasisTotalAmount>
        <ram:GrandTotalAmount>1190.00</ram:GrandTotalAmount>
        <ram:DuePayableAmount>1190.00</ram:DuePayableAmount>`,
    seller = `<ram:Name>Atelier Nordlicht</ram:Name>
        <ram:DefinedTradeContact><ram:EmailURIUniversalCommunication><ram:URIID>studio@nordlicht.example</ram:URIID></ram:EmailURIUniversalCommunication></ram:DefinedTradeContact>`,
    buyer = `<ram:Name>Hafenbrauerei KG</ram:Name>
        <ram:URIUniversalCommunication><ram:URIID schemeID="EM">rechnungen@hafenbrauerei.example</ram:URIID></ram:URIUniversalCommunication>`,
    notes = '',
  } = parts;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>${guideline}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>${number}</ram:ID>
    <ram:TypeCode>${typeCode}</ram:TypeCode>
    <ram:IssueDateTime>${issue}</ram:IssueDateTime>
    ${notes}
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty>${seller}</ram:SellerTradeParty>
      <ram:BuyerTradeParty>${buyer}</ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      ${currency === null ? '' : `<ram:InvoiceCurrencyCode>${currency}</ram:InvoiceCurrencyCode>`}
      ${terms}
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        ${summation}
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;
}

export interface UblParts {
  root?: 'Invoice' | 'CreditNote';
  customization?: string;
  dates?: string;
  currency?: string;
  totals?: string;
  paymentMeans?: string;
  terms?: string;
  supplierContact?: string;
}

export function ublDocument(parts: UblParts = {}): string {
  const {
    root = 'Invoice',
    customization = 'urn:cen.eu:en16931:2017',
    dates = '<cbc:IssueDate>2025-10-01</cbc:IssueDate><cbc:DueDate>2025-10-31</cbc:DueDate>',
    currency = 'GBP',
    totals = `<cbc:TaxInclusiveAmount currencyID="GBP">600.00</cbc:TaxInclusiveAmount>
      <cbc:PayableAmount currencyID="GBP">600.00</cbc:PayableAmount>`,
    paymentMeans = '',
    terms = '<cac:PaymentTerms><cbc:Note>Net 30</cbc:Note></cac:PaymentTerms>',
    supplierContact = '<cac:Contact><cbc:ElectronicMail>accounts@kettleworks.example</cbc:ElectronicMail></cac:Contact>',
  } = parts;
  const typeCode =
    root === 'Invoice'
      ? '<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>'
      : '<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>${customization}</cbc:CustomizationID>
  <cbc:ID>KW-7731</cbc:ID>
  ${dates}
  ${typeCode}
  <cbc:DocumentCurrencyCode>${currency}</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PartyName><cbc:Name>Kettle Works</cbc:Name></cac:PartyName>
    ${supplierContact}
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cbc:EndpointID schemeID="EM">ap@bramblecafe.example</cbc:EndpointID>
    <cac:PartyLegalEntity><cbc:RegistrationName>Bramble Café Ltd</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  ${paymentMeans}
  ${terms}
  <cac:LegalMonetaryTotal>
    ${totals}
  </cac:LegalMonetaryTotal>
</${root}>`;
}
