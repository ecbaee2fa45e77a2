import type { IsoDate } from '../dates/calendar.ts';

/** Built-in ladder step ids, in default order. Users may add their own ids too. */
export const BUILT_IN_STEP_IDS = [
  'courtesy',
  'reminder',
  'follow-up',
  'call',
  'final',
  'collections',
] as const;
export type BuiltInStepId = (typeof BUILT_IN_STEP_IDS)[number];
export type StepId = string;

export interface LadderStep {
  id: StepId;
  /** Days relative to the due date: -3 is three days before, 14 is two weeks after. */
  offsetDays: number;
  /** Template used for the step's draft; defaults to the step id. */
  templateId?: string;
  /** Display label; defaults to the built-in label for the id. */
  label?: string;
}

/** A rate that takes effect on a date and stays until the next entry: {from: "2026-01-01", rate: "4.25"}. */
export interface DatedRate {
  from: IsoDate;
  /** Percent a year, as a decimal string ("4.25"). */
  rate: string;
}

export type FeePolicy =
  | { kind: 'none' }
  /** A flat fee in the invoice's currency (major units, decimal string), once overdue. */
  | { kind: 'flat'; amount: string }
  /** Simple interest: the monthly percent × 12 / 365 per day. */
  | { kind: 'percent-per-month'; percent: string }
  | { kind: 'statutory-uk'; referenceRates: DatedRate[] }
  /** compensation: EUR amount as decimal string ("40.00"). */
  | { kind: 'statutory-eu'; referenceRates: DatedRate[]; compensation: string }
  | { kind: 'statutory-de'; baseRates: DatedRate[] };

export type FeeKind = FeePolicy['kind'];

export interface Policy {
  steps: LadderStep[];
  /** Minimum days between two contacts (a sent reminder or a logged call). */
  minGapDays: number;
  /** Days after the final notice is sent before the final deadline falls. */
  finalDeadlineDays: number;
  fees: FeePolicy;
}

/** A per-client override: any key given replaces the user's policy for that client. */
export type PolicyOverride = Partial<Policy>;

export type PausedReason = 'promise' | 'dispute' | 'plan' | 'client-replied' | 'snoozed';

export type InvoiceStatus = 'paid' | 'written-off' | 'collections' | 'paused' | 'overdue' | 'open';

export interface Instalment {
  date: IsoDate;
  amountMinor: number;
}

/** The events the ladder reads. Each has the calendar date it happened on. */
export type LadderEvent =
  | { type: 'sent'; date: IsoDate; step: StepId }
  | { type: 'call'; date: IsoDate; outcome: string }
  | { type: 'promise'; date: IsoDate; until: IsoDate }
  | { type: 'dispute-opened'; date: IsoDate }
  | { type: 'dispute-resolved'; date: IsoDate }
  | { type: 'client-replied'; date: IsoDate }
  | { type: 'plan-agreed'; date: IsoDate; instalments: Instalment[] }
  | { type: 'snoozed'; date: IsoDate; until: IsoDate };

export type LadderEventType = LadderEvent['type'];

/** What the ladder needs to know about one invoice. */
export interface LadderInvoice {
  id: string;
  currency: string;
  totalMinor: number;
  issueDate: IsoDate | null;
  dueDate: IsoDate;
  client: { business: boolean };
  payments: { date: IsoDate; amountMinor: number }[];
  /** Any order; the engine sorts by date (stable for equal dates). */
  events: LadderEvent[];
  state: { writtenOff: boolean; collections: boolean };
}

export interface FeeBreakdown {
  lateFeeMinor: number;
  interestMinor: number;
  compensationMinor: number;
  totalMinor: number;
}

export interface InvoicePlan {
  id: string;
  currency: string;
  balanceMinor: number;
  status: InvoiceStatus;
  /** Days since the due date (0 when not overdue). */
  daysOverdue: number;
  /** Days until the due date (0 on or after it). */
  daysUntilDue: number;
  nextStep: StepId | null;
  nextDate: IsoDate | null;
  /** nextDate <= today. */
  due: boolean;
  pausedReason: PausedReason | null;
  /** Last day of the pause where it has one (promise, snooze). */
  pausedUntil: IsoDate | null;
  finalDeadline: IsoDate | null;
  fees: FeeBreakdown;
  /** The current step: the last step sent (or called), null before any. */
  currentStep: StepId | null;
  remindersSent: number;
  lastReminderDate: IsoDate | null;
  lastContactDate: IsoDate | null;
  /** The reason in words for people: "paused: promise to pay by 5 Dec 2026". */
  reason: string;
}
