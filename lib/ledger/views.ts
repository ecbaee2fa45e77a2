import type { IsoDate } from '../dates/calendar.ts';
import type { InvoicePlan, PausedReason, Policy, StepId } from '../ladder/types.ts';
import type {
  ClientRecord,
  CorrectableField,
  InvoiceRecord,
  InvoiceSnapshot,
  InvoiceSource,
  MailClient,
  SenderProfile,
  TimelineEvent,
} from './types.ts';

/*
 * What the ledger's API takes and returns. Plain, serialisable data: each method maps 1:1 to
 * a message between the service worker and the extension's pages and content scripts.
 */

export interface ClientInput {
  name: string;
  email: string | null;
  company: string | null;
}

/** An invoice as detection read it from a mail thread. */
export interface DetectedInvoice {
  source: { mailClient: MailClient; threadId: string; messageId: string | null };
  /** '' when detection found no number. */
  invoiceNumber: string;
  client: ClientInput;
  currency: string;
  totalMinor: number;
  issueDate: IsoDate | null;
  dueDate: IsoDate;
  terms: string;
}

/** An invoice typed in by the user: for an existing client give its id, else its details. */
export interface ManualInvoiceInput {
  number: string;
  client: { id: string } | ClientInput;
  currency: string;
  totalMinor: number;
  issueDate: IsoDate | null;
  dueDate: IsoDate;
  terms: string;
  notes?: string;
}

export interface PaymentInput {
  date: IsoDate;
  amountMinor: number;
  note: string;
}

/** The value a correction sets: text for most fields, minor units for totalMinor, null to clear issueDate. */
export type CorrectionValue = string | number | null;

export type ClientPatch = Partial<
  Pick<ClientRecord, 'name' | 'email' | 'company' | 'business' | 'policyOverride' | 'notes'>
>;

/** Everything the sidebar panel shows for one invoice; `plan` is computed fresh for today. */
export interface InvoiceView {
  invoice: InvoiceRecord;
  client: ClientRecord;
  /** Oldest first. */
  events: TimelineEvent[];
  plan: InvoicePlan;
}

export interface TrackResult {
  created: boolean;
  /** Fields detection set or changed on an existing invoice. */
  changedFields: CorrectableField[];
  /** Fields where detection read something else but the user's correction was kept. */
  keptCorrections: CorrectableField[];
  view: InvoiceView;
}

/** One line of the popup's "needs attention" list. */
export interface AttentionRow {
  id: string;
  number: string;
  clientId: string;
  clientName: string;
  currency: string;
  balanceMinor: number;
  dueDate: IsoDate;
  daysOverdue: number;
  nextStep: StepId | null;
  nextDate: IsoDate | null;
  /** The date the invoice needs the user (the list is ordered by it). */
  attentionDate: IsoDate;
  due: boolean;
  status: InvoiceSnapshot['status'];
  pausedReason: PausedReason | null;
  /** For the link back to the mail thread. */
  source: InvoiceSource;
}

export interface CurrencyTotal {
  currency: string;
  amountMinor: number;
}

export interface BadgeSummary {
  count: number;
  /** One entry per currency, ordered by currency code. */
  totalsByCurrency: CurrencyTotal[];
}

/** One line of the options page's invoice table. */
export interface InvoiceListRow {
  id: string;
  number: string;
  clientId: string;
  clientName: string;
  currency: string;
  totalMinor: number;
  balanceMinor: number;
  issueDate: IsoDate | null;
  dueDate: IsoDate;
  status: InvoiceSnapshot['status'];
  daysOverdue: number;
  nextStep: StepId | null;
  nextDate: IsoDate | null;
  tracking: boolean;
  source: InvoiceSource;
}

export interface InvoiceListFilter {
  status?: InvoiceSnapshot['status'];
  clientId?: string;
}

/** An open invoice for a client, offered when composing to them. */
export interface OpenInvoiceRow {
  id: string;
  number: string;
  clientName: string;
  currency: string;
  balanceMinor: number;
  dueDate: IsoDate;
  daysOverdue: number;
  status: InvoiceSnapshot['status'];
  nextStep: StepId | null;
}

/** All the data for an exportable case file (collections agency, small-claims court). */
export interface CaseFileData {
  format: 'tactful-case-file';
  generatedAt: number;
  today: IsoDate;
  locale: string;
  sender: SenderProfile;
  policy: Policy;
  invoice: InvoiceRecord;
  client: ClientRecord;
  events: TimelineEvent[];
  plan: InvoicePlan;
}

/** One invoice from a CSV import, parsed and checked (see lib/ledger/csv/). */
export interface ImportInvoiceInput {
  rowNumber: number;
  number: string;
  client: ClientInput;
  currency: string;
  /** null when the file has only a balance column. */
  totalMinor: number | null;
  /** What the file says is still owed (more than zero). */
  balanceMinor: number;
  issueDate: IsoDate | null;
  dueDate: IsoDate;
}

export interface ImportRowOutcome {
  rowNumber: number;
  invoiceId: string;
  outcome: 'created' | 'updated' | 'unchanged';
  /** What an update changed, in words. */
  changes: string[];
}

export interface ImportMatchKey {
  number: string;
  clientName: string;
  clientEmail: string | null;
}
