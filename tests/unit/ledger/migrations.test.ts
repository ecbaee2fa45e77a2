import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LedgerDb, SCHEMA_VERSION } from '../../../lib/ledger/db.ts';
import { STORES_V1, STORES_V2 } from '../../../lib/ledger/migrations.ts';
import { createLedger } from '../../../lib/ledger/store.ts';

const NAME = 'tactful-migration-test';
const TODAY = '2026-03-10';

/** Rows exactly as version 1 stored them: facts only. */
const V1_CLIENT = {
  id: 'c-1',
  name: 'Harbour Lights Café',
  email: 'Owner@HarbourLights.example',
  company: 'Harbour Lights Café Ltd',
  business: true,
  policyOverride: null,
  notes: 'pays late but pays',
  createdAt: 1_760_000_000_000,
  updatedAt: 1_760_000_000_000,
};

const V1_INVOICE = {
  id: 'i-1',
  number: 'hl-2026-007',
  clientId: 'c-1',
  currency: 'EUR',
  totalMinor: 86_000,
  issueDate: '2026-01-20',
  dueDate: '2026-02-19',
  terms: '30 days',
  payments: [{ id: 'p-1', date: '2026-02-25', amountMinor: 26_000, note: 'first part' }],
  source: { kind: 'mail', mailClient: 'outlook', threadId: 'AAMk-harbour-7', messageId: null },
  state: { writtenOff: false, collections: false, tracking: true },
  corrected: ['dueDate'],
  notes: '',
  createdAt: 1_760_000_000_000,
  updatedAt: 1_760_000_000_000,
};

const V1_EVENTS = [
  { id: 'e-1', invoiceId: 'i-1', date: '2026-02-20', at: 1, type: 'sent', step: 'reminder' },
  {
    id: 'e-2',
    invoiceId: 'i-1',
    date: '2026-02-25',
    at: 2,
    type: 'payment-recorded',
    paymentId: 'p-1',
    amountMinor: 26_000,
    note: 'first part',
  },
];

/** A user's own ladder, stored in v1: a single reminder ten days after the due date. */
const V1_POLICY = {
  key: 'policy',
  value: {
    steps: [{ id: 'reminder', offsetDays: 10 }],
    minGapDays: 5,
    finalDeadlineDays: 7,
    fees: { kind: 'none' },
  },
};

async function seed(
  factory: IDBFactory,
  versions: { version: number; stores: Record<string, string> }[],
  rows: {
    invoices: object[];
    clients: object[];
    events: object[];
    settings: object[];
  },
): Promise<void> {
  const raw = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
  for (const { version, stores } of versions) raw.version(version).stores(stores);
  await raw.open();
  await raw.table('clients').bulkAdd(rows.clients);
  await raw.table('invoices').bulkAdd(rows.invoices);
  await raw.table('events').bulkAdd(rows.events);
  await raw.table('settings').bulkAdd(rows.settings);
  raw.close();
}

function openCurrent(factory: IDBFactory): LedgerDb {
  return new LedgerDb(NAME, { indexedDB: factory, IDBKeyRange, today: () => TODAY });
}

function ledgerOn(db: LedgerDb) {
  let id = 0;
  return createLedger(db, { now: () => 1_770_000_000_000, today: () => TODAY, newId: () => `new-${++id}` });
}

describe('schema migrations', () => {
  it('opens an empty ledger at the current version', async () => {
    const db = openCurrent(new IDBFactory());
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('upgrades a version 1 ledger: facts kept, snapshots and lookup keys filled in with the stored policy', async () => {
    const factory = new IDBFactory();
    await seed(factory, [{ version: 1, stores: STORES_V1 }], {
      clients: [V1_CLIENT],
      invoices: [V1_INVOICE],
      events: V1_EVENTS,
      settings: [V1_POLICY],
    });

    const db = openCurrent(factory);
    const row = await db.invoices.get('i-1');
    expect(row).toMatchObject(V1_INVOICE);
    expect(row).toMatchObject({
      threadKey: 'outlook:AAMk-harbour-7',
      numberKey: 'HL2026007',
      overdueSince: '2026-02-19',
      snapshot: {
        computedFor: TODAY,
        balanceMinor: 60_000,
        status: 'overdue',
        remindersSent: 1,
        daysOverdue: 19,
      },
    });
    // Under the stored one-step ladder the reminder already went, so nothing is scheduled (the default
    // ladder would have a follow-up); with money still owed the invoice wants a look from its due date.
    expect(row?.snapshot).toMatchObject({ nextStep: null, nextDate: null });
    expect(row?.attentionDate).toBe('2026-02-19');
    expect(await db.clients.get('c-1')).toMatchObject({
      ...V1_CLIENT,
      emailKey: 'owner@harbourlights.example',
      nameKey: 'harbour lights café',
    });
    expect(await db.events.where('invoiceId').equals('i-1').count()).toBe(2);

    // The new indexes answer the ledger's queries.
    const ledger = ledgerOn(db);
    expect(await ledger.badgeSummary(TODAY)).toEqual({
      count: 1,
      totalsByCurrency: [{ currency: 'EUR', amountMinor: 60_000 }],
    });
    expect((await ledger.findByThread('outlook', 'AAMk-harbour-7'))?.invoice.id).toBe('i-1');
    expect((await ledger.listForClientEmail('owner@harbourlights.example')).map((r) => r.id)).toEqual([
      'i-1',
    ]);
    expect(
      await ledger.findImportMatch({
        number: 'HL-2026-007',
        clientName: 'x',
        clientEmail: 'OWNER@harbourlights.example',
      }),
    ).toBe('i-1');
    db.close();
  });

  it('upgrades a version 2 ledger by adding the invoice-number key', async () => {
    const factory = new IDBFactory();
    const v2Invoice = {
      ...V1_INVOICE,
      threadKey: 'outlook:AAMk-harbour-7',
      overdueSince: '2026-02-19',
      attentionDate: '2026-03-01',
      snapshot: {
        computedFor: '2026-03-01',
        balanceMinor: 60_000,
        status: 'overdue',
        nextStep: 'follow-up',
        nextDate: '2026-03-01',
        due: true,
        pausedReason: null,
        pausedUntil: null,
        daysOverdue: 10,
        remindersSent: 1,
        lastContactDate: '2026-02-20',
      },
    };
    await seed(
      factory,
      [
        { version: 1, stores: STORES_V1 },
        { version: 2, stores: STORES_V2 },
      ],
      {
        clients: [{ ...V1_CLIENT, emailKey: 'owner@harbourlights.example', nameKey: 'harbour lights café' }],
        invoices: [v2Invoice],
        events: V1_EVENTS,
        settings: [],
      },
    );

    const db = openCurrent(factory);
    expect(await db.invoices.get('i-1')).toMatchObject({ ...v2Invoice, numberKey: 'HL2026007' });
    const ledger = ledgerOn(db);
    await expect(
      ledger.createInvoice({
        number: 'HL 2026 007',
        client: { id: 'c-1' },
        currency: 'EUR',
        totalMinor: 1,
        issueDate: null,
        dueDate: '2026-04-01',
        terms: '',
      }),
    ).rejects.toThrow('Invoice HL 2026 007 for Harbour Lights Café is already tracked');
    db.close();
  });
});
