import { threadUrl } from '../../lib/adapters/thread-links.ts';
import { formatDate } from '../../lib/dates/calendar.ts';
import { stepLabel } from '../../lib/ladder/policy.ts';
import type { PausedReason } from '../../lib/ladder/types.ts';
import type { AttentionRow } from '../../lib/ledger/views.ts';
import { formatMoney } from '../../lib/money/amount.ts';

export interface AttentionListProps {
  rows: AttentionRow[];
  today: string;
  locale: string;
  soonDays: number;
  onOpenThread?: (url: string) => void;
}

const PAUSE_WORDS: Record<PausedReason, string> = {
  promise: 'Paused: promise to pay',
  dispute: 'Paused: disputed',
  plan: 'Paused: payment plan on track',
  'client-replied': 'Paused: client replied',
  snoozed: 'Snoozed',
};

function dueWords(row: AttentionRow, today: string): string {
  if (row.daysOverdue > 0) return `${row.daysOverdue} ${row.daysOverdue === 1 ? 'day' : 'days'} overdue`;
  if (row.dueDate === today) return 'Due today';
  return 'Not yet due';
}

function stepWords(row: AttentionRow, today: string, locale: string): string {
  if (row.pausedReason) return PAUSE_WORDS[row.pausedReason];
  if (!row.nextStep || !row.nextDate) return 'No step left: decide what to do next';
  const label = stepLabel(row.nextStep);
  if (row.nextDate < today) return `${label} — due since ${formatDate(row.nextDate, locale)}`;
  if (row.nextDate === today) return `${label} — due today`;
  return `${label} on ${formatDate(row.nextDate, locale)}`;
}

/** What needs attention today: overdue and soon-due invoices, most urgent first. */
export function AttentionList({ rows, today, locale, soonDays, onOpenThread }: AttentionListProps) {
  if (rows.length === 0) {
    return (
      <div class="empty" role="status">
        <p class="empty-title">All caught up</p>
        <p>
          Nothing is overdue, and no reminder falls due in the next {soonDays}{' '}
          {soonDays === 1 ? 'day' : 'days'}.
        </p>
      </div>
    );
  }
  return (
    <ul class="attention" aria-label="Invoices that need attention">
      {rows.map((row) => {
        const url = threadUrl(row.source);
        return (
          <li key={row.id} class={`row ${row.daysOverdue > 0 ? 'overdue' : 'soon'}`} data-invoice-id={row.id}>
            <div class="line">
              <span class="client">{row.clientName}</span>
              <span class="balance">{formatMoney(row.balanceMinor, row.currency, locale)}</span>
            </div>
            <div class="line detail">
              <span class="number">{row.number}</span>
              <span class="days">{dueWords(row, today)}</span>
            </div>
            <div class="line step">
              <span class={row.due && !row.pausedReason ? 'step-due' : ''}>
                {stepWords(row, today, locale)}
              </span>
              {url && (
                <a
                  href={url}
                  target="_blank"
                  rel="noreferrer"
                  onClick={(event) => {
                    if (!onOpenThread) return;
                    event.preventDefault();
                    onOpenThread(url);
                  }}
                >
                  Open thread
                </a>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
