// Bundled for a plain Chromium page: the ledger benchmark on the browser's real IndexedDB.
import { benchLedger } from './ledger.bench.ts';

declare global {
  interface Window {
    runLedgerBench: () => ReturnType<typeof benchLedger>;
  }
}

window.runLedgerBench = () => benchLedger({ indexedDB, IDBKeyRange, label: 'Chromium, real IndexedDB' });
