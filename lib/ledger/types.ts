import type { IsoDate } from '../dates/calendar.ts';
import type { Instalment, PolicyOverride, StepId } from '../ladder/types.ts';

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
  | 'payment-removed';

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
