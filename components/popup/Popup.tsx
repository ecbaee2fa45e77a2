import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PopupState } from '../../lib/messages/protocol.ts';
import { AttentionList } from './AttentionList.tsx';
import { Notices } from './Notices.tsx';

export interface PopupProps {
  load: () => Promise<PopupState>;
  dismissNotice: (id: string) => Promise<void>;
  openThread: (url: string) => void;
  openOptions: () => void;
}

/** The toolbar popup: loads its state through the injected `load`, so tests can render it directly. */
export function Popup({ load, dismissNotice, openThread, openOptions }: PopupProps) {
  const [state, setState] = useState<PopupState | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    load().then(setState, (reason: unknown) =>
      setError(reason instanceof Error ? reason.message : String(reason)),
    );
  }, [load]);
  useEffect(reload, [reload]);

  return (
    <main class="popup">
      <header>
        <h1>Needs attention</h1>
        {state && state.rows.length > 0 && <span class="count">{state.rows.length}</span>}
      </header>
      {error && (
        <p class="error" role="alert">
          Tactful could not read its ledger: {error}
        </p>
      )}
      {!state && !error && <p class="loading">Loading…</p>}
      {state && (
        <>
          <Notices notices={state.notices} onDismiss={(id) => void dismissNotice(id).then(reload)} />
          <AttentionList
            rows={state.rows}
            today={state.today}
            locale={state.locale}
            soonDays={state.soonDays}
            onOpenThread={openThread}
          />
        </>
      )}
      <footer>
        <button type="button" class="link" onClick={openOptions}>
          Invoices, import and settings
        </button>
      </footer>
    </main>
  );
}
