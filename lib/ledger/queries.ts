import { addDays, daysBetween, type IsoDate } from '../dates/calendar.ts';
import { resolvePolicy } from '../ladder/policy.ts';
import type { LedgerDb } from './db.ts';
import { clientRecordOf, emailKeyOf, invoiceRecordOf, isChased, threadKeyOf } from './derive.ts';
import { invalid } from './errors.ts';
import type { LedgerSettings } from './settings.ts';
import type { ClientRecord, InvoiceRecord, InvoiceRow, MailClient } from './types.ts';
import { expectDate } from './validate.ts';
import type {
  AttentionRow,
  BadgeSummary,
  CaseFileData,
  InvoiceListFilter,
  InvoiceListRow,
  InvoiceView,
  OpenInvoiceRow,
} from './views.ts';

/** Lower bound for the derived date indexes: '' (nothing to do) sorts below every date. */
const FIRST_DATE = '0000-01-01';

/** Soonest first; on the same day, the larger balance first. */
function byAttention(a: InvoiceRow, b: InvoiceRow): number {
  if (a.attentionDate !== b.attentionDate) return a.attentionDate < b.attentionDate ? -1 : 1;
  return b.snapshot.balanceMinor - a.snapshot.balanceMinor;
}

interface QueryContext {
  /** Re-derives every snapshot when they were computed for another day. */
  ensureFresh: (today: IsoDate) => Promise<void>;
  readSettings: () => Promise<LedgerSettings>;
  viewOf: (record: InvoiceRecord, settings: LedgerSettings) => Promise<InvoiceView>;
  requireInvoice: (invoiceId: unknown) => Promise<InvoiceRow>;
  now: () => number;
  today: () => IsoDate;
}

function checkToday(today: unknown, operation: string): void {
  const problems = expectDate(today, 'today');
  if (problems.length > 0) throw invalid(operation, problems);
}

/** Days overdue on `today`, from the snapshot when it was computed for that day. */
function daysOverdueOn(row: InvoiceRow, today: IsoDate): number {
  if (row.snapshot.computedFor === today) return row.snapshot.daysOverdue;
  return row.overdueSince === '' ? 0 : Math.max(0, daysBetween(row.dueDate, today));
}

const BULK_GET_LIMIT = 40;

async function clientNames(db: LedgerDb, rows: readonly InvoiceRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((row) => row.clientId))];
  const names = new Map<string, string>();
  // One read of the whole (small) table beats hundreds of single gets.
  if (ids.length > BULK_GET_LIMIT) {
    for (const client of await db.clients.toArray()) names.set(client.id, client.name);
  } else {
    const clients = await db.clients.bulkGet(ids);
    clients.forEach((client, index) => {
      const id = ids[index];
      if (id !== undefined && client) names.set(id, client.name);
    });
  }
  for (const id of ids) if (!names.has(id)) names.set(id, '(unknown client)');
  return names;
}

/** The ledger's reads. Each answers from indexes and stored snapshots; none runs the ladder over many rows. */
export function createQueries(db: LedgerDb, context: QueryContext) {
  const ro = <T>(work: () => Promise<T>): Promise<T> =>
    db.transaction('r', [db.invoices, db.clients, db.events, db.settings], work);

  return {
    /** The invoice with its client, timeline and a fresh plan. */
    async getInvoiceView(invoiceId: string): Promise<InvoiceView> {
      return ro(async () => {
        const row = await context.requireInvoice(invoiceId);
        return context.viewOf(invoiceRecordOf(row), await context.readSettings());
      });
    },

    /** The invoice tracked for a mail thread, if any. */
    async findByThread(mailClient: MailClient, threadId: string): Promise<InvoiceView | null> {
      const key = threadKeyOf({ kind: 'mail', mailClient, threadId, messageId: null });
      return ro(async () => {
        const row = await db.invoices.where('threadKey').equals(key).first();
        return row ? context.viewOf(invoiceRecordOf(row), await context.readSettings()) : null;
      });
    },

    /** Open invoices of the client(s) with this address, for the compose window's To. */
    async listForClientEmail(email: string): Promise<OpenInvoiceRow[]> {
      const key = emailKeyOf(typeof email === 'string' ? email : null);
      if (key === '') return [];
      const today = context.today();
      return ro(async () => {
        const clients = await db.clients.where('emailKey').equals(key).toArray();
        const rows: OpenInvoiceRow[] = [];
        for (const client of clients) {
          const invoices = await db.invoices.where('clientId').equals(client.id).toArray();
          for (const row of invoices) {
            if (!isChased(row, row.snapshot)) continue;
            rows.push({
              id: row.id,
              number: row.number,
              clientName: client.name,
              currency: row.currency,
              balanceMinor: row.snapshot.balanceMinor,
              dueDate: row.dueDate,
              daysOverdue: daysOverdueOn(row, today),
              status: row.snapshot.status,
              nextStep: row.snapshot.nextStep,
            });
          }
        }
        return rows.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
      });
    },

    /**
     * The popup's list: invoices needing the user by today + soonDays, soonest first, larger
     * balances first on the same day; `limit` keeps only the first rows.
     */
    async listAttention(today: IsoDate, options: { limit?: number } = {}): Promise<AttentionRow[]> {
      checkToday(today, 'Cannot list invoices needing attention');
      const { limit } = options;
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
        throw invalid('Cannot list invoices needing attention', [
          `limit: expected a whole number above 0, got ${limit}`,
        ]);
      }
      await context.ensureFresh(today);
      return ro(async () => {
        const { soonDays } = await context.readSettings();
        const range = () =>
          db.invoices.where('attentionDate').between(FIRST_DATE, addDays(today, soonDays), true, true);
        let rows: InvoiceRow[];
        if (limit === undefined) {
          rows = await range().toArray();
        } else {
          // The index gives the first `limit` rows by date; the last date's other rows are needed
          // too, since larger balances come first within a day.
          rows = await range().limit(limit).toArray();
          const lastDate = rows.at(-1)?.attentionDate;
          if (rows.length === limit && lastDate) {
            const seen = new Set(rows.map((row) => row.id));
            const sameDay = await db.invoices.where('attentionDate').equals(lastDate).toArray();
            rows.push(...sameDay.filter((row) => !seen.has(row.id)));
          }
        }
        rows.sort(byAttention);
        if (limit !== undefined) rows = rows.slice(0, limit);
        const names = await clientNames(db, rows);
        return rows.map(
          (row): AttentionRow => ({
            id: row.id,
            number: row.number,
            clientId: row.clientId,
            clientName: names.get(row.clientId) ?? '',
            currency: row.currency,
            balanceMinor: row.snapshot.balanceMinor,
            dueDate: row.dueDate,
            daysOverdue: row.snapshot.daysOverdue,
            nextStep: row.snapshot.nextStep,
            nextDate: row.snapshot.nextDate,
            attentionDate: row.attentionDate,
            due: row.snapshot.due,
            status: row.snapshot.status,
            pausedReason: row.snapshot.pausedReason,
            source: row.source,
          }),
        );
      });
    },

    /** What the toolbar badge shows: invoices past their due date, and how much they owe per currency. */
    async badgeSummary(today: IsoDate): Promise<BadgeSummary> {
      checkToday(today, 'Cannot count overdue invoices');
      // overdueSince holds the due date of every chased invoice, so "due before today" is one range.
      const rows = await db.invoices
        .where('overdueSince')
        .between(FIRST_DATE, addDays(today, -1), true, true)
        .toArray();
      const totals = new Map<string, number>();
      for (const row of rows)
        totals.set(row.currency, (totals.get(row.currency) ?? 0) + row.snapshot.balanceMinor);
      return {
        count: rows.length,
        totalsByCurrency: [...totals]
          .map(([currency, amountMinor]) => ({ currency, amountMinor }))
          .sort((a, b) => (a.currency < b.currency ? -1 : 1)),
      };
    },

    /** The options page's table, by due date. */
    async listInvoices(filter: InvoiceListFilter = {}): Promise<InvoiceListRow[]> {
      const today = context.today();
      return ro(async () => {
        const all =
          filter.clientId === undefined
            ? await db.invoices.toArray()
            : await db.invoices.where('clientId').equals(filter.clientId).toArray();
        const rows =
          filter.status === undefined ? all : all.filter((row) => row.snapshot.status === filter.status);
        rows.sort((a, b) =>
          a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number.localeCompare(b.number),
        );
        const names = await clientNames(db, rows);
        return rows.map(
          (row): InvoiceListRow => ({
            id: row.id,
            number: row.number,
            clientId: row.clientId,
            clientName: names.get(row.clientId) ?? '',
            currency: row.currency,
            totalMinor: row.totalMinor,
            balanceMinor: row.snapshot.balanceMinor,
            issueDate: row.issueDate,
            dueDate: row.dueDate,
            status: row.snapshot.status,
            daysOverdue: daysOverdueOn(row, today),
            nextStep: row.snapshot.nextStep,
            nextDate: row.snapshot.nextDate,
            tracking: row.state.tracking,
            source: row.source,
          }),
        );
      });
    },

    async listClients(): Promise<ClientRecord[]> {
      const rows = await db.clients.toArray();
      return rows.map(clientRecordOf).sort((a, b) => a.name.localeCompare(b.name));
    },

    /** Everything needed to hand the invoice's history to an agency or a court. */
    async caseFile(invoiceId: string): Promise<CaseFileData> {
      return ro(async () => {
        const row = await context.requireInvoice(invoiceId);
        const settings = await context.readSettings();
        const view = await context.viewOf(invoiceRecordOf(row), settings);
        return {
          format: 'tactful-case-file',
          generatedAt: context.now(),
          today: context.today(),
          locale: settings.locale,
          sender: settings.sender,
          policy: resolvePolicy(settings.policy, view.client.policyOverride),
          invoice: view.invoice,
          client: view.client,
          events: view.events,
          plan: view.plan,
        };
      });
    },
  };
}
