import type { IsoDate } from '../../dates/calendar.ts';
import { ublDate } from './dates.ts';
import { currencyFromAmounts, inCurrency, readMoney } from './money-fields.ts';
import { ublParty } from './parties.ts';
import { settleTerms } from './payment-terms.ts';
import { isCreditNoteCode, ublProfile } from './profiles.ts';
import type { ReadResult } from './types.ts';
import { descendant, descendants, textAt, textOf } from './xml-tree.ts';

/** UBL 2.1 Invoice or CreditNote (Peppol BIS 3, XRechnung UBL, plain UBL). */
export function readUbl(root: unknown, rootName: 'Invoice' | 'CreditNote'): ReadResult {
  const notes: string[] = [];
  const totals = descendant(root, 'LegalMonetaryTotal');
  const declaredCurrency = textAt(root, 'DocumentCurrencyCode')?.toUpperCase() ?? null;
  const amounts = {
    payable: inCurrency(descendants(totals, 'PayableAmount'), declaredCurrency),
    total: inCurrency(descendants(totals, 'TaxInclusiveAmount'), declaredCurrency),
    prepaid: inCurrency(descendants(totals, 'PrepaidAmount'), declaredCurrency),
  };
  const currency = declaredCurrency ?? currencyFromAmounts(amounts);

  // BT-9 sits in cbc:DueDate on an Invoice and in PaymentMeans on a CreditNote.
  const dueDates = [
    ...descendants(root, 'DueDate'),
    ...descendants(root, 'PaymentMeans', 'PaymentDueDate'),
    ...descendants(root, 'PaymentTerms', 'PaymentDueDate'),
  ]
    .map(ublDate)
    .filter((date): date is IsoDate => date !== null);
  const termTexts = descendants(root, 'PaymentTerms', 'Note')
    .map(textOf)
    .filter((text): text is string => text !== null);
  const { terms, dueDate } = settleTerms(termTexts, dueDates.slice(0, 1), notes);

  const seller = ublParty(descendant(root, 'AccountingSupplierParty', 'Party'));
  const buyer = ublParty(descendant(root, 'AccountingCustomerParty', 'Party'));
  const typeCode = textAt(root, rootName === 'Invoice' ? 'InvoiceTypeCode' : 'CreditNoteTypeCode');
  return {
    ok: true,
    notes,
    fields: {
      invoiceNumber: textAt(root, 'ID'),
      issueDate: ublDate(descendant(root, 'IssueDate')),
      dueDate,
      currency,
      ...readMoney(amounts, currency, notes),
      sellerName: seller.name,
      sellerEmail: seller.email,
      buyerName: buyer.name,
      buyerEmail: buyer.email,
      terms,
      profile: ublProfile(textAt(root, 'CustomizationID')),
      documentType: rootName === 'CreditNote' || isCreditNoteCode(typeCode) ? 'credit-note' : 'invoice',
    },
  };
}
