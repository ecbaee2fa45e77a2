import type { Transaction } from 'dexie';
import { type IsoDate, todayIn } from '../dates/calendar.ts';
import { resolvePolicy } from '../ladder/policy.ts';
import {
  emailKeyOf,
  groupEventsByInvoice,
  indexedFieldsOf,
  nameKeyOf,
  numberKeyOf,
  snapshotOf,
  threadKeyOf,
} from './derive.ts';
import { META_SNAPSHOTS_FOR, settingsFromRows } from './settings.ts';
import type {
  ClientRecord,
  ClientRow,
  InvoiceRecord,
  InvoiceRow,
  SettingRow,
  TimelineEvent,
} from './types.ts';

/*
 * The schema's history. Each entry is what a released version declared; once released an
 * entry is never edited, only followed by a new one. Upgrade functions fill in what their
 * version added for rows written by earlier versions.
 */

/** v1: the facts only. */
export const STORES_V1 = {
  invoices: 'id, clientId, number, dueDate',
  clients: 'id, email, name',
  events: 'id, invoiceId, date',
  settings: 'key',
};

/**
 * v2: derived fields so the badge and popup read indexes instead of running the ladder, a
 * thread index for the sidebar, and lower-cased client keys for case-insensitive matching.
 */
export const STORES_V2 = {
  invoices: 'id, clientId, number, dueDate, threadKey, overdueSince, attentionDate',
  clients: 'id, emailKey, nameKey',
  events: 'id, invoiceId, date',
  settings: 'key',
};

/** v3: a loose invoice-number key per client, so re-imports and detection find the same invoice. */
export const STORES_V3 = {
  invoices: 'id, clientId, [clientId+numberKey], dueDate, threadKey, overdueSince, attentionDate',
  clients: 'id, emailKey, nameKey',
  events: 'id, invoiceId, date',
  settings: 'key',
};

export async function upgradeToV2(tx: Transaction, today?: () => IsoDate): Promise<void> {
  const settings = settingsFromRows((await tx.table('settings').toArray()) as SettingRow[]);
  const day = today?.() ?? todayIn(settings.timeZone);

  await tx
    .table('clients')
    .toCollection()
    .modify((client: ClientRow) => {
      client.emailKey = emailKeyOf(client.email);
      client.nameKey = nameKeyOf(client.name);
    });

  const clients = new Map(((await tx.table('clients').toArray()) as ClientRecord[]).map((c) => [c.id, c]));
  const eventsByInvoice = groupEventsByInvoice((await tx.table('events').toArray()) as TimelineEvent[]);
  await tx
    .table('invoices')
    .toCollection()
    .modify((row: InvoiceRow) => {
      const record: InvoiceRecord = row;
      const client = clients.get(record.clientId);
      const policy = resolvePolicy(settings.policy, client?.policyOverride ?? null);
      const snapshot = snapshotOf(record, eventsByInvoice.get(record.id) ?? [], policy, day, {
        business: client?.business ?? false,
      });
      Object.assign(row, {
        snapshot,
        ...indexedFieldsOf(record, snapshot),
        threadKey: threadKeyOf(record.source),
      });
    });
  await tx.table('settings').put({ key: META_SNAPSHOTS_FOR, value: day } satisfies SettingRow);
}

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('invoices')
    .toCollection()
    .modify((row: InvoiceRow) => {
      row.numberKey = numberKeyOf(row.number);
    });
}
