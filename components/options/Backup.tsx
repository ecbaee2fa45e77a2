import { useState } from 'preact/hooks';
import { type Api, errorText } from './api.ts';

export interface BackupProps {
  api: Api;
  onRestored: () => void;
  /** Hands the file to the browser; tests capture it instead. */
  download: (fileName: string, json: string) => void;
}

export function downloadText(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export everything to a JSON file, or restore from one (replacing what is here). */
export function Backup({ api, onRestored, download }: BackupProps) {
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [pending, setPending] = useState<{ name: string; json: string } | null>(null);

  async function exportAll() {
    try {
      const { json, fileName } = await api('backup.export', null);
      download(fileName, json);
      setMessage({ kind: 'success', text: `Saved ${fileName}.` });
    } catch (reason) {
      setMessage({ kind: 'error', text: errorText(reason) });
    }
  }

  async function restore() {
    if (!pending) return;
    try {
      const { counts } = await api('backup.restore', { json: pending.json });
      const summary = Object.entries(counts)
        .map(([table, count]) => `${count} ${table}`)
        .join(', ');
      setMessage({ kind: 'success', text: `Restored ${pending.name}: ${summary}.` });
      setPending(null);
      onRestored();
    } catch (reason) {
      setMessage({ kind: 'error', text: `Nothing was changed. ${errorText(reason)}` });
      setPending(null);
    }
  }

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <p class="hint">
        Your ledger lives only in this browser. Save a backup file now and then, and restore it on a new
        computer.
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void exportAll()}>
          Save a backup file
        </button>
        <label class="file-button">
          Restore from a backup file…{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="backup-file"
            onChange={async (event) => {
              const file = (event.currentTarget as HTMLInputElement).files?.[0];
              if (file) setPending({ name: file.name, json: await file.text() });
            }}
          />
        </label>
      </div>
      {pending && (
        <div class="question" role="alertdialog" aria-label="Confirm restore">
          <p>Restoring {pending.name} replaces every invoice, client, event and setting in this browser.</p>
          <button type="button" class="danger" onClick={() => void restore()}>
            Replace with this backup
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p
          class={message.kind}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="backup-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
