import type { IsoDate } from '../dates/calendar.ts';
import { resolvePolicy } from '../ladder/policy.ts';
import type { Policy } from '../ladder/types.ts';
import { toDecimalString } from '../money/amount.ts';
import { findClient, findOrCreateClient } from './clients.ts';
import type { LedgerDb } from './db.ts';
import {
  clientRecordOf,
  clientRowOf,
  groupEventsByInvoice,
  invoiceRecordOf,
  invoiceRowOf,
  numberKeyOf,
  planOf,
  sameDerived,
  sortEvents,
  threadKeyOf,
} from './derive.ts';
import { invalid, LedgerError } from './errors.ts';
import {
  checkClientPatch,
  checkCorrection,
  checkDetectedInvoice,
  checkImportRow,
  checkManualInvoice,
  checkPayment,
} from './input-checks.ts';
import { createQueries } from './queries.ts';
import {
  checkSettingsPatch,
  type LedgerSettings,
  META_SNAPSHOTS_FOR,
  settingRowsOf,
  settingsFromRows,
} from './settings.ts';
import type {
  ClientRecord,
  CorrectableField,
  InvoiceRecord,
  InvoiceRow,
  MailClient,
  TimelineEvent,
  TimelineEventBody,
  TimelineEventType,
} from './types.ts';
import { checkEventBody, expectDate, expectText } from './validate.ts';
import type {
  ClientPatch,
  CorrectionValue,
  DetectedInvoice,
  ImportInvoiceInput,
  ImportMatchKey,
  ImportRowOutcome,
  InvoiceView,
  ManualInvoiceInput,
  PaymentInput,
  TrackResult,
} from './views.ts';

export { LedgerError } from './errors.ts';
export type * from './views.ts';

export interface LedgerDeps {
  now: () => number;
  /** Today's calendar date in the user's time zone. */
  today: () => IsoDate;
  newId: () => string;
}

/** Events a caller may add directly; payments and state changes have their own methods. */
const ADDABLE_EVENT_TYPES: readonly TimelineEventType[] = [
  'drafted',
  'sent',
  'call',
  'promise',
  'dispute-opened',
  'dispute-resolved',
  'client-replied',
  'plan-agreed',
  'snoozed',
  'note',
];

const MAIL_CLIENT_NAMES: Record<MailClient, string> = { gmail: 'Gmail', outlook: 'Outlook' };

type Log = (body: TimelineEventBody, date?: IsoDate) => void;

export type Ledger = ReturnType<typeof createLedger>;

/**
 * The ledger's only write path. Every write runs in one Dexie transaction, appends the matching
 * timeline event, and re-derives the invoice row's snapshot; nothing is deleted silently.
 */
export function createLedger(db: LedgerDb, deps: LedgerDeps) {
  const allTables = [db.invoices, db.clients, db.events, db.settings];
  const rw = <T>(work: () => Promise<T>): Promise<T> => db.transaction('rw', allTables, work);
  const ro = <T>(work: () => Promise<T>): Promise<T> => db.transaction('r', allTables, work);

  async function readSettings(): Promise<LedgerSettings> {
    return settingsFromRows(await db.settings.toArray());
  }

  async function requireInvoice(invoiceId: unknown): Promise<InvoiceRow> {
    const row = typeof invoiceId === 'string' ? await db.invoices.get(invoiceId) : undefined;
    if (!row) throw new LedgerError('not-found', `No invoice with id ${JSON.stringify(invoiceId)}`);
    return row;
  }

  async function requireClient(clientId: unknown): Promise<ClientRecord> {
    const row = typeof clientId === 'string' ? await db.clients.get(clientId) : undefined;
    if (!row) throw new LedgerError('not-found', `No client with id ${JSON.stringify(clientId)}`);
    return clientRecordOf(row);
  }

  function policyFor(settings: LedgerSettings, client: ClientRecord | undefined): Policy {
    return resolvePolicy(settings.policy, client?.policyOverride ?? null);
  }

  /** Re-derives and stores the invoice row from the record and its stored events. */
  async function storeRow(record: InvoiceRecord, settings: LedgerSettings): Promise<void> {
    const client = await db.clients.get(record.clientId);
    const events = await db.events.where('invoiceId').equals(record.id).toArray();
    await db.invoices.put(
      invoiceRowOf(record, events, policyFor(settings, client), deps.today(), client ?? { business: false }),
    );
  }

  async function viewOf(record: InvoiceRecord, settings: LedgerSettings): Promise<InvoiceView> {
    const client = await requireClient(record.clientId);
    const events = sortEvents(await db.events.where('invoiceId').equals(record.id).toArray());
    const plan = planOf(record, events, policyFor(settings, client), deps.today(), client, settings.locale);
    return { invoice: record, client, events, plan };
  }

  function eventsFor(invoiceId: string): { log: Log; events: TimelineEvent[] } {
    const events: TimelineEvent[] = [];
    const log: Log = (body, date) => {
      events.push({ ...body, id: deps.newId(), invoiceId, date: date ?? deps.today(), at: deps.now() });
    };
    return { log, events };
  }

  /**
   * Applies a change to one invoice. The change mutates the record and logs what it did; a
   * change that logs nothing wrote nothing, so it is skipped.
   */
  async function changeInvoice(
    invoiceId: unknown,
    change: (record: InvoiceRecord, log: Log, settings: LedgerSettings) => void | Promise<void>,
  ): Promise<InvoiceView> {
    return rw(async () => {
      const record = invoiceRecordOf(await requireInvoice(invoiceId));
      const settings = await readSettings();
      const { log, events } = eventsFor(record.id);
      await change(record, log, settings);
      if (events.length > 0) {
        record.updatedAt = deps.now();
        await db.events.bulkAdd(events);
        await storeRow(record, settings);
      }
      return viewOf(record, settings);
    });
  }

  function describeField(field: CorrectableField, value: unknown, record: InvoiceRecord): string {
    if (value === null || value === undefined || value === '') return '(none)';
    if (field === 'totalMinor' && typeof value === 'number') {
      return `${toDecimalString(value, record.currency)} ${record.currency}`;
    }
    return String(value);
  }

  async function describeClient(clientId: string): Promise<string> {
    return (await db.clients.get(clientId))?.name ?? clientId;
  }

  function newInvoiceRecord(
    fields: Pick<
      InvoiceRecord,
      'number' | 'clientId' | 'currency' | 'totalMinor' | 'issueDate' | 'dueDate' | 'terms' | 'source'
    > &
      Partial<Pick<InvoiceRecord, 'notes'>>,
  ): InvoiceRecord {
    const at = deps.now();
    return {
      id: deps.newId(),
      notes: '',
      ...fields,
      payments: [],
      state: { writtenOff: false, collections: false, tracking: true },
      corrected: [],
      createdAt: at,
      updatedAt: at,
    };
  }

  async function insertInvoice(record: InvoiceRecord, events: TimelineEvent[], settings: LedgerSettings) {
    await db.events.bulkAdd(events);
    await storeRow(record, settings);
  }

  async function findByNumber(clientId: string, number: string): Promise<InvoiceRow | undefined> {
    const key = numberKeyOf(number);
    if (key === '') return undefined;
    return db.invoices.where('[clientId+numberKey]').equals([clientId, key]).first();
  }

  /** Sets the fields detection or an import read, except those the user corrected. */
  function mergeRead(
    record: InvoiceRecord,
    read: Partial<Pick<InvoiceRecord, CorrectableField>>,
    clientNames: { old: string; new: string } | null,
  ): { changed: CorrectableField[]; kept: CorrectableField[]; details: string[] } {
    const changed: CorrectableField[] = [];
    const kept: CorrectableField[] = [];
    const details: string[] = [];
    const writable = record as unknown as Record<CorrectableField, unknown>;
    for (const [field, value] of Object.entries(read) as [CorrectableField, unknown][]) {
      if (value === undefined || value === writable[field]) continue;
      if (record.corrected.includes(field)) {
        kept.push(field);
        continue;
      }
      const before =
        field === 'clientId' && clientNames ? clientNames.old : describeField(field, writable[field], record);
      writable[field] = value;
      const after =
        field === 'clientId' && clientNames ? clientNames.new : describeField(field, value, record);
      changed.push(field);
      details.push(`${field}: ${before} → ${after}`);
    }
    return { changed, kept, details };
  }

  async function refreshAll(today: IsoDate): Promise<number> {
    const [settingRows, clients, invoices, events] = await Promise.all([
      db.settings.toArray(),
      db.clients.toArray(),
      db.invoices.toArray(),
      db.events.toArray(),
    ]);
    const settings = settingsFromRows(settingRows);
    const clientsById = new Map(clients.map((client) => [client.id, client]));
    const eventsByInvoice = groupEventsByInvoice(events);
    const policies = new Map<string, Policy>();
    const changed: InvoiceRow[] = [];
    for (const row of invoices) {
      const client = clientsById.get(row.clientId);
      let policy = policies.get(row.clientId);
      if (!policy) {
        policy = policyFor(settings, client);
        policies.set(row.clientId, policy);
      }
      const fresh = invoiceRowOf(
        invoiceRecordOf(row),
        eventsByInvoice.get(row.id) ?? [],
        policy,
        today,
        client ?? { business: false },
      );
      // Most rows (paid, closed) come out the same each day; rewriting them would double the cost.
      if (!sameDerived(row, fresh)) changed.push(fresh);
    }
    await db.invoices.bulkPut(changed);
    await db.settings.put({ key: META_SNAPSHOTS_FOR, value: today });
    return invoices.length;
  }

  async function refreshClientInvoices(clientId: string, settings: LedgerSettings): Promise<void> {
    const invoices = await db.invoices.where('clientId').equals(clientId).toArray();
    for (const row of invoices) await storeRow(invoiceRecordOf(row), settings);
  }

  const queries = createQueries(db, {
    ensureFresh: async (today) => {
      const stamp = await db.settings.get(META_SNAPSHOTS_FOR);
      if (stamp?.value !== today) await rw(() => refreshAll(today));
    },
    readSettings,
    viewOf,
    requireInvoice,
    now: deps.now,
    today: deps.today,
  });

  return {
    ...queries,

    /** Creates or updates the invoice a mail thread shows; the user's corrections always win. */
    async trackFromDetection(input: DetectedInvoice): Promise<TrackResult> {
      const problems = checkDetectedInvoice(input);
      if (problems.length > 0) throw invalid('Cannot track the detected invoice', problems);
      const source = {
        kind: 'mail' as const,
        mailClient: input.source.mailClient,
        threadId: input.source.threadId,
        messageId: input.source.messageId,
      };
      return rw(async () => {
        const settings = await readSettings();
        let row = await db.invoices.where('threadKey').equals(threadKeyOf(source)).first();
        const clientId =
          row?.corrected.includes('clientId') === true
            ? row.clientId
            : (await findOrCreateClient(db, input.client, deps)).id;
        row ??= await findByNumber(clientId, input.invoiceNumber);

        const read = {
          number: input.invoiceNumber.trim() || undefined,
          clientId,
          currency: input.currency,
          totalMinor: input.totalMinor,
          issueDate: input.issueDate ?? undefined,
          dueDate: input.dueDate,
          terms: input.terms.trim() || undefined,
        };

        if (!row) {
          const record = newInvoiceRecord({
            number: input.invoiceNumber.trim(),
            clientId,
            currency: input.currency,
            totalMinor: input.totalMinor,
            issueDate: input.issueDate,
            dueDate: input.dueDate,
            terms: input.terms.trim(),
            source,
          });
          const { log, events } = eventsFor(record.id);
          log({
            type: 'state-changed',
            change: 'tracking-started',
            detail: `found in a ${MAIL_CLIENT_NAMES[source.mailClient]} thread`,
          });
          await insertInvoice(record, events, settings);
          return {
            created: true,
            changedFields: [],
            keptCorrections: [],
            view: await viewOf(record, settings),
          };
        }

        const record = invoiceRecordOf(row);
        const clientNames =
          read.clientId !== record.clientId
            ? { old: await describeClient(record.clientId), new: await describeClient(read.clientId) }
            : null;
        const { changed, kept, details } = mergeRead(record, read, clientNames);
        if (record.source.kind !== 'mail') {
          details.push(`linked to a ${MAIL_CLIENT_NAMES[source.mailClient]} thread`);
          record.source = source;
        }
        if (details.length > 0) {
          const { log, events } = eventsFor(record.id);
          log({
            type: 'state-changed',
            change: 'details-updated',
            detail: `${MAIL_CLIENT_NAMES[source.mailClient]}: ${details.join('; ')}`,
          });
          record.updatedAt = deps.now();
          await insertInvoice(record, events, settings);
        }
        return {
          created: false,
          changedFields: changed,
          keptCorrections: kept,
          view: await viewOf(record, settings),
        };
      });
    },

    /** Adds an invoice the user typed in. */
    async createInvoice(input: ManualInvoiceInput): Promise<InvoiceView> {
      const problems = checkManualInvoice(input);
      if (problems.length > 0) throw invalid('Cannot add the invoice', problems);
      return rw(async () => {
        const settings = await readSettings();
        const client =
          'id' in input.client
            ? await requireClient(input.client.id)
            : await findOrCreateClient(db, input.client, deps);
        const number = input.number.trim();
        if (await findByNumber(client.id, number)) {
          throw new LedgerError('conflict', `Invoice ${number} for ${client.name} is already tracked`);
        }
        const record = newInvoiceRecord({
          number,
          clientId: client.id,
          currency: input.currency,
          totalMinor: input.totalMinor,
          issueDate: input.issueDate,
          dueDate: input.dueDate,
          terms: input.terms.trim(),
          notes: input.notes ?? '',
          source: { kind: 'manual' },
        });
        const { log, events } = eventsFor(record.id);
        log({ type: 'state-changed', change: 'tracking-started', detail: 'entered by hand' });
        await insertInvoice(record, events, settings);
        return viewOf(record, settings);
      });
    },

    /** The user's value for a field; detection never overwrites it again. */
    async correctField(
      invoiceId: string,
      field: CorrectableField,
      value: CorrectionValue,
    ): Promise<InvoiceView> {
      const problems = checkCorrection(field, value);
      if (problems.length > 0) throw invalid('Cannot correct the invoice', problems);
      return changeInvoice(invoiceId, async (record, log) => {
        const writable = record as unknown as Record<CorrectableField, unknown>;
        const newValue = typeof value === 'string' && field !== 'clientId' ? value.trim() : value;
        let before = describeField(field, writable[field], record);
        let after = describeField(field, newValue, record);
        if (field === 'clientId') {
          const client = await requireClient(newValue);
          before = await describeClient(record.clientId);
          after = client.name;
        }
        const detail =
          writable[field] === newValue ? `${field}: ${after} (confirmed)` : `${field}: ${before} → ${after}`;
        writable[field] = newValue;
        if (!record.corrected.includes(field)) record.corrected.push(field);
        log({ type: 'state-changed', change: 'field-corrected', detail });
      });
    },

    /** Records a payment, full or partial. */
    async recordPayment(invoiceId: string, payment: PaymentInput): Promise<InvoiceView> {
      const problems = checkPayment(payment);
      if (problems.length > 0) throw invalid('Cannot record the payment', problems);
      return changeInvoice(invoiceId, (record, log) => {
        const id = deps.newId();
        record.payments.push({
          id,
          date: payment.date,
          amountMinor: payment.amountMinor,
          note: payment.note,
        });
        log(
          { type: 'payment-recorded', paymentId: id, amountMinor: payment.amountMinor, note: payment.note },
          payment.date,
        );
      });
    },

    /** Takes back a payment recorded in error; the timeline keeps what was removed and why. */
    async removePayment(invoiceId: string, paymentId: string, reason: string): Promise<InvoiceView> {
      const problems = expectText(reason, 'reason');
      if (problems.length > 0) throw invalid('Cannot remove the payment', problems);
      return changeInvoice(invoiceId, (record, log) => {
        const payment = record.payments.find((candidate) => candidate.id === paymentId);
        if (!payment) {
          throw new LedgerError(
            'not-found',
            `Invoice ${record.number} has no payment with id ${JSON.stringify(paymentId)}`,
          );
        }
        record.payments = record.payments.filter((candidate) => candidate.id !== paymentId);
        const amount = `${toDecimalString(payment.amountMinor, record.currency)} ${record.currency}`;
        const why = reason.trim() === '' ? '' : `: ${reason.trim()}`;
        log({
          type: 'state-changed',
          change: 'payment-removed',
          detail: `${amount} paid ${payment.date} (payment ${payment.id})${why}`,
        });
      });
    },

    /** Logs something that happened: a draft, a sent reminder, a call, a promise, a dispute… */
    async addEvent(invoiceId: string, body: TimelineEventBody, date?: IsoDate): Promise<InvoiceView> {
      const problems = [
        ...checkEventBody(body, 'event', ADDABLE_EVENT_TYPES),
        ...(date === undefined ? [] : expectDate(date, 'date')),
      ];
      if (problems.length > 0) throw invalid('Cannot add the event', problems);
      return changeInvoice(invoiceId, (_record, log) => log(body, date));
    },

    async setWrittenOff(invoiceId: string, writtenOff: boolean, reason = ''): Promise<InvoiceView> {
      if (typeof writtenOff !== 'boolean')
        throw invalid('Cannot change the invoice', [`writtenOff: expected true or false`]);
      return changeInvoice(invoiceId, (record, log) => {
        if (record.state.writtenOff === writtenOff) return;
        record.state.writtenOff = writtenOff;
        log({ type: 'state-changed', change: writtenOff ? 'written-off' : 'reinstated', detail: reason });
      });
    },

    async setCollections(invoiceId: string, collections: boolean, detail = ''): Promise<InvoiceView> {
      if (typeof collections !== 'boolean')
        throw invalid('Cannot change the invoice', [`collections: expected true or false`]);
      return changeInvoice(invoiceId, (record, log) => {
        if (record.state.collections === collections) return;
        record.state.collections = collections;
        log({ type: 'state-changed', change: collections ? 'collections' : 'collections-withdrawn', detail });
      });
    },

    /** Stops chasing the invoice; it stays in the ledger and resumeTracking() undoes this. */
    async stopTracking(invoiceId: string, reason = ''): Promise<InvoiceView> {
      return changeInvoice(invoiceId, (record, log) => {
        if (!record.state.tracking) return;
        record.state.tracking = false;
        log({ type: 'state-changed', change: 'tracking-stopped', detail: reason });
      });
    },

    async resumeTracking(invoiceId: string): Promise<InvoiceView> {
      return changeInvoice(invoiceId, (record, log) => {
        if (record.state.tracking) return;
        record.state.tracking = true;
        log({ type: 'state-changed', change: 'tracking-resumed', detail: '' });
      });
    },

    /** Changes a client's details, business flag or ladder override, and re-plans its invoices. */
    async updateClient(clientId: string, patch: ClientPatch): Promise<ClientRecord> {
      const problems = checkClientPatch(patch);
      if (problems.length > 0) throw invalid('Cannot update the client', problems);
      return rw(async () => {
        const client = await requireClient(clientId);
        const updated: ClientRecord = {
          ...client,
          ...patch,
          ...(patch.name === undefined ? {} : { name: patch.name.trim() }),
          ...(patch.email === undefined ? {} : { email: patch.email?.trim() || null }),
          ...(patch.company === undefined ? {} : { company: patch.company?.trim() || null }),
          updatedAt: deps.now(),
        };
        await db.clients.put(clientRowOf(updated));
        if (patch.business !== undefined || patch.policyOverride !== undefined) {
          await refreshClientInvoices(clientId, await readSettings());
        }
        return updated;
      });
    },

    async getSettings(): Promise<LedgerSettings> {
      return readSettings();
    },

    /** Saves settings; a new policy re-plans every invoice in the same transaction. */
    async updateSettings(patch: Partial<LedgerSettings>): Promise<LedgerSettings> {
      const problems = checkSettingsPatch(patch);
      if (problems.length > 0) throw invalid('Cannot save the settings', problems);
      return rw(async () => {
        await db.settings.bulkPut(settingRowsOf(patch));
        if (patch.policy !== undefined) await refreshAll(deps.today());
        return readSettings();
      });
    },

    /** Re-derives every invoice's snapshot for a date: at midnight, or after a policy change. */
    async refreshSnapshots(today: IsoDate): Promise<{ count: number }> {
      const problems = expectDate(today, 'today');
      if (problems.length > 0) throw invalid('Cannot refresh', problems);
      return { count: await rw(() => refreshAll(today)) };
    },

    /** The invoice a CSV row would update, if it is already in the ledger. */
    async findImportMatch(key: ImportMatchKey): Promise<string | null> {
      return ro(async () => {
        const client = await findClient(db, { name: key.clientName, email: key.clientEmail, company: null });
        if (!client) return null;
        return (await findByNumber(client.id, key.number))?.id ?? null;
      });
    },

    /**
     * Imports checked CSV rows in one transaction: all or nothing. A row for an invoice already
     * in the ledger updates it (corrections kept) and records any payment seen since.
     */
    async importInvoices(rows: ImportInvoiceInput[], fileName: string): Promise<ImportRowOutcome[]> {
      const problems = [
        ...expectText(fileName, 'fileName'),
        ...(Array.isArray(rows)
          ? rows.flatMap((row, index) => checkImportRow(row, `rows[${index}]`))
          : ['rows: expected a list']),
      ];
      if (problems.length > 0) throw invalid('Cannot import', problems);
      return rw(async () => {
        const settings = await readSettings();
        const outcomes: ImportRowOutcome[] = [];
        for (const row of rows) {
          const client = await findOrCreateClient(db, row.client, deps);
          const existing = await findByNumber(client.id, row.number);
          outcomes.push(
            existing
              ? await updateFromImport(invoiceRecordOf(existing), row, fileName, settings)
              : await createFromImport(client.id, row, fileName, settings),
          );
        }
        return outcomes;
      });
    },
  };

  async function createFromImport(
    clientId: string,
    row: ImportInvoiceInput,
    fileName: string,
    settings: LedgerSettings,
  ): Promise<ImportRowOutcome> {
    const record = newInvoiceRecord({
      number: row.number.trim(),
      clientId,
      currency: row.currency,
      totalMinor: row.totalMinor ?? row.balanceMinor,
      issueDate: row.issueDate,
      dueDate: row.dueDate,
      terms: '',
      source: { kind: 'import', fileName, row: row.rowNumber },
    });
    const { log, events } = eventsFor(record.id);
    log({
      type: 'state-changed',
      change: 'tracking-started',
      detail: `imported from ${fileName}, row ${row.rowNumber}`,
    });
    const paidMinor = record.totalMinor - row.balanceMinor;
    if (paidMinor > 0) logImportedPayment(record, paidMinor, fileName, log);
    await insertInvoice(record, events, settings);
    return { rowNumber: row.rowNumber, invoiceId: record.id, outcome: 'created', changes: [] };
  }

  async function updateFromImport(
    record: InvoiceRecord,
    row: ImportInvoiceInput,
    fileName: string,
    settings: LedgerSettings,
  ): Promise<ImportRowOutcome> {
    const { details } = mergeRead(
      record,
      {
        currency: row.currency,
        totalMinor: row.totalMinor ?? undefined,
        issueDate: row.issueDate ?? undefined,
        dueDate: row.dueDate,
      },
      null,
    );
    const { log, events } = eventsFor(record.id);
    if (details.length > 0) {
      log({ type: 'state-changed', change: 'details-updated', detail: `${fileName}: ${details.join('; ')}` });
    }
    const ledgerBalance = record.totalMinor - record.payments.reduce((sum, p) => sum + p.amountMinor, 0);
    const paidSince = ledgerBalance - row.balanceMinor;
    if (record.currency === row.currency && paidSince > 0) {
      logImportedPayment(record, paidSince, fileName, log);
      details.push(`payment of ${toDecimalString(paidSince, record.currency)} ${record.currency} recorded`);
    }
    if (events.length === 0) {
      return { rowNumber: row.rowNumber, invoiceId: record.id, outcome: 'unchanged', changes: [] };
    }
    record.updatedAt = deps.now();
    await insertInvoice(record, events, settings);
    return { rowNumber: row.rowNumber, invoiceId: record.id, outcome: 'updated', changes: details };
  }

  function logImportedPayment(record: InvoiceRecord, amountMinor: number, fileName: string, log: Log): void {
    const id = deps.newId();
    const note = `paid according to ${fileName}`;
    const date = deps.today();
    record.payments.push({ id, date, amountMinor, note });
    log({ type: 'payment-recorded', paymentId: id, amountMinor, note }, date);
  }
}
