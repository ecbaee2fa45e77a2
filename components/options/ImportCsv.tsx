import { useState } from 'preact/hooks';
import type { CsvCommitResult } from '../../lib/ledger/csv/commit.ts';
import type { ImportField } from '../../lib/ledger/csv/headers.ts';
import type { CsvImportPreview } from '../../lib/ledger/csv/preview.ts';
import { bytesToBase64 } from '../../lib/messages/base64.ts';
import type { CsvImportRequest } from '../../lib/messages/protocol.ts';
import { formatMoney } from '../../lib/money/amount.ts';
import { knownCurrencies } from '../../lib/money/currencies.ts';
import { type Api, errorText } from './api.ts';

export interface ImportCsvProps {
  api: Api;
  locale: string;
  onImported: () => void;
}

/** The raw cell for a field, for rows that could not be read into an invoice. */
function cell(preview: CsvImportPreview, values: Record<string, string>, field: ImportField): string {
  const header = preview.headerMap[field];
  return header ? (values[header] ?? '') : '';
}

/** Import open invoices from an accounting tool's CSV: preview with per-row errors, then commit. */
export function ImportCsv({ api, locale, onImported }: ImportCsvProps) {
  const [input, setInput] = useState<CsvImportRequest | null>(null);
  const [preview, setPreview] = useState<CsvImportPreview | null>(null);
  const [result, setResult] = useState<CsvCommitResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function runPreview(next: CsvImportRequest) {
    setInput(next);
    setResult(null);
    setError(null);
    setBusy(true);
    try {
      setPreview(await api('import.preview', next));
    } catch (reason) {
      setPreview(null);
      setError(errorText(reason));
    } finally {
      setBusy(false);
    }
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    await runPreview({
      base64: bytesToBase64(bytes),
      fileName: file.name,
      defaultCurrency: input?.defaultCurrency,
    });
  }

  async function commit(skipInvalid: boolean) {
    if (!input) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await api('import.commit', { ...input, skipInvalid }));
      setPreview(null);
      onImported();
    } catch (reason) {
      setError(errorText(reason));
    } finally {
      setBusy(false);
    }
  }

  const errors = preview?.rows.filter((row) => row.errors.length > 0).length ?? 0;
  const ready = preview?.counts.ready ?? 0;
  const needsOrder = preview?.ambiguousDateOrder && preview.dateOrder === null;

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import invoices from a CSV file</h2>
      <p class="hint">
        Export open invoices from your accounting tool as CSV. Tactful recognises the usual column names
        (invoice number, client, email, dates, total, paid, balance, currency). Nothing is imported until you
        confirm.
      </p>
      <div class="form-row">
        <label>
          CSV file{' '}
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            data-testid="csv-file"
            onChange={(event) => void onFile((event.currentTarget as HTMLInputElement).files?.[0])}
          />
        </label>
        <label>
          Currency when the file shows none{' '}
          <select
            value={input?.defaultCurrency ?? ''}
            onChange={(event) => {
              const defaultCurrency = (event.currentTarget as HTMLSelectElement).value || undefined;
              if (input) void runPreview({ ...input, defaultCurrency });
              else setInput({ base64: '', fileName: '', defaultCurrency });
            }}
          >
            <option value="">(none)</option>
            {knownCurrencies().map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
      </div>
      {busy && <p>Reading…</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <p class="success" role="status" data-testid="import-result">
          Imported: {result.created} new, {result.updated} updated, {result.unchanged} unchanged
          {result.skipped.length > 0 && `; ${result.skipped.length} rows left out`}.
        </p>
      )}
      {preview && input && (
        <div class="preview" data-testid="import-preview">
          {preview.fileErrors.length > 0 && (
            <ul class="error" role="alert">
              {preview.fileErrors.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          {needsOrder && (
            <fieldset class="question" data-testid="date-order">
              <legend>
                The dates in this file could be read two ways (like 03/04/2026). Which comes first?
              </legend>
              <button type="button" onClick={() => void runPreview({ ...input, dateOrder: 'dmy' })}>
                Day first (3 April)
              </button>{' '}
              <button type="button" onClick={() => void runPreview({ ...input, dateOrder: 'mdy' })}>
                Month first (March 4)
              </button>
            </fieldset>
          )}
          <p>
            {preview.fileName}: {ready} ready, {preview.counts.updates} will update existing invoices,{' '}
            {errors} with errors, {preview.counts.skipped} left out.
          </p>
          <table class="grid">
            <thead>
              <tr>
                <th>Row</th>
                <th>Number</th>
                <th>Client</th>
                <th>Due</th>
                <th>Balance</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.rowNumber} class={row.errors.length > 0 ? 'row-error' : ''}>
                  <td>{row.rowNumber}</td>
                  <td>{row.invoice?.number ?? cell(preview, row.values, 'number')}</td>
                  <td>{row.invoice?.client.name ?? cell(preview, row.values, 'client')}</td>
                  <td>{row.invoice?.dueDate ?? cell(preview, row.values, 'dueDate')}</td>
                  <td>
                    {row.invoice ? formatMoney(row.invoice.balanceMinor, row.invoice.currency, locale) : ''}
                  </td>
                  <td>
                    {row.errors.length > 0
                      ? row.errors.join('; ')
                      : row.skipped
                        ? row.skipped
                        : row.duplicateOf
                          ? 'Updates an existing invoice'
                          : 'New'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={
                busy || errors > 0 || ready === 0 || Boolean(needsOrder) || preview.fileErrors.length > 0
              }
              onClick={() => void commit(false)}
            >
              Import {ready} {ready === 1 ? 'invoice' : 'invoices'}
            </button>
            {errors > 0 && ready > 0 && !needsOrder && (
              <button type="button" disabled={busy} onClick={() => void commit(true)}>
                Import only the {ready} valid rows
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
