import { useEffect, useState } from 'preact/hooks';
import { addDays } from '../../../lib/dates/calendar.ts';
import type { CallOutcome } from '../../../lib/ledger/types.ts';
import type { PanelActions } from '../actions.ts';
import { CALL_OUTCOME_WORDS } from '../event-words.ts';

/** The phone-call step: the script, then one click for the outcome. */
export function CallForm({
  actions,
  today,
  onDone,
}: {
  actions: PanelActions;
  today: string;
  onDone: () => void;
}) {
  const [script, setScript] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [promiseDate, setPromiseDate] = useState(addDays(today, 7));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    actions.draft('call').then(
      (response) => setScript(response.draft.text),
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  }, [actions]);

  async function log(outcome: CallOutcome) {
    await actions.addEvent({ type: 'call', outcome, note });
    if (outcome === 'promised')
      await actions.addEvent({ type: 'promise', until: promiseDate, note: 'Promised on the phone' });
    if (outcome === 'disputed')
      await actions.addEvent({ type: 'dispute-opened', reason: note || 'Disputed on the phone' });
    onDone();
  }

  return (
    <div class="form" data-testid="panel-call">
      {script ? <pre>{script}</pre> : <p class="muted">{error ?? 'Preparing the call script…'}</p>}
      <label>
        Note
        <input value={note} onInput={(event) => setNote((event.currentTarget as HTMLInputElement).value)} />
      </label>
      <label>
        Promised date (if they promise)
        <input
          type="date"
          value={promiseDate}
          onInput={(event) => setPromiseDate((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <div class="outcomes">
        {(Object.keys(CALL_OUTCOME_WORDS) as CallOutcome[]).map((outcome) => (
          <button key={outcome} type="button" onClick={() => void log(outcome)}>
            {CALL_OUTCOME_WORDS[outcome]}
          </button>
        ))}
      </div>
    </div>
  );
}
