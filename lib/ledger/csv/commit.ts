import { LedgerError } from '../errors.ts';
import type { ImportInvoiceInput, ImportRowOutcome } from '../views.ts';
import type { CsvImportPreview } from './preview.ts';

export interface CsvCommitOptions {
  /** Import the valid rows even though others have errors; without it any error refuses the whole file. */
  skipInvalid?: boolean;
}

export interface CsvCommitResult {
  created: number;
  updated: number;
  unchanged: number;
  rows: ImportRowOutcome[];
  /** Rows left out: already paid, blank, or (with skipInvalid) in error. */
  skipped: { rowNumber: number; reason: string }[];
}

interface Importer {
  importInvoices(rows: ImportInvoiceInput[], fileName: string): Promise<ImportRowOutcome[]>;
}

function listRows(numbers: number[]): string {
  const shown = numbers.slice(0, 10).join(', ');
  return numbers.length > 10 ? `${shown} and ${numbers.length - 10} more` : shown;
}

/**
 * Imports a preview's rows in one transaction: every row or none. Re-importing the same file
 * updates the invoices it created instead of adding them again.
 */
export async function commitCsvImport(
  ledger: Importer,
  preview: CsvImportPreview,
  options: CsvCommitOptions = {},
): Promise<CsvCommitResult> {
  if (preview.fileErrors.length > 0) {
    throw new LedgerError('invalid', `Nothing imported: ${preview.fileErrors.join('; ')}`);
  }
  if (preview.ambiguousDateOrder && preview.dateOrder === null) {
    throw new LedgerError(
      'invalid',
      'Nothing imported: every date in the file reads both as day/month and month/day (like 03/04/2026); ' +
        'preview again choosing dateOrder "dmy" (day first) or "mdy" (month first)',
    );
  }
  const invalid = preview.rows.filter((row) => row.errors.length > 0);
  if (invalid.length > 0 && !options.skipInvalid) {
    throw new LedgerError(
      'invalid',
      `Nothing imported: ${invalid.length === 1 ? 'row' : 'rows'} ${listRows(invalid.map((row) => row.rowNumber))} ` +
        `${invalid.length === 1 ? 'has errors' : 'have errors'}; fix the file, or import only the valid rows`,
    );
  }
  const skipped = preview.rows.flatMap((row) =>
    row.errors.length > 0
      ? [{ rowNumber: row.rowNumber, reason: row.errors.join('; ') }]
      : row.skipped
        ? [{ rowNumber: row.rowNumber, reason: row.skipped }]
        : [],
  );
  const ready = preview.rows.flatMap((row) =>
    row.invoice && row.errors.length === 0 && !row.skipped ? [row.invoice] : [],
  );
  const rows = ready.length > 0 ? await ledger.importInvoices(ready, preview.fileName) : [];
  const count = (outcome: ImportRowOutcome['outcome']) =>
    rows.filter((row) => row.outcome === outcome).length;
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    rows,
    skipped,
  };
}
