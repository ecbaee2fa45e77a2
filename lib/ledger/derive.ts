import { addDays, daysBetween, type IsoDate } from '../dates/calendar.ts';
import { planInvoice } from '../ladder/plan.ts';
import type { InvoicePlan, LadderEvent, LadderInvoice, Policy } from '../ladder/types.ts';
import type {
  ClientRecord,
  ClientRow,
  InvoiceRecord,
  InvoiceRow,
  InvoiceSnapshot,
  InvoiceSource,
  TimelineEvent,
} from './types.ts';

/*
 * Derived data. The toolbar badge and the popup must answer in a few milliseconds over
 * thousands of invoices, which rules out running the ladder at read time. So every write to an
 * invoice (or to its events) stores the ladder's verdict on the row, plus two indexed scalars
 * the badge and popup query directly: `overdueSince` and `attentionDate`.
 */

type ClientFacts = Pick<ClientRecord, 'business'>;

export function threadKeyOf(source: InvoiceSource): string {
  return source.kind === 'mail' ? `${source.mailClient}:${source.threadId}` : '';
}

/** "INV 0042", "inv-0042 " and "INV-0042" are the same invoice number. */
export function numberKeyOf(number: string): string {
  return number
    .trim()
    .toUpperCase()
    .replace(/[\s\-_/.#]+/g, '');
}

export function emailKeyOf(email: string | null): string {
  return (email ?? '').trim().toLowerCase();
}

export function nameKeyOf(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function clientRowOf(record: ClientRecord): ClientRow {
  return { ...record, emailKey: emailKeyOf(record.email), nameKey: nameKeyOf(record.name) };
}

export function clientRecordOf(row: ClientRow): ClientRecord {
  const { emailKey: _emailKey, nameKey: _nameKey, ...record } = row;
  return record;
}

export function invoiceRecordOf(row: InvoiceRow): InvoiceRecord {
  const {
    snapshot: _snapshot,
    overdueSince: _overdueSince,
    attentionDate: _attentionDate,
    threadKey: _threadKey,
    numberKey: _numberKey,
    ...record
  } = row;
  return record;
}

/** Timeline events in the order they happened: by date, then by when they were recorded. */
export function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.at - b.at));
}

/** The timeline events the ladder reads; drafts, notes, payments and state changes are not among them. */
export function ladderEventsOf(events: TimelineEvent[]): LadderEvent[] {
  const out: LadderEvent[] = [];
  for (const event of sortEvents(events)) {
    switch (event.type) {
      case 'sent':
        out.push({ type: 'sent', date: event.date, step: event.step });
        break;
      case 'call':
        out.push({ type: 'call', date: event.date, outcome: event.outcome });
        break;
      case 'promise':
        out.push({ type: 'promise', date: event.date, until: event.until });
        break;
      case 'dispute-opened':
      case 'dispute-resolved':
      case 'client-replied':
        out.push({ type: event.type, date: event.date });
        break;
      case 'plan-agreed':
        out.push({ type: 'plan-agreed', date: event.date, instalments: event.instalments });
        break;
      case 'snoozed':
        out.push({ type: 'snoozed', date: event.date, until: event.until });
        break;
      default:
        break;
    }
  }
  return out;
}

export function ladderInvoiceOf(
  invoice: InvoiceRecord,
  events: TimelineEvent[],
  client: ClientFacts,
): LadderInvoice {
  return {
    id: invoice.id,
    currency: invoice.currency,
    totalMinor: invoice.totalMinor,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    client: { business: client.business },
    payments: invoice.payments.map((payment) => ({ date: payment.date, amountMinor: payment.amountMinor })),
    events: ladderEventsOf(events),
    state: { writtenOff: invoice.state.writtenOff, collections: invoice.state.collections },
  };
}

export function planOf(
  invoice: InvoiceRecord,
  events: TimelineEvent[],
  policy: Policy,
  today: IsoDate,
  client: ClientFacts,
  locale?: string,
): InvoicePlan {
  return planInvoice(ladderInvoiceOf(invoice, events, client), policy, today, locale);
}

/** The one function that computes an invoice's stored snapshot. */
export function snapshotOf(
  invoice: InvoiceRecord,
  events: TimelineEvent[],
  policy: Policy,
  today: IsoDate,
  client: ClientFacts = { business: false },
): InvoiceSnapshot {
  let plan: InvoicePlan;
  try {
    plan = planOf(invoice, events, policy, today, client);
  } catch {
    // One odd row (say, a currency the ladder rejects) must not stop the badge or a migration.
    return fallbackSnapshot(invoice, today);
  }
  return {
    computedFor: today,
    balanceMinor: plan.balanceMinor,
    status: invoice.state.tracking ? plan.status : 'not-tracked',
    nextStep: plan.nextStep,
    nextDate: plan.nextDate,
    due: plan.due,
    pausedReason: plan.pausedReason,
    pausedUntil: plan.pausedUntil,
    daysOverdue: plan.daysOverdue,
    remindersSent: plan.remindersSent,
    lastContactDate: plan.lastContactDate,
  };
}

function fallbackSnapshot(invoice: InvoiceRecord, today: IsoDate): InvoiceSnapshot {
  const paidMinor = invoice.payments.reduce((sum, payment) => sum + payment.amountMinor, 0);
  const balanceMinor = Math.max(0, invoice.totalMinor - paidMinor);
  const daysOverdue = balanceMinor > 0 ? Math.max(0, daysBetween(invoice.dueDate, today)) : 0;
  const status: InvoiceSnapshot['status'] = !invoice.state.tracking
    ? 'not-tracked'
    : balanceMinor === 0
      ? 'paid'
      : invoice.state.writtenOff
        ? 'written-off'
        : invoice.state.collections
          ? 'collections'
          : daysOverdue > 0
            ? 'overdue'
            : 'open';
  return {
    computedFor: today,
    balanceMinor,
    status,
    nextStep: null,
    nextDate: null,
    due: false,
    pausedReason: null,
    pausedUntil: null,
    daysOverdue,
    remindersSent: 0,
    lastContactDate: null,
  };
}

/** True while the user is still chasing this invoice: money owed, tracked, not given up or handed over. */
export function isChased(invoice: InvoiceRecord, snapshot: InvoiceSnapshot): boolean {
  return (
    snapshot.balanceMinor > 0 &&
    invoice.state.tracking &&
    !invoice.state.writtenOff &&
    !invoice.state.collections
  );
}

/** The indexed fields the badge and popup query, from the snapshot. */
export function indexedFieldsOf(
  invoice: InvoiceRecord,
  snapshot: InvoiceSnapshot,
): Pick<InvoiceRow, 'overdueSince' | 'attentionDate'> {
  if (!isChased(invoice, snapshot)) return { overdueSince: '', attentionDate: '' };
  // Without a next step (paused, or the ladder has run out) the invoice still wants a look: the
  // day after a promise or snooze ends, or else from its due date on.
  const attentionDate =
    snapshot.nextDate ?? (snapshot.pausedUntil ? addDays(snapshot.pausedUntil, 1) : invoice.dueDate);
  return { overdueSince: invoice.dueDate, attentionDate };
}

export function invoiceRowOf(
  invoice: InvoiceRecord,
  events: TimelineEvent[],
  policy: Policy,
  today: IsoDate,
  client: ClientFacts,
): InvoiceRow {
  const snapshot = snapshotOf(invoice, events, policy, today, client);
  return {
    ...invoice,
    snapshot,
    ...indexedFieldsOf(invoice, snapshot),
    threadKey: threadKeyOf(invoice.source),
    numberKey: numberKeyOf(invoice.number),
  };
}

/** True when two rows of the same invoice carry the same derived data, whatever day each was computed for. */
export function sameDerived(a: InvoiceRow, b: InvoiceRow): boolean {
  if (
    a.overdueSince !== b.overdueSince ||
    a.attentionDate !== b.attentionDate ||
    a.threadKey !== b.threadKey ||
    a.numberKey !== b.numberKey
  ) {
    return false;
  }
  const x = a.snapshot;
  const y = b.snapshot;
  return (
    x.balanceMinor === y.balanceMinor &&
    x.status === y.status &&
    x.nextStep === y.nextStep &&
    x.nextDate === y.nextDate &&
    x.due === y.due &&
    x.pausedReason === y.pausedReason &&
    x.pausedUntil === y.pausedUntil &&
    x.daysOverdue === y.daysOverdue &&
    x.remindersSent === y.remindersSent &&
    x.lastContactDate === y.lastContactDate
  );
}

export function groupEventsByInvoice(events: TimelineEvent[]): Map<string, TimelineEvent[]> {
  const byInvoice = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const list = byInvoice.get(event.invoiceId);
    if (list) list.push(event);
    else byInvoice.set(event.invoiceId, [event]);
  }
  return byInvoice;
}
