// `npm run bench` prints every measured figure as a table; `npm run bench -- --json` prints one
// JSON object per figure and line: {name, unit, median, p95, target}.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { benchLedgerInChromium } from './chromium.ts';
import { benchCsvImport } from './csv-import.bench.ts';
import { benchDetect } from './detect.bench.ts';
import { benchDrafts } from './drafts.bench.ts';
import { benchEInvoice } from './einvoice.bench.ts';
import type { BenchFigure } from './figure.ts';
import { benchGmail } from './gmail.bench.ts';
import { benchLedger } from './ledger.bench.ts';
import { benchOutlook } from './outlook.bench.ts';
import { benchTone } from './tone.bench.ts';

const SUITES: { name: string; run: () => Promise<BenchFigure[]> }[] = [
  {
    name: 'ledger (Node)',
    run: () => benchLedger({ indexedDB, IDBKeyRange, label: 'Node, fake-indexeddb' }),
  },
  { name: 'ledger (Chromium)', run: benchLedgerInChromium },
  { name: 'CSV import', run: benchCsvImport },
  { name: 'detection', run: benchDetect as () => Promise<BenchFigure[]> },
  { name: 'e-invoices', run: benchEInvoice },
  { name: 'drafts', run: benchDrafts },
  { name: 'tone check', run: benchTone },
  { name: 'gmail', run: benchGmail },
  { name: 'outlook', run: benchOutlook },
];

function table(figures: BenchFigure[]): string {
  const rows = figures.map((figure) => [
    figure.name,
    String(figure.median),
    String(figure.p95),
    figure.unit,
    figure.target === null ? '—' : String(figure.target),
    figure.target === null ? '' : figure.median <= figure.target ? 'ok' : 'OVER',
  ]);
  const header = ['figure', 'median', 'p95', 'unit', 'target', ''];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const figures: BenchFigure[] = [];
  const failed: string[] = [];
  for (const suite of SUITES) {
    if (only && !suite.name.includes(only)) continue;
    if (!json) process.stderr.write(`measuring ${suite.name}…\n`);
    let results: BenchFigure[];
    try {
      results = await suite.run();
    } catch (error) {
      // One suite failing (no Chromium, say) must not hide the others' figures.
      failed.push(suite.name);
      process.stderr.write(
        `bench: ${suite.name} failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      continue;
    }
    for (const figure of results) {
      figures.push(figure);
      if (json) {
        const { name, unit, median, p95, target } = figure;
        process.stdout.write(`${JSON.stringify({ name, unit, median, p95, target })}\n`);
      }
    }
  }
  if (failed.length > 0) process.exitCode = 1;
  if (!json) process.stdout.write(`${table(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
