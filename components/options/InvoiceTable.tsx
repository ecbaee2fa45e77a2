import { useState } from 'preact/hooks';
import { threadUrl } from '../../lib/adapters/thread-links.ts';
import { formatDate } from '../../lib/dates/calendar.ts';
import { stepLabel } from '../../lib/ladder/policy.ts';
import type { InvoiceListRow } from '../../lib/ledger/views.ts';
import { formatMoney } from '../../lib/money/amount.ts';
import { parseTypedAmount } from '../../lib/money/input.ts';
import { type Api, errorText } from './api.ts';
import { downloadText } from './Backup.tsx';

export interface InvoiceTableProps {
  api: Api;
  rows: InvoiceListRow[];
  locale: string;
  today: string;
  onChanged: () => void;
}

const STATUS_WORDS: Record<InvoiceListRow['status'], string> = {
  paid: 'Paid',
  'written-off': 'Written off',
  collections: 'With collections',
  paused: 'Paused',
  overdue: 'Overdue',
  open: 'Open',
  'not-tracked': 'Not tracked',
};

/** Every invoice in the ledger, with the actions that don't need the mail thread. */
export function InvoiceTable({ api, rows, locale, today, onChanged }: InvoiceTableProps) {
  const [paying, setPaying] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);

  async function act(work: () => Promise<unknown>) {
    setError(null);
    try {
      await work();
      onChanged();
    } catch (reason) {
      setError(errorText(reason));
    }
  }

  if (rows.length === 0) {
    return (
      <p class="empty" data-testid="no-invoices">
        No invoices yet. Open an invoice thread in Gmail or Outlook, or import a CSV file.
      </p>
    );
  }
  return (
    <div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <table class="grid" data-testid="invoice-table">
        <thead>
          <tr>
            <th>Number</th>
            <th>Client</th>
            <th>Due</th>
            <th>Balance</th>
            <th>Status</th>
            <th>Next step</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const url = threadUrl(row.source);
            return (
              <tr key={row.id} data-invoice-id={row.id}>
                <td>{url ? <a href={url}>{row.number}</a> : row.number}</td>
                <td>{row.clientName}</td>
                <td>{formatDate(row.dueDate, locale)}</td>
                <td class="num">{formatMoney(row.balanceMinor, row.currency, locale)}</td>
                <td>
                  {STATUS_WORDS[row.status]}
                  {row.daysOverdue > 0 && row.status !== 'paid' ? ` · ${row.daysOverdue}d` : ''}
                </td>
                <td>
                  {row.nextStep && row.nextDate
                    ? `${stepLabel(row.nextStep)}, ${formatDate(row.nextDate, locale)}`
                    : '—'}
                </td>
                <td class="row-actions">
                  {paying === row.id ? (
                    <form
                      onSubmit={(event) => {
                        event.preventDefault();
                        const parsed = parseTypedAmount(amount, row.currency, locale);
                        if (!parsed.ok) {
                          setError(parsed.error);
                          return;
                        }
                        void act(async () => {
                          await api('ledger.recordPayment', [
                            row.id,
                            { date, amountMinor: parsed.minor, note: '' },
                          ]);
                          setPaying(null);
                          setAmount('');
                        });
                      }}
                    >
                      <input
                        aria-label="Amount paid"
                        value={amount}
                        onInput={(event) => setAmount((event.currentTarget as HTMLInputElement).value)}
                        size={10}
                      />
                      <input
                        type="date"
                        aria-label="Payment date"
                        value={date}
                        onInput={(event) => setDate((event.currentTarget as HTMLInputElement).value)}
                      />
                      <button type="submit">Save</button>
                      <button type="button" onClick={() => setPaying(null)}>
                        Cancel
                      </button>
                    </form>
                  ) : (
                    <>
                      {row.balanceMinor > 0 && row.tracking && (
                        <button type="button" onClick={() => setPaying(row.id)}>
                          Record payment
                        </button>
                      )}
                      {row.tracking ? (
                        <button
                          type="button"
                          onClick={() => void act(() => api('ledger.stopTracking', [row.id, '']))}
                        >
                          Stop tracking
                        </button>
                      ) : (
                        <button
                          type="button"
                          onClick={() => void act(() => api('ledger.resumeTracking', [row.id]))}
                        >
                          Track again
                        </button>
                      )}
                      {row.status === 'written-off' ? (
                        <button
                          type="button"
                          onClick={() =>
                            void act(() => api('ledger.setWrittenOff', [row.id, false, 'Reinstated']))
                          }
                        >
                          Reinstate
                        </button>
                      ) : row.balanceMinor > 0 && row.status !== 'collections' ? (
                        <button
                          type="button"
                          onClick={() => void act(() => api('ledger.setWrittenOff', [row.id, true, '']))}
                        >
                          Write off
                        </button>
                      ) : null}
                      {row.status === 'collections' ? (
                        <button
                          type="button"
                          onClick={() =>
                            void act(() => api('ledger.setCollections', [row.id, false, 'Taken back']))
                          }
                        >
                          Take back
                        </button>
                      ) : row.balanceMinor > 0 && row.status !== 'written-off' ? (
                        <button
                          type="button"
                          onClick={() => void act(() => api('ledger.setCollections', [row.id, true, '']))}
                        >
                          Hand to collections
                        </button>
                      ) : null}
                      <button
                        type="button"
                        onClick={() =>
                          void act(async () => {
                            const data = await api('ledger.caseFile', [row.id]);
                            downloadText(
                              `tactful-case-${row.number.replace(/[^\w.-]+/g, '_')}.json`,
                              JSON.stringify(data, null, 2),
                            );
                          })
                        }
                      >
                        Case file
                      </button>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
