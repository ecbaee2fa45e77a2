import Dexie, { type EntityTable } from 'dexie';
import type { IsoDate } from '../dates/calendar.ts';
import { STORES_V1, STORES_V2, STORES_V3, upgradeToV2, upgradeToV3 } from './migrations.ts';
import type { ClientRow, InvoiceRow, SettingRow, TimelineEvent } from './types.ts';

export const SCHEMA_VERSION = 3;
export const DEFAULT_DB_NAME = 'tactful-ledger';

export interface LedgerDbOptions {
  /** Tests pass fake-indexeddb's; the extension uses the browser's own. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** The calendar date migrations compute snapshots for; defaults to today in the stored time zone. */
  today?: () => IsoDate;
}

/** The ledger's IndexedDB database. All writes go through lib/ledger/store.ts. */
export class LedgerDb extends Dexie {
  declare invoices: EntityTable<InvoiceRow, 'id'>;
  declare clients: EntityTable<ClientRow, 'id'>;
  declare events: EntityTable<TimelineEvent, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;

  constructor(name: string = DEFAULT_DB_NAME, options: LedgerDbOptions = {}) {
    super(name, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade((tx) => upgradeToV2(tx, options.today));
    this.version(3).stores(STORES_V3).upgrade(upgradeToV3);
  }
}
