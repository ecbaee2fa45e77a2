import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { addDays, type IsoDate } from '../../../lib/dates/calendar.ts';
import { LedgerDb } from '../../../lib/ledger/db.ts';
import { createLedger, type Ledger } from '../../../lib/ledger/store.ts';
import type { ClientInput, DetectedInvoice } from '../../../lib/ledger/views.ts';

/** A clock the test moves by hand: ids and timestamps are predictable. */
export interface TestClock {
  today: IsoDate;
  at: number;
  ids: number;
}

export interface TestLedger {
  db: LedgerDb;
  ledger: Ledger;
  clock: TestClock;
  /** Moves the calendar on by some days. */
  advance(days: number): void;
  /** A fresh factory per test: nothing leaks between tests. */
  factory: IDBFactory;
}

export function openTestLedger(today: IsoDate = '2026-03-02', factory = new IDBFactory()): TestLedger {
  const clock: TestClock = { today, at: Date.UTC(2026, 0, 1), ids: 0 };
  const db = new LedgerDb('tactful-test', { indexedDB: factory, IDBKeyRange, today: () => clock.today });
  const ledger = createLedger(db, {
    now: () => {
      clock.at += 1000;
      return clock.at;
    },
    today: () => clock.today,
    newId: () => {
      clock.ids += 1;
      return `id-${String(clock.ids).padStart(4, '0')}`;
    },
  });
  return {
    db,
    ledger,
    clock,
    factory,
    advance(days) {
      clock.today = addDays(clock.today, days);
    },
  };
}

export const ACME: ClientInput = {
  name: 'Acme Widgets Ltd',
  email: 'accounts@acme-widgets.example',
  company: 'Acme Widgets Ltd',
};
export const BRAMBLE: ClientInput = {
  name: 'Bramble & Finch',
  email: 'hello@bramblefinch.example',
  company: null,
};

export function detected(overrides: Partial<DetectedInvoice> = {}): DetectedInvoice {
  return {
    source: { mailClient: 'gmail', threadId: 'thread-acme-0042', messageId: 'msg-1' },
    invoiceNumber: 'INV-0042',
    client: ACME,
    currency: 'GBP',
    totalMinor: 120_000,
    issueDate: '2026-02-01',
    dueDate: '2026-03-03',
    terms: 'Net 30',
    ...overrides,
  };
}
