import type { IsoDate } from '../dates/calendar.ts';
import { dayOf } from './day-cache.ts';
import type { LadderIndex } from './ladder-index.ts';
import type { Instalment, LadderEvent, StepId } from './types.ts';

/** What the ladder needs from an invoice's history, as of today. Days are epoch days. */
export interface EventSummary {
  /** Furthest ladder position done (a `sent` step, or a `call` for the call step); -1 before any. */
  ladderPosition: number;
  /** The last step sent or called, by date. */
  currentStep: StepId | null;
  remindersSent: number;
  lastReminderDay: number | null;
  /** Last `sent` or `call`. */
  lastContactDay: number | null;
  /** Latest sending of the final notice. */
  lastFinalDay: number | null;
  /** Set while a dispute is open: the day it was opened. */
  disputeOpenedDay: number | null;
  latestPromise: { day: number; untilDay: number; until: IsoDate } | null;
  latestSnooze: { day: number; untilDay: number; until: IsoDate } | null;
  latestPlan: { day: number; instalments: { day: number; date: IsoDate; amountMinor: number }[] } | null;
  /** Set when the very last event is a client's reply: its day. */
  clientRepliedDay: number | null;
}

interface DatedEvent {
  day: number;
  event: LadderEvent;
}

/** Sorts by date (stable for equal dates) and ignores events dated after today: they have not happened yet. */
export function summarizeEvents(
  events: readonly LadderEvent[],
  ladder: LadderIndex,
  todayDay: number,
): EventSummary {
  const dated: DatedEvent[] = [];
  for (const event of events) {
    const day = dayOf(event.date);
    if (day <= todayDay) dated.push({ day, event });
  }
  dated.sort((a, b) => a.day - b.day);

  const summary: EventSummary = {
    ladderPosition: -1,
    currentStep: null,
    remindersSent: 0,
    lastReminderDay: null,
    lastContactDay: null,
    lastFinalDay: null,
    disputeOpenedDay: null,
    latestPromise: null,
    latestSnooze: null,
    latestPlan: null,
    clientRepliedDay: null,
  };
  const markDone = (stepId: StepId, day: number) => {
    const position = ladder.positionById.get(stepId);
    if (position !== undefined && position > summary.ladderPosition) summary.ladderPosition = position;
    summary.currentStep = stepId;
    summary.lastContactDay = day;
  };

  for (const { day, event } of dated) {
    switch (event.type) {
      case 'sent':
        markDone(event.step, day);
        summary.remindersSent++;
        summary.lastReminderDay = day;
        if (ladder.finalIds.has(event.step)) summary.lastFinalDay = day;
        break;
      case 'call':
        markDone(ladder.callStepId, day);
        break;
      case 'promise':
        summary.latestPromise = { day, untilDay: dayOf(event.until), until: event.until };
        break;
      case 'snoozed':
        summary.latestSnooze = { day, untilDay: dayOf(event.until), until: event.until };
        break;
      case 'dispute-opened':
        summary.disputeOpenedDay ??= day;
        break;
      case 'dispute-resolved':
        summary.disputeOpenedDay = null;
        break;
      case 'plan-agreed':
        summary.latestPlan = { day, instalments: sortInstalments(event.instalments) };
        break;
      case 'client-replied':
        break;
    }
  }
  const last = dated[dated.length - 1];
  if (last?.event.type === 'client-replied') summary.clientRepliedDay = last.day;
  return summary;
}

function sortInstalments(instalments: readonly Instalment[]) {
  return instalments
    .map((instalment) => ({
      day: dayOf(instalment.date),
      date: instalment.date,
      amountMinor: instalment.amountMinor,
    }))
    .sort((a, b) => a.day - b.day);
}
