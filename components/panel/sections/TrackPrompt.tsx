import { useState } from 'preact/hooks';
import type { OpenedThread } from '../../../lib/adapters/shared/contract.ts';
import { addDays, isIsoDate } from '../../../lib/dates/calendar.ts';
import type { ThreadDetection } from '../../../lib/detect/types.ts';
import { toDecimalString } from '../../../lib/money/amount.ts';
import { isKnownCurrency } from '../../../lib/money/currencies.ts';
import { parseTypedAmount } from '../../../lib/money/input.ts';
import type { PanelActions } from '../actions.ts';

/** For a thread detection missed or could not read fully: track it by hand, prefilled with what was found. */
export function TrackPrompt({
  thread,
  detection,
  hint,
  locale,
  today,
  defaultCurrency,
  actions,
}: {
  thread: OpenedThread;
  detection: ThreadDetection;
  hint: string | null;
  locale: string;
  today: string;
  defaultCurrency: string;
  actions: PanelActions;
}) {
  const found = detection.invoice;
  const amount = found?.amountDue?.value;
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({
    number: found?.invoiceNumber?.value ?? '',
    clientName: found?.client?.value.name ?? '',
    clientEmail: found?.client?.value.email ?? '',
    currency: amount?.currency ?? found?.currency?.value ?? defaultCurrency,
    total: amount ? toDecimalString(amount.amountMinor, amount.currency) : '',
    issueDate: found?.issueDate?.value ?? '',
    dueDate: found?.dueDate?.value ?? addDays(today, 14),
  });

  async function submit() {
    const currency = form.currency.trim().toUpperCase();
    if (!isKnownCurrency(currency))
      return setError(`"${form.currency}" is not a currency code Tactful knows`);
    const total = parseTypedAmount(form.total, currency, locale);
    if (!total.ok) return setError(`Amount: ${total.error}`);
    if (!isIsoDate(form.dueDate)) return setError('The due date must be a real date');
    if (!form.clientName.trim() && !form.clientEmail.trim())
      return setError('Name the client or give their email');
    try {
      await actions.track({
        source: {
          mailClient: thread.mailClient,
          threadId: thread.threadId,
          messageId: thread.messages[0]?.id ?? null,
        },
        invoiceNumber: form.number.trim(),
        client: {
          name: form.clientName.trim() || form.clientEmail.trim(),
          email: form.clientEmail.trim() || null,
          company: null,
        },
        currency,
        totalMinor: total.minor,
        issueDate: isIsoDate(form.issueDate) ? form.issueDate : null,
        dueDate: form.dueDate,
        terms: found?.terms?.value ?? '',
      });
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    }
  }

  const input = (key: keyof typeof form, label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        value={form[key]}
        onInput={(event) => setForm({ ...form, [key]: (event.currentTarget as HTMLInputElement).value })}
      />
    </label>
  );
  return (
    <section aria-label="Track this thread" data-testid="panel-track">
      <p>
        {found ? 'This looks like an invoice you sent.' : 'Tactful did not find an invoice in this thread.'}{' '}
        {hint}
      </p>
      {!open ? (
        <button type="button" class="primary" onClick={() => setOpen(true)}>
          Track this thread as an invoice
        </button>
      ) : (
        <div class="form">
          {input('number', 'Invoice number')}
          {input('clientName', 'Client name')}
          {input('clientEmail', 'Client email', 'email')}
          {input('currency', 'Currency (ISO code)')}
          {input('total', 'Amount due')}
          {input('issueDate', 'Issue date', 'date')}
          {input('dueDate', 'Due date', 'date')}
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <button type="button" class="primary" onClick={() => void submit()}>
            Start tracking
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
