import type { IsoDate } from '../dates/calendar.ts';
import { formatMoney } from '../money/amount.ts';
import { dateOf, formatDay } from './day-cache.ts';
import type { Pause } from './pauses.ts';
import { isTemplateId, STEP_LABELS } from './policy.ts';
import type { InvoiceStatus, LadderStep } from './types.ts';

export interface ReasonInput {
  status: InvoiceStatus;
  balanceMinor: number;
  currency: string;
  daysOverdue: number;
  pause: Pause;
  nextStep: LadderStep | null;
  nextDate: IsoDate | null;
  due: boolean;
  today: IsoDate;
  locale: string;
}

/** One line for people: "overdue 12 days · follow-up due today", "paused: promise to pay by 5 Dec 2026". */
export function describeReason(input: ReasonInput): string {
  const { status, locale } = input;
  const date = (iso: IsoDate) => formatDay(iso, locale);
  switch (status) {
    case 'paid':
      return input.balanceMinor < 0
        ? `paid in full (overpaid by ${formatMoney(-input.balanceMinor, input.currency, locale)})`
        : 'paid in full';
    case 'written-off':
      return 'written off';
    case 'collections':
      return 'handed over to collections';
    case 'paused':
      return `paused: ${describePause(input.pause, date)}`;
    case 'overdue':
    case 'open': {
      const parts: string[] = [];
      if (status === 'overdue') parts.push(`overdue ${plural(input.daysOverdue, 'day')}`);
      parts.push(describeNext(input, date));
      return parts.join(' · ');
    }
  }
}

function describePause(pause: Pause, date: (iso: IsoDate) => string): string {
  const about = pause.aboutDay === null ? null : date(dateOf(pause.aboutDay));
  switch (pause.reason) {
    case 'promise':
      return `promise to pay by ${about}`;
    case 'dispute':
      return `dispute open since ${about}`;
    case 'plan':
      return about ? `payment plan on track, next instalment due ${about}` : 'payment plan on track';
    case 'client-replied':
      return `client replied on ${about}`;
    case 'snoozed':
      return `snoozed until ${about}`;
    default:
      return 'on hold';
  }
}

function describeNext(input: ReasonInput, date: (iso: IsoDate) => string): string {
  const { nextStep, nextDate } = input;
  if (!nextStep || !nextDate) return 'no steps left on the ladder';
  const label = labelInSentence(nextStep);
  if (!input.due) return `next: ${label} on ${date(nextDate)}`;
  return nextDate === input.today ? `${label} due today` : `${label} due since ${date(nextDate)}`;
}

/** Built-in labels read as common nouns mid-sentence; a user's own label is kept as written. */
function labelInSentence(step: LadderStep): string {
  if (step.label) return step.label;
  const template = isTemplateId(step.id) ? step.id : step.templateId;
  if (!isTemplateId(template)) return step.id;
  const label = STEP_LABELS[template];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
