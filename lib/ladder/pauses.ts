import type { IsoDate } from '../dates/calendar.ts';
import type { EventSummary } from './event-summary.ts';
import type { PausedReason } from './types.ts';

export interface Pause {
  reason: PausedReason | null;
  /** Last day of the pause for promises and snoozes. */
  until: IsoDate | null;
  /** The day that explains the pause to people: promise/snooze end, dispute start, reply, next instalment. */
  aboutDay: number | null;
  /** The next step may not fall before this day (every active promise, snooze or plan pushes it). */
  notBeforeDay: number | null;
}

export interface PaymentDay {
  day: number;
  amountMinor: number;
}

interface PlanStanding {
  inGoodStanding: boolean;
  /** The first instalment not yet covered by payments made since the agreement. */
  nextUnpaidDay: number | null;
}

/**
 * Pause reasons in order of precedence: promise, dispute, plan, client-replied, snoozed.
 * Every one of them makes the next step not due today (see planInvoice).
 */
export function findPause(summary: EventSummary, payments: readonly PaymentDay[], todayDay: number): Pause {
  const pause: Pause = { reason: null, until: null, aboutDay: null, notBeforeDay: null };
  const pushNotBefore = (day: number) => {
    pause.notBeforeDay = pause.notBeforeDay === null ? day : Math.max(pause.notBeforeDay, day);
  };
  const take = (reason: PausedReason, aboutDay: number | null, until: IsoDate | null = null) => {
    if (pause.reason !== null) return;
    pause.reason = reason;
    pause.aboutDay = aboutDay;
    pause.until = until;
  };

  const promise = summary.latestPromise;
  if (promise && promise.untilDay >= todayDay) {
    take('promise', promise.untilDay, promise.until);
    pushNotBefore(promise.untilDay + 1);
  }
  if (summary.disputeOpenedDay !== null) take('dispute', summary.disputeOpenedDay);
  if (summary.latestPlan) {
    const standing = planStanding(summary.latestPlan, payments, todayDay);
    if (standing.inGoodStanding) {
      take('plan', standing.nextUnpaidDay);
      if (standing.nextUnpaidDay !== null) pushNotBefore(standing.nextUnpaidDay + 1);
    }
  }
  if (summary.clientRepliedDay !== null) take('client-replied', summary.clientRepliedDay);
  const snooze = summary.latestSnooze;
  if (snooze && snooze.untilDay >= todayDay) {
    take('snoozed', snooze.untilDay, snooze.until);
    pushNotBefore(snooze.untilDay + 1);
  }
  return pause;
}

/**
 * A plan is in good standing while every instalment that has fallen due is covered by the payments
 * made since the agreement. An instalment falls due the day after its date: like a promise, the
 * client has the whole of the instalment's day to pay.
 */
function planStanding(
  plan: NonNullable<EventSummary['latestPlan']>,
  payments: readonly PaymentDay[],
  todayDay: number,
): PlanStanding {
  let paidSinceMinor = 0;
  for (const payment of payments) if (payment.day >= plan.day) paidSinceMinor += payment.amountMinor;
  let scheduledMinor = 0;
  let nextUnpaidDay: number | null = null;
  for (const instalment of plan.instalments) {
    scheduledMinor += instalment.amountMinor;
    if (scheduledMinor <= paidSinceMinor) continue;
    if (instalment.day < todayDay) return { inGoodStanding: false, nextUnpaidDay: instalment.day };
    nextUnpaidDay ??= instalment.day;
  }
  return { inGoodStanding: true, nextUnpaidDay };
}
