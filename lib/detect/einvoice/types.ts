import type { IsoDate } from '../../dates/calendar.ts';

export type EInvoiceDocumentType = 'invoice' | 'credit-note';

/** What an e-invoice states, in the project's units: minor units, ISO 4217 codes, IsoDate. */
export interface EInvoiceFields {
  invoiceNumber: string | null;
  issueDate: IsoDate | null;
  dueDate: IsoDate | null;
  currency: string | null;
  /**
   * Amount still to pay (BT-115). Kept as written, so it can be negative (prepaid more than
   * the total) or be a refund on a credit note: `documentType` and the caller decide.
   * Null when the currency is unknown (the currency code is still given).
   */
  amountDueMinor: number | null;
  /** Invoice total with tax (BT-112). */
  totalMinor: number | null;
  sellerName: string | null;
  sellerEmail: string | null;
  buyerName: string | null;
  buyerEmail: string | null;
  /** Payment terms as written (several terms joined by newlines). */
  terms: string | null;
  /** Syntax and profile, e.g. 'factur-x:en16931', 'zugferd-1:basic', 'xrechnung', 'ubl-2.1'. */
  profile: string;
  documentType: EInvoiceDocumentType;
}

/** The fields plus, when there are none, why; and remarks worth showing even on success. */
export interface EInvoiceInspection {
  fields: EInvoiceFields | null;
  /** A sentence for people saying why `fields` is null; null when fields were found. */
  problem: string | null;
  /** Non-fatal remarks: an amount left empty for an unknown currency, a due date read from prose… */
  notes: string[];
  /** Name of the embedded file the fields came from (PDF input), else null. */
  embeddedFile: string | null;
}

/** What one syntax reader returns for a parsed document. */
export type ReadResult =
  | { ok: true; fields: EInvoiceFields; notes: string[] }
  | { ok: false; problem: string };
