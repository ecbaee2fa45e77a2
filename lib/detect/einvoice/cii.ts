import type { IsoDate } from '../../dates/calendar.ts';
import { ciiDate } from './dates.ts';
import { currencyFromAmounts, inCurrency, readMoney } from './money-fields.ts';
import { ciiParty } from './parties.ts';
import { settleTerms, termsFromNotes } from './payment-terms.ts';
import { ciiProfile, isCreditNoteCode, zugferd1Profile } from './profiles.ts';
import type { ReadResult } from './types.ts';
import { descendant, descendants, rawTextOf, textAt, textOf } from './xml-tree.ts';

/** Element names that differ between ZUGFeRD 1.0 (CrossIndustryDocument) and CII D16B. */
interface CiiLayout {
  context: string;
  document: string;
  transaction: string;
  agreement: string;
  settlement: string;
  summation: string;
  profile: (guideline: string | null) => string;
}

/** Factur-X, ZUGFeRD 2.x and XRechnung CII: root CrossIndustryInvoice. */
export const CII_D16B: CiiLayout = {
  context: 'ExchangedDocumentContext',
  document: 'ExchangedDocument',
  transaction: 'SupplyChainTradeTransaction',
  agreement: 'ApplicableHeaderTradeAgreement',
  settlement: 'ApplicableHeaderTradeSettlement',
  summation: 'SpecifiedTradeSettlementHeaderMonetarySummation',
  profile: ciiProfile,
};

/** ZUGFeRD 1.0: root CrossIndustryDocument. */
export const ZUGFERD_1: CiiLayout = {
  context: 'SpecifiedExchangedDocumentContext',
  document: 'HeaderExchangedDocument',
  transaction: 'SpecifiedSupplyChainTradeTransaction',
  agreement: 'ApplicableSupplyChainTradeAgreement',
  settlement: 'ApplicableSupplyChainTradeSettlement',
  summation: 'SpecifiedTradeSettlementMonetarySummation',
  profile: zugferd1Profile,
};

export function readCii(root: unknown, layout: CiiLayout): ReadResult {
  const notes: string[] = [];
  const document = descendant(root, layout.document);
  if (document === undefined) return { ok: false, problem: `the invoice has no ${layout.document} element` };
  const transaction = descendant(root, layout.transaction);
  const agreement = descendant(transaction, layout.agreement);
  const settlement = descendant(transaction, layout.settlement);
  const summation = descendant(settlement, layout.summation);

  const declaredCurrency = textAt(settlement, 'InvoiceCurrencyCode')?.toUpperCase() ?? null;
  const amounts = {
    payable: inCurrency(descendants(summation, 'DuePayableAmount'), declaredCurrency),
    total: inCurrency(descendants(summation, 'GrandTotalAmount'), declaredCurrency),
    prepaid: inCurrency(descendants(summation, 'TotalPrepaidAmount'), declaredCurrency),
  };
  const currency = declaredCurrency ?? currencyFromAmounts(amounts);

  const paymentTerms = descendants(settlement, 'SpecifiedTradePaymentTerms');
  let termTexts = paymentTerms.flatMap((term) => descendants(term, 'Description').map(textOf));
  if (termTexts.every((text) => text === null)) {
    termTexts = termsFromNotes(
      descendants(document, 'IncludedNote').map((note) => ({
        text: rawTextOf(descendant(note, 'Content')) ?? '',
        subject: textAt(note, 'SubjectCode'),
      })),
    );
  }
  const dueDates = paymentTerms
    .flatMap((term) => descendants(term, 'DueDateDateTime', 'DateTimeString').map(ciiDate))
    .filter((date): date is IsoDate => date !== null);
  const { terms, dueDate } = settleTerms(
    termTexts.filter((text): text is string => text !== null),
    dueDates,
    notes,
  );

  const seller = ciiParty(descendant(agreement, 'SellerTradeParty'));
  const buyer = ciiParty(descendant(agreement, 'BuyerTradeParty'));
  const guideline = textAt(root, layout.context, 'GuidelineSpecifiedDocumentContextParameter', 'ID');
  return {
    ok: true,
    notes,
    fields: {
      invoiceNumber: textAt(document, 'ID'),
      issueDate: ciiDate(descendant(document, 'IssueDateTime', 'DateTimeString')),
      dueDate,
      currency,
      ...readMoney(amounts, currency, notes),
      sellerName: seller.name,
      sellerEmail: seller.email,
      buyerName: buyer.name,
      buyerEmail: buyer.email,
      terms,
      profile: layout.profile(guideline),
      documentType: isCreditNoteCode(textAt(document, 'TypeCode')) ? 'credit-note' : 'invoice',
    },
  };
}
