import { formatDate } from '../../lib/dates/calendar.ts';
import { stepLabel } from '../../lib/ladder/policy.ts';
import type { CallOutcome, TimelineEvent } from '../../lib/ledger/types.ts';
import { formatMoney } from '../../lib/money/amount.ts';

export const CALL_OUTCOME_WORDS: Record<CallOutcome, string> = {
  promised: 'Promised to pay on a date',
  'paying-today': 'Paying today',
  'not-received': 'Invoice not received',
  'awaiting-approval': 'Waiting for approval',
  disputed: 'Disputes it',
  unreachable: 'Unreachable',
  voicemail: 'Voicemail left',
};

/** One timeline entry in words, for people. */
export function describeEvent(event: TimelineEvent, currency: string, locale: string): string {
  switch (event.type) {
    case 'drafted':
      return `${stepLabel(event.step)} drafted`;
    case 'sent':
      return `${stepLabel(event.step)} sent`;
    case 'call':
      return `Phone call: ${CALL_OUTCOME_WORDS[event.outcome] ?? event.outcome}${event.note ? ` — ${event.note}` : ''}`;
    case 'promise':
      return `Promised to pay by ${formatDate(event.until, locale)}${event.note ? ` — ${event.note}` : ''}`;
    case 'dispute-opened':
      return `Dispute opened${event.reason ? `: ${event.reason}` : ''}`;
    case 'dispute-resolved':
      return `Dispute resolved${event.note ? `: ${event.note}` : ''}`;
    case 'client-replied':
      return event.summary || 'The client replied';
    case 'plan-agreed':
      return `Payment plan agreed: ${event.instalments.length} instalments`;
    case 'snoozed':
      return `Snoozed until ${formatDate(event.until, locale)}`;
    case 'payment-recorded':
      return `Payment of ${formatMoney(event.amountMinor, currency, locale)} recorded${event.note ? ` — ${event.note}` : ''}`;
    case 'note':
      return event.text;
    case 'state-changed':
      return event.detail
        ? `${event.change.replace(/-/g, ' ')}: ${event.detail}`
        : event.change.replace(/-/g, ' ');
  }
}
