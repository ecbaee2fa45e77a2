import { useState } from 'preact/hooks';
import { addDays, isIsoDate } from '../../../lib/dates/calendar.ts';
import { type InstalmentFrequency, proposeInstalments } from '../../../lib/drafts/instalments.ts';
import type { InvoiceView } from '../../../lib/ledger/views.ts';
import { toDecimalString } from '../../../lib/money/amount.ts';
import { parseTypedAmount } from '../../../lib/money/input.ts';
import type { DraftResponse } from '../../../lib/service/drafts.ts';
import type { PanelActions } from '../actions.ts';
import { CallForm } from './CallForm.tsx';
import { DraftPreview } from './DraftPreview.tsx';

type Open = null | 'draft' | 'call' | 'payment' | 'dispute' | 'promise' | 'plan' | 'snooze' | 'close';

export interface ActionsSectionProps {
  view: InvoiceView;
  locale: string;
  today: string;
  actions: PanelActions;
}

/** The panel's actions: one form open at a time. */
export function ActionsSection({ view, locale, today, actions }: ActionsSectionProps) {
  const [open, setOpen] = useState<Open>(null);
  const [draft, setDraft] = useState<DraftResponse | null>(null);
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [count, setCount] = useState(3);
  const [frequency, setFrequency] = useState<InstalmentFrequency>('monthly');
  const [error, setError] = useState<string | null>(null);
  const { plan, invoice } = view;
  const disputed = plan.pausedReason === 'dispute';

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      setOpen(null);
      setText('');
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    }
  };
  const toggle = (next: Open, reset?: () => void) => {
    setError(null);
    setDraft(null);
    reset?.();
    setOpen(open === next ? null : next);
  };
  const showDraft = async (response: Promise<DraftResponse>) => {
    setError(null);
    try {
      setDraft(await response);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    }
  };
  const instalments = () => proposeInstalments(plan.balanceMinor, count, date, frequency);

  if (invoice.state.writtenOff || invoice.state.collections) {
    return (
      <section aria-label="Actions">
        <p class="muted">
          {invoice.state.writtenOff
            ? 'Written off: Tactful sends no more reminders.'
            : 'Handed to collections: Tactful sends no more reminders.'}
        </p>
        <button
          type="button"
          onClick={() =>
            void run(() =>
              invoice.state.writtenOff
                ? actions.setWrittenOff(false, 'Reinstated from the panel')
                : actions.setCollections(false, 'Taken back from collections'),
            )
          }
        >
          {invoice.state.writtenOff ? 'Reinstate the invoice' : 'Take back from collections'}
        </button>
      </section>
    );
  }
  if (!invoice.state.tracking) {
    return (
      <section aria-label="Actions">
        <button type="button" class="primary" onClick={() => void run(() => actions.setTracking(true))}>
          Track this invoice again
        </button>
      </section>
    );
  }
  const open_ = plan.balanceMinor > 0;
  return (
    <section aria-label="Actions">
      <h3>Actions</h3>
      {open_ && (
        <button
          type="button"
          class="primary"
          onClick={() => {
            toggle('draft');
            void showDraft(actions.draft());
          }}
        >
          Draft the next reminder
        </button>
      )}
      {open_ && (
        <button type="button" onClick={() => toggle('call')}>
          Log a phone call
        </button>
      )}
      {open_ && (
        <button
          type="button"
          onClick={() =>
            toggle('payment', () => setAmount(toDecimalString(plan.balanceMinor, invoice.currency)))
          }
        >
          Record a payment
        </button>
      )}
      {open_ && (
        <button type="button" onClick={() => toggle('dispute')}>
          {disputed ? 'Resolve the dispute' : 'Mark disputed'}
        </button>
      )}
      {open_ && (
        <button type="button" onClick={() => toggle('promise', () => setDate(addDays(today, 7)))}>
          Set a promise date
        </button>
      )}
      {open_ && (
        <button type="button" onClick={() => toggle('plan', () => setDate(addDays(today, 7)))}>
          Offer a payment plan
        </button>
      )}
      {open_ && (
        <button type="button" onClick={() => toggle('snooze', () => setDate(addDays(today, 7)))}>
          Snooze
        </button>
      )}
      {open_ && (
        <button type="button" onClick={() => toggle('close')}>
          Write off or hand over…
        </button>
      )}
      <button type="button" onClick={() => void run(() => actions.setTracking(false))}>
        Stop tracking
      </button>

      {open === 'draft' && draft && (
        <DraftPreview
          response={draft}
          onOpen={actions.openDraft ? () => void actions.openDraft?.(draft) : undefined}
        />
      )}
      {open === 'close' && (
        <div class="form" data-testid="panel-close">
          <label>
            Note for the timeline
            <input
              value={text}
              onInput={(event) => setText((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="button" onClick={() => void showDraft(actions.draft('collections'))}>
            Draft the hand-off note
          </button>
          <button
            type="button"
            class="primary"
            onClick={() => void run(() => actions.setCollections(true, text))}
          >
            Mark as handed to collections
          </button>
          <button type="button" onClick={() => void run(() => actions.setWrittenOff(true, text))}>
            Write it off
          </button>
          {draft && (
            <DraftPreview
              response={draft}
              onOpen={actions.openDraft ? () => void actions.openDraft?.(draft) : undefined}
            />
          )}
        </div>
      )}
      {open === 'call' && <CallForm actions={actions} today={today} onDone={() => setOpen(null)} />}
      {open === 'payment' && (
        <form
          class="form"
          onSubmit={(event) => {
            event.preventDefault();
            const parsed = parseTypedAmount(amount, invoice.currency, locale);
            if (!parsed.ok) return setError(parsed.error);
            void run(() => actions.recordPayment({ date, amountMinor: parsed.minor, note: text }));
          }}
        >
          <label>
            Amount ({invoice.currency})
            <input
              value={amount}
              onInput={(event) => setAmount((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <label>
            Paid on
            <input
              type="date"
              value={date}
              onInput={(event) => setDate((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <label>
            Note
            <input
              value={text}
              onInput={(event) => setText((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" class="primary">
            Save payment
          </button>
        </form>
      )}
      {open === 'dispute' && (
        <form
          class="form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() =>
              actions.addEvent(
                disputed
                  ? { type: 'dispute-resolved', note: text }
                  : { type: 'dispute-opened', reason: text },
              ),
            );
          }}
        >
          <label>
            {disputed ? 'How it was resolved' : 'What the client disputes'}
            <input
              value={text}
              onInput={(event) => setText((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" class="primary">
            {disputed ? 'Resolve' : 'Mark disputed'}
          </button>
        </form>
      )}
      {(open === 'promise' || open === 'snooze') && (
        <form
          class="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!isIsoDate(date) || date < today) return setError('Choose a date from today on');
            void run(() =>
              actions.addEvent(
                open === 'promise'
                  ? { type: 'promise', until: date, note: text }
                  : { type: 'snoozed', until: date },
              ),
            );
          }}
        >
          <label>
            {open === 'promise' ? 'The client promised to pay by' : 'Snooze reminders until'}
            <input
              type="date"
              value={date}
              onInput={(event) => setDate((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
          {open === 'promise' && (
            <label>
              Note
              <input
                value={text}
                onInput={(event) => setText((event.currentTarget as HTMLInputElement).value)}
              />
            </label>
          )}
          <button type="submit" class="primary">
            Save
          </button>
        </form>
      )}
      {open === 'plan' && (
        <div class="form" data-testid="panel-plan">
          <label>
            Number of instalments
            <input
              type="number"
              min={2}
              max={24}
              value={count}
              onInput={(event) => setCount(Number((event.currentTarget as HTMLInputElement).value))}
            />
          </label>
          <label>
            First instalment on
            <input
              type="date"
              value={date}
              onInput={(event) => setDate((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <label>
            Every
            <select
              value={frequency}
              onChange={(event) =>
                setFrequency((event.currentTarget as HTMLSelectElement).value as InstalmentFrequency)
              }
            >
              <option value="weekly">week</option>
              <option value="fortnightly">two weeks</option>
              <option value="monthly">month</option>
            </select>
          </label>
          <button
            type="button"
            class="primary"
            onClick={() =>
              void showDraft(
                actions.draft('plan-proposal', { proposal: { count, firstDate: date, frequency } }),
              )
            }
          >
            Draft the offer
          </button>
          <button
            type="button"
            onClick={() =>
              void run(() => actions.addEvent({ type: 'plan-agreed', instalments: instalments() }))
            }
          >
            The client agreed: record the plan
          </button>
          {draft && (
            <DraftPreview
              response={draft}
              onOpen={actions.openDraft ? () => void actions.openDraft?.(draft) : undefined}
            />
          )}
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
