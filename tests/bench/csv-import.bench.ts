import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { commitCsvImport } from '../../lib/ledger/csv/commit.ts';
import { previewCsvImport } from '../../lib/ledger/csv/preview.ts';
import { LedgerDb } from '../../lib/ledger/db.ts';
import { createLedger } from '../../lib/ledger/store.ts';
import type { BenchFigure } from './figure.ts';

const ROWS = 10_000;
const TODAY = '2026-06-15';

/** A QuickBooks-style export of open invoices, deterministic. */
export function generateCsv(rows = ROWS): Uint8Array {
  const lines = ['Invoice No,Customer,Email,Invoice Date,Due Date,Total,Amount Paid,Currency'];
  for (let i = 0; i < rows; i++) {
    const client = i % 700;
    const month = String(1 + (i % 6)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const total = 100 + ((i * 7919) % 900_000) / 100;
    lines.push(
      `INV-${100000 + i},Client ${client} Ltd,billing${client}@client${client}.test,2026-${month}-${day},2026-${month}-${day},"${total.toFixed(2)}",0.00,${['GBP', 'EUR', 'USD'][i % 3]}`,
    );
  }
  return new TextEncoder().encode(lines.join('\n'));
}

/** CSV import of 10,000 open invoices through the same preview and commit the options page uses. */
export async function benchCsvImport(): Promise<BenchFigure[]> {
  const bytes = generateCsv();
  const db = new LedgerDb(`tactful-bench-csv-${Date.now()}`, { indexedDB, IDBKeyRange, today: () => TODAY });
  let ids = 0;
  const ledger = createLedger(db, {
    now: () => Date.UTC(2026, 5, 15),
    today: () => TODAY,
    newId: () => `c${ids++}`,
  });
  try {
    const start = performance.now();
    const preview = await previewCsvImport(bytes, {
      fileName: 'open-invoices.csv',
      findDuplicate: (key) => ledger.findImportMatch(key),
    });
    const previewed = performance.now();
    const result = await commitCsvImport(ledger, preview);
    const committed = performance.now();
    if (result.created !== ROWS) throw new Error(`expected ${ROWS} invoices, imported ${result.created}`);
    const round = (ms: number) => Math.round(ms);
    return [
      {
        name: 'CSV import (Node, fake-indexeddb): preview 10,000 rows',
        unit: 'ms',
        median: round(previewed - start),
        p95: round(previewed - start),
        target: null,
      },
      {
        name: 'CSV import (Node, fake-indexeddb): commit 10,000 rows',
        unit: 'ms',
        median: round(committed - previewed),
        p95: round(committed - previewed),
        target: null,
      },
    ];
  } finally {
    await db.delete();
  }
}
