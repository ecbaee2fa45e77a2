import { type IsoDate, todayIn } from '../dates/calendar.ts';
import { describeValue } from '../ladder/policy.ts';
import { type LedgerCounts, type LedgerFacts, replaceLedger } from './bulk-load.ts';
import type { LedgerDb } from './db.ts';
import { SCHEMA_VERSION } from './db.ts';
import { clientRecordOf, invoiceRecordOf } from './derive.ts';
import { checkClientRecord, checkInvoiceRecord, checkTimelineEvent } from './record-checks.ts';
import { checkSettingsPatch, META_PREFIX, settingsFromRows } from './settings.ts';
import type { ClientRecord, InvoiceRecord, SettingRow, TimelineEvent } from './types.ts';
import { isRecord, type Problems } from './validate.ts';

export const BACKUP_FORMAT = 'tactful-backup';

/*
 * A backup holds the facts only (invoices, clients, events, settings, as lib/ledger/types.ts
 * declares them); snapshots and lookup keys are rebuilt on restore. Schema versions 1 to 3 only
 * added derived fields, so their backups share one shape and older ones restore as they are.
 * A future version that changes a fact's shape adds its transform to FACT_UPGRADES, keyed by
 * the version that introduced it, beside the matching upgrade in lib/ledger/migrations.ts.
 */
const FACT_UPGRADES: Readonly<
  Record<number, (tables: Record<string, unknown[]>) => Record<string, unknown[]>>
> = {};

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  /** ISO 8601 timestamp. */
  exportedAt: string;
  tables: LedgerFacts;
}

/** Refused backups: nothing was changed. `problems` lists each one found. */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The whole ledger as JSON text. Rows come in primary-key order so equal ledgers give equal files. */
export async function exportBackup(db: LedgerDb, now: number = Date.now()): Promise<string> {
  const tables = await db.transaction('r', [db.invoices, db.clients, db.events, db.settings], async () => ({
    invoices: (await db.invoices.toArray()).map(invoiceRecordOf),
    clients: (await db.clients.toArray()).map(clientRecordOf),
    events: await db.events.toArray(),
    settings: (await db.settings.toArray()).filter((row) => !row.key.startsWith(META_PREFIX)),
  }));
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    tables,
  };
  return JSON.stringify(backup);
}

const MAX_LISTED_PROBLEMS = 20;

function refuse(problems: string[]): never {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length > listed.length ? ` (and ${problems.length - listed.length} more)` : '';
  throw new BackupError(`This backup cannot be restored: ${listed.join('; ')}${more}`, problems);
}

function checkTables(value: unknown): { facts: LedgerFacts; problems: Problems } {
  const empty: LedgerFacts = { invoices: [], clients: [], events: [], settings: [] };
  if (!isRecord(value))
    return { facts: empty, problems: [`tables: expected an object, got ${describeValue(value)}`] };
  const problems: Problems = [];
  const list = (name: keyof LedgerFacts): unknown[] => {
    const rows = value[name];
    if (Array.isArray(rows)) return rows;
    problems.push(`tables.${name}: expected a list, got ${describeValue(rows)}`);
    return [];
  };
  const invoices = list('invoices');
  const clients = list('clients');
  const events = list('events');
  const settings = list('settings');

  problems.push(
    ...invoices.flatMap((row, index) => checkInvoiceRecord(row, `invoices[${index}]`)),
    ...clients.flatMap((row, index) => checkClientRecord(row, `clients[${index}]`)),
    ...events.flatMap((row, index) => checkTimelineEvent(row, `events[${index}]`)),
    ...settings.flatMap((row, index) => {
      if (!isRecord(row) || typeof row.key !== 'string') {
        return [`settings[${index}]: expected {key, value}, got ${describeValue(row)}`];
      }
      return row.key.startsWith(META_PREFIX)
        ? []
        : checkSettingsPatch({ [row.key]: row.value }, `settings[${index}]`);
    }),
  );
  if (problems.length > 0) return { facts: empty, problems };

  const facts: LedgerFacts = {
    invoices: invoices as InvoiceRecord[],
    clients: clients as ClientRecord[],
    events: events as TimelineEvent[],
    settings: (settings as SettingRow[]).filter((row) => !row.key.startsWith(META_PREFIX)),
  };
  return { facts, problems: checkReferences(facts) };
}

function duplicates(ids: string[], table: string): Problems {
  const seen = new Set<string>();
  const problems: Problems = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) problems.push(`${table}[${index}].id: "${id}" appears twice`);
    seen.add(id);
  });
  return problems;
}

function checkReferences(facts: LedgerFacts): Problems {
  const clientIds = new Set(facts.clients.map((client) => client.id));
  const invoiceIds = new Set(facts.invoices.map((invoice) => invoice.id));
  return [
    ...duplicates(
      facts.invoices.map((invoice) => invoice.id),
      'invoices',
    ),
    ...duplicates(
      facts.clients.map((client) => client.id),
      'clients',
    ),
    ...duplicates(
      facts.events.map((event) => event.id),
      'events',
    ),
    ...duplicates(
      facts.settings.map((row) => row.key),
      'settings',
    ),
    ...facts.invoices.flatMap((invoice, index) =>
      clientIds.has(invoice.clientId)
        ? []
        : [`invoices[${index}].clientId: no client "${invoice.clientId}" in the backup`],
    ),
    ...facts.events.flatMap((event, index) =>
      invoiceIds.has(event.invoiceId)
        ? []
        : [`events[${index}].invoiceId: no invoice "${event.invoiceId}" in the backup`],
    ),
  ];
}

/**
 * Replaces the whole ledger with a backup's contents. Everything is checked first; a backup
 * that is malformed, or from a newer Tactful, is refused with a BackupError and the ledger is
 * left exactly as it was.
 */
export async function restoreBackup(
  db: LedgerDb,
  text: string,
  options: { today?: IsoDate } = {},
): Promise<{ counts: LedgerCounts }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new BackupError(
      `This file is not a Tactful backup: it is not valid JSON (${(error as Error).message})`,
    );
  }
  if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT) {
    const format = isRecord(parsed) ? describeValue(parsed.format) : describeValue(parsed);
    throw new BackupError(
      `This file is not a Tactful backup: expected format "${BACKUP_FORMAT}", got ${format}`,
    );
  }
  const version = parsed.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError(`This backup has no valid schemaVersion (got ${describeValue(version)})`);
  }
  if (version > SCHEMA_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of Tactful (schema ${version}; this one reads up to ${SCHEMA_VERSION}). ` +
        'Update the extension, then restore it again.',
    );
  }
  let tables = parsed.tables;
  for (let next = version + 1; next <= SCHEMA_VERSION; next += 1) {
    const upgrade = FACT_UPGRADES[next];
    if (upgrade && isRecord(tables)) tables = upgrade(tables as Record<string, unknown[]>);
  }
  const { facts, problems } = checkTables(tables);
  if (problems.length > 0) refuse(problems);
  const today = options.today ?? todayIn(settingsFromRows(facts.settings).timeZone);
  return { counts: await replaceLedger(db, facts, today) };
}
