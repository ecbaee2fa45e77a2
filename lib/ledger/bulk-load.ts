import type { IsoDate } from '../dates/calendar.ts';
import { resolvePolicy } from '../ladder/policy.ts';
import type { LedgerDb } from './db.ts';
import { clientRowOf, groupEventsByInvoice, invoiceRowOf } from './derive.ts';
import { META_PREFIX, META_SNAPSHOTS_FOR, settingsFromRows } from './settings.ts';
import type { ClientRecord, InvoiceRecord, SettingRow, TimelineEvent } from './types.ts';

/** The ledger's facts, without anything derived: what a backup holds. */
export interface LedgerFacts {
  invoices: InvoiceRecord[];
  clients: ClientRecord[];
  events: TimelineEvent[];
  settings: SettingRow[];
}

export interface LedgerCounts {
  invoices: number;
  clients: number;
  events: number;
  settings: number;
}

/**
 * Replaces everything in the ledger with these facts, deriving each row's snapshot for `today`,
 * in one transaction: if any write fails, the old contents stay.
 */
export async function replaceLedger(db: LedgerDb, facts: LedgerFacts, today: IsoDate): Promise<LedgerCounts> {
  const settings = settingsFromRows(facts.settings);
  const clients = new Map(facts.clients.map((client) => [client.id, client]));
  const eventsByInvoice = groupEventsByInvoice(facts.events);
  const invoiceRows = facts.invoices.map((invoice) => {
    const client = clients.get(invoice.clientId);
    return invoiceRowOf(
      invoice,
      eventsByInvoice.get(invoice.id) ?? [],
      resolvePolicy(settings.policy, client?.policyOverride ?? null),
      today,
      client ?? { business: false },
    );
  });
  await db.transaction('rw', [db.invoices, db.clients, db.events, db.settings], async () => {
    await Promise.all([db.invoices.clear(), db.clients.clear(), db.events.clear(), db.settings.clear()]);
    await db.clients.bulkAdd(facts.clients.map(clientRowOf));
    await db.invoices.bulkAdd(invoiceRows);
    await db.events.bulkAdd(facts.events);
    await db.settings.bulkAdd([
      ...facts.settings.filter((row) => !row.key.startsWith(META_PREFIX)),
      { key: META_SNAPSHOTS_FOR, value: today },
    ]);
  });
  return {
    invoices: facts.invoices.length,
    clients: facts.clients.length,
    events: facts.events.length,
    settings: facts.settings.length,
  };
}
