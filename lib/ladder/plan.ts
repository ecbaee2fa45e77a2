import type { IsoDate } from '../dates/calendar.ts';
import { dateOf, dayOf } from './day-cache.ts';
import { summarizeEvents } from './event-summary.ts';
import { computeFees } from './fees.ts';
import { indexLadder } from './ladder-index.ts';
import { findNextStep } from './next-step.ts';
import { findPause, type Pause, type PaymentDay } from './pauses.ts';
import { describeReason } from './reason.ts';
import type { InvoicePlan, InvoiceStatus, LadderInvoice, Policy } from './types.ts';

const NO_PAUSE: Pause = { reason: null, until: null, aboutDay: null, notBeforeDay: null };

/**
 * Where an invoice stands on its ladder as of `today`. A pure function of its inputs.
 *
 * Choices the contract leaves open, made here:
 * - payments and events dated after `today` are ignored: as of today they have not happened;
 * - a paid, written-off or handed-over invoice has no next step and no pause (the ladder has stopped,
 *   not paused); its fees are still reported, since late charges accrued before payment stay owed;
 * - daysOverdue counts only while something is owed: 0 once paid;
 * - `due` is exactly `nextDate <= today`, as the contract defines it: promises and snoozes push nextDate
 *   past their end, so they are never due; a dispute or a client's reply keeps the computed
 *   nextStep/nextDate (a plan: at least the day after its next unpaid instalment), so such an invoice
 *   can be `due` and paused at once — callers that act on `due` check `pausedReason` first.
 */
export function planInvoice(
  invoice: LadderInvoice,
  policy: Policy,
  today: IsoDate,
  locale = 'en-GB',
): InvoicePlan {
  const todayDay = dayOf(today);
  const dueDay = dayOf(invoice.dueDate);
  const ladder = indexLadder(policy);
  const payments = paymentsUpTo(invoice, todayDay);
  let balanceMinor = invoice.totalMinor;
  for (const payment of payments) balanceMinor -= payment.amountMinor;

  const summary = summarizeEvents(invoice.events, ladder, todayDay);
  const finalDeadlineDay =
    summary.lastFinalDay === null ? null : summary.lastFinalDay + policy.finalDeadlineDays;
  const closed = balanceMinor <= 0 || invoice.state.writtenOff || invoice.state.collections;
  const pause = closed ? NO_PAUSE : findPause(summary, payments, todayDay);
  const next = closed
    ? null
    : findNextStep({
        ladder,
        summary,
        dueDay,
        todayDay,
        minGapDays: policy.minGapDays,
        finalDeadlineDay,
        notBeforeDay: pause.notBeforeDay,
      });
  const nextDay = next === null ? null : next.day;
  const due = nextDay !== null && nextDay <= todayDay;
  const status = statusOf(invoice, balanceMinor, pause, todayDay > dueDay);
  const daysOverdue = balanceMinor > 0 ? Math.max(0, todayDay - dueDay) : 0;
  const nextDate = nextDay === null ? null : dateOf(nextDay);

  return {
    id: invoice.id,
    currency: invoice.currency,
    balanceMinor,
    status,
    daysOverdue,
    daysUntilDue: Math.max(0, dueDay - todayDay),
    nextStep: next?.step.id ?? null,
    nextDate,
    due,
    pausedReason: pause.reason,
    pausedUntil: pause.until,
    finalDeadline: finalDeadlineDay === null ? null : dateOf(finalDeadlineDay),
    fees: computeFees(invoice, policy.fees, today),
    currentStep: summary.currentStep,
    remindersSent: summary.remindersSent,
    lastReminderDate: summary.lastReminderDay === null ? null : dateOf(summary.lastReminderDay),
    lastContactDate: summary.lastContactDay === null ? null : dateOf(summary.lastContactDay),
    reason: describeReason({
      status,
      balanceMinor,
      currency: invoice.currency,
      daysOverdue,
      pause,
      nextStep: next?.step ?? null,
      nextDate,
      due,
      today,
      locale,
    }),
  };
}

/** Plans many invoices; `policy` may be one policy or a function giving each invoice's (per-client) policy. */
export function planAll(
  invoices: readonly LadderInvoice[],
  policy: Policy | ((invoice: LadderInvoice) => Policy),
  today: IsoDate,
  locale = 'en-GB',
): InvoicePlan[] {
  const policyFor = typeof policy === 'function' ? policy : () => policy;
  return invoices.map((invoice) => planInvoice(invoice, policyFor(invoice), today, locale));
}

function statusOf(
  invoice: LadderInvoice,
  balanceMinor: number,
  pause: Pause,
  pastDue: boolean,
): InvoiceStatus {
  if (balanceMinor <= 0) return 'paid';
  if (invoice.state.writtenOff) return 'written-off';
  if (invoice.state.collections) return 'collections';
  if (pause.reason !== null) return 'paused';
  return pastDue ? 'overdue' : 'open';
}

function paymentsUpTo(invoice: LadderInvoice, todayDay: number): PaymentDay[] {
  const payments: PaymentDay[] = [];
  for (const payment of invoice.payments) {
    const day = dayOf(payment.date);
    if (day <= todayDay) payments.push({ day, amountMinor: payment.amountMinor });
  }
  return payments;
}
