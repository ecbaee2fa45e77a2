import type { IsoDate } from '../../dates/calendar.ts';
import { formatDate } from '../../dates/calendar.ts';
import type { MessageKind, ThreadDetection } from '../../detect/types.ts';
import type { InvoiceView } from '../../ledger/views.ts';

/** The colour family of a thread-row label. */
export type LabelTone = 'overdue' | 'soon' | 'paused' | 'paid' | 'open';

export interface ThreadLabel {
  text: string;
  tone: LabelTone;
}

/** What a client's latest message says, offered to the user as a one-click change. */
export interface Proposal {
  kind: Extract<MessageKind, 'payment' | 'promise' | 'dispute'>;
  /** The message that said it. */
  messageId: string | null;
  messageDate: IsoDate | null;
  promiseDate: IsoDate | null;
  /** The amount the message mentions, when it mentions one. */
  amountMinor: number | null;
}

export interface ThreadModel {
  /** Whether the thread gets a panel: an invoice thread, or one the user tracks. */
  show: boolean;
  detection: ThreadDetection;
  view: InvoiceView | null;
  /** Tracked on this open because detection found a sent invoice with enough fields. */
  autoTracked: boolean;
  proposal: Proposal | null;
  label: ThreadLabel | null;
  /** Why an invoice-looking thread was not tracked automatically (missing due date…). */
  trackingHint: string | null;
  /** The user's locale and calendar date the model was computed for; the panel renders with them. */
  locale: string;
  today: IsoDate;
}

/** The list label for a tracked invoice: "Overdue 12d", "Due in 3d", "Promised 5 Dec", "Paid". */
export function labelFor(view: InvoiceView, today: IsoDate, locale: string): ThreadLabel | null {
  const { plan, invoice } = view;
  if (!invoice.state.tracking) return null;
  if (plan.status === 'paid') return { text: 'Paid', tone: 'paid' };
  if (plan.status === 'written-off') return { text: 'Written off', tone: 'paid' };
  if (plan.status === 'collections') return { text: 'With collections', tone: 'overdue' };
  if (plan.pausedReason === 'promise' && plan.pausedUntil) {
    return {
      text: `Promised ${formatDate(plan.pausedUntil, locale).replace(/\s\d{4}$/, '')}`,
      tone: 'paused',
    };
  }
  if (plan.pausedReason === 'dispute') return { text: 'Disputed', tone: 'paused' };
  if (plan.pausedReason === 'plan') return { text: 'On a plan', tone: 'paused' };
  if (plan.daysOverdue > 0) return { text: `Overdue ${plan.daysOverdue}d`, tone: 'overdue' };
  if (invoice.dueDate === today) return { text: 'Due today', tone: 'soon' };
  if (plan.daysUntilDue <= 7) return { text: `Due in ${plan.daysUntilDue}d`, tone: 'soon' };
  return { text: 'Invoice', tone: 'open' };
}
