import type { IsoDate } from '../dates/calendar.ts';
import type { Instalment, InvoiceStatus, PausedReason, PolicyOverride, StepId } from '../ladder/types.ts';

export type MailClient = 'gmail' | 'outlook';

/** Where a tracked invoice came from. */
export type InvoiceSource =
  | { kind: 'mail'; mailClient: MailClient; threadId: string; messageId: string | null }
  | { kind: 'import'; fileName: string; row: number }
  | { kind: 'manual' };

export interface ClientRecord {
  id: string;
  name: string;
  email: string | null;
  company: string | null;
  /** Statutory late-payment interest only applies between businesses. */
  business: boolean;
  policyOverride: PolicyOverride | null;
  notes: string;
  createdAt: number;
  updatedAt: number;
}

export interface PaymentRecord {
  id: string;
  date: IsoDate;
  amountMinor: number;
  note: string;
}

/** Fields a user can correct; a corrected field is never overwritten by detection again. */
export type CorrectableField =
  | 'number'
  | 'clientId'
  | 'currency'
  | 'totalMinor'
  | 'issueDate'
  | 'dueDate'
  | 'terms';

export interface InvoiceRecord {
  id: string;
  number: string;
  clientId: string;
  currency: string;
  totalMinor: number;
  issueDate: IsoDate | null;
  dueDate: IsoDate;
  terms: string;
  payments: PaymentRecord[];
  source: InvoiceSource;
  state: {
    writtenOff: boolean;
    collections: boolean;
    /** false after "stop tracking"; reversible, nothing is deleted. */
    tracking: boolean;
  };
  corrected: CorrectableField[];
  notes: string;
  createdAt: number;
  updatedAt: number;
}

export type CallOutcome =
  | 'promised'
  | 'paying-today'
  | 'not-received'
  | 'awaiting-approval'
  | 'disputed'
  | 'unreachable'
  | 'voicemail';

export type StateChange =
  | 'written-off'
  | 'reinstated'
  | 'collections'
  | 'collections-withdrawn'
  | 'tracking-stopped'
  | 'tracking-resumed'
  | 'field-corrected'
  | 'payment-removed'
  /** The invoice entered the ledger (detail: from which mail thread, file row or by hand). */
  | 'tracking-started'
  /** Detection or a re-import changed fields the user had not corrected (detail: old -> new). */
  | 'details-updated';

/** What happened, without bookkeeping fields. */
export type TimelineEventBody =
  | { type: 'drafted'; step: StepId; templateId: string }
  | { type: 'sent'; step: StepId }
  | { type: 'call'; outcome: CallOutcome; note: string }
  | { type: 'promise'; until: IsoDate; note: string }
  | { type: 'dispute-opened'; reason: string }
  | { type: 'dispute-resolved'; note: string }
  | { type: 'client-replied'; summary: string }
  | { type: 'plan-agreed'; instalments: Instalment[] }
  | { type: 'snoozed'; until: IsoDate }
  | { type: 'payment-recorded'; paymentId: string; amountMinor: number; note: string }
  | { type: 'note'; text: string }
  | { type: 'state-changed'; change: StateChange; detail: string };

export type TimelineEventType = TimelineEventBody['type'];

export type TimelineEvent = TimelineEventBody & {
  id: string;
  invoiceId: string;
  /** Calendar date it happened on, in the user's time zone. */
  date: IsoDate;
  /** When it was recorded (ms since epoch): orders events on the same date. */
  at: number;
};

export interface SenderProfile {
  name: string;
  position: string;
  company: string;
  email: string;
  phone: string;
  signature: string;
  paymentInstructions: string;
}

export interface Identities {
  /** The user's own addresses: mail from these is "sent". */
  addresses: string[];
  businessName: string;
}

export interface TemplateOverride {
  subject: string;
  body: string;
  updatedAt: number;
}

/**
 * The derived part of an invoice row, recomputed by snapshotOf() from the invoice, its events,
 * the resolved policy and the date. Stored so the badge and popup never run the ladder.
 */
export interface InvoiceSnapshot {
  /**
   * The date the snapshot was computed for. A refresh leaves rows alone whose snapshot would only
   * differ in this date, so it can be older than the ledger-wide stamp; the rest still holds.
   */
  computedFor: IsoDate;
  balanceMinor: number;
  status: InvoiceStatus | 'not-tracked';
  nextStep: StepId | null;
  nextDate: IsoDate | null;
  due: boolean;
  pausedReason: PausedReason | null;
  /** Last day of a promise or snooze pause. */
  pausedUntil: IsoDate | null;
  daysOverdue: number;
  remindersSent: number;
  lastContactDate: IsoDate | null;
}

/** An invoice as stored: the record plus derived, indexed fields (see lib/ledger/derive.ts). */
export interface InvoiceRow extends InvoiceRecord {
  snapshot: InvoiceSnapshot;
  /** The due date while the invoice counts as overdue for the badge, else ''. */
  overdueSince: IsoDate | '';
  /** The date the invoice next needs the user, else ''. */
  attentionDate: IsoDate | '';
  /** `${mailClient}:${threadId}` for invoices found in mail, else ''. */
  threadKey: string;
  /** The invoice number compared loosely (case and spacing ignored). */
  numberKey: string;
}

/** A client as stored: the record plus lower-cased lookup keys. */
export interface ClientRow extends ClientRecord {
  /** Lower-cased email, '' when unknown. */
  emailKey: string;
  /** Lower-cased, space-collapsed name. */
  nameKey: string;
}

/** A row of the settings table: one typed setting (see lib/ledger/settings.ts) or bookkeeping. */
export interface SettingRow {
  key: string;
  value: unknown;
}
