import { addDays, daysBetween, type IsoDate } from '../../lib/dates/calendar.ts';
import { planInvoice } from '../../lib/ladder/plan.ts';
import { DEFAULT_POLICY } from '../../lib/ladder/policy.ts';
import { type LedgerFacts, replaceLedger } from '../../lib/ledger/bulk-load.ts';
import { LedgerDb } from '../../lib/ledger/db.ts';
import { ladderInvoiceOf } from '../../lib/ledger/derive.ts';
import { createLedger } from '../../lib/ledger/store.ts';
import type {
  CallOutcome,
  ClientRecord,
  InvoiceRecord,
  TimelineEvent,
  TimelineEventBody,
} from '../../lib/ledger/types.ts';
import { type BenchFigure, measure } from './figure.ts';

// No node: imports here: the same file runs in Node (fake-indexeddb) and in a Chromium page.

const INVOICES = 10_000;
const EVENTS = 50_000;
const CLIENTS = 600;
const TODAY: IsoDate = '2026-06-15';
const CURRENCIES = ['GBP', 'GBP', 'EUR', 'EUR', 'USD', 'USD', 'JPY', 'KWD', 'CHF', 'SEK'] as const;
const MINOR_SCALE: Record<string, number> = { JPY: 1, KWD: 1000 };
const OUTCOMES: CallOutcome[] = ['promised', 'voicemail', 'not-received', 'awaiting-approval', 'unreachable'];

/** mulberry32: small, fast and the same sequence everywhere for a seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 10,000 invoices for 600 clients over two years, 50,000 events, in several currencies and states. */
export function generateLedger(seed = 20260615): LedgerFacts {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const at = Date.UTC(2026, 0, 1);

  const clients: ClientRecord[] = Array.from({ length: CLIENTS }, (_, index) => ({
    id: `c${String(index).padStart(4, '0')}`,
    name: `Client ${index} ${pick(['Ltd', 'GmbH', 'LLC', 'Studio', 'Partners'])}`,
    email: `accounts${index}@client${index}.example`,
    company: next() < 0.8 ? `Client ${index}` : null,
    business: next() < 0.8,
    policyOverride: next() < 0.05 ? { minGapDays: 3 } : null,
    notes: '',
    createdAt: at,
    updatedAt: at,
  }));

  const invoices: InvoiceRecord[] = [];
  for (let index = 0; index < INVOICES; index++) {
    const currency = pick(CURRENCIES);
    const totalMinor = Math.round((50 + next() * 9_950) * (MINOR_SCALE[currency] ?? 100));
    const issueDate = addDays(TODAY, -Math.floor(next() * 720));
    const dueDate = addDays(issueDate, pick([14, 30, 30, 45, 60]));
    const roll = next();
    // As in a real ledger: nearly all old invoices are paid, recent ones less so.
    const age = daysBetween(dueDate, TODAY);
    const paidShare = age > 90 ? 0.96 : age > 0 ? 0.6 : 0.1;
    const paidInFull = next() < paidShare;
    const partial = !paidInFull && next() < 0.2;
    const payments = paidInFull
      ? [
          {
            id: `p${index}`,
            date: addDays(dueDate, Math.floor(next() * 40) - 10),
            amountMinor: totalMinor,
            note: '',
          },
        ]
      : partial
        ? [{ id: `p${index}`, date: addDays(dueDate, 5), amountMinor: Math.floor(totalMinor / 3), note: '' }]
        : [];
    invoices.push({
      id: `i${String(index).padStart(5, '0')}`,
      number: `INV-${10_000 + index}`,
      clientId: pick(clients).id,
      currency,
      totalMinor,
      issueDate,
      dueDate,
      terms: 'Net 30',
      payments: payments.filter((payment) => payment.date <= TODAY),
      source:
        next() < 0.7
          ? {
              kind: 'mail',
              mailClient: next() < 0.8 ? 'gmail' : 'outlook',
              threadId: `t${index}`,
              messageId: null,
            }
          : { kind: 'manual' },
      state: {
        writtenOff: roll > 0.97,
        collections: roll > 0.94 && roll <= 0.97,
        tracking: !(roll > 0.9 && roll <= 0.91),
      },
      corrected: next() < 0.1 ? ['dueDate'] : [],
      notes: '',
      createdAt: at,
      updatedAt: at,
    });
  }

  const events: TimelineEvent[] = [];
  for (let index = 0; events.length < EVENTS; index++) {
    const invoice = invoices[index % INVOICES] as InvoiceRecord;
    const date = addDays(invoice.dueDate, Math.floor(next() * 50) - 3);
    if (date > TODAY) continue;
    const kind = next();
    const body: TimelineEventBody =
      kind < 0.4
        ? { type: 'sent', step: pick(['courtesy', 'reminder', 'follow-up', 'final']) }
        : kind < 0.55
          ? { type: 'drafted', step: 'reminder', templateId: 'reminder' }
          : kind < 0.7
            ? { type: 'call', outcome: pick(OUTCOMES), note: '' }
            : kind < 0.78
              ? { type: 'promise', until: addDays(date, 7), note: '' }
              : kind < 0.83
                ? { type: 'client-replied', summary: 'asked for a copy' }
                : kind < 0.86
                  ? { type: 'dispute-opened', reason: 'hours queried' }
                  : kind < 0.88
                    ? { type: 'snoozed', until: addDays(date, 10) }
                    : { type: 'note', text: 'spoke to accounts' };
    events.push({
      ...body,
      id: `e${String(events.length).padStart(6, '0')}`,
      invoiceId: invoice.id,
      date,
      at: at + events.length,
    });
  }
  return { invoices, clients, events, settings: [] };
}

export interface BenchEnv {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
  label: string;
}

/** Ledger timings over 10,000 invoices and 50,000 events; the badge and popup must stay under 50 ms. */
export async function benchLedger(env: BenchEnv): Promise<BenchFigure[]> {
  const facts = generateLedger();
  const db = new LedgerDb(`tactful-bench-${env.label}`, {
    indexedDB: env.indexedDB,
    IDBKeyRange: env.IDBKeyRange,
    today: () => TODAY,
  });
  let ids = 0;
  const ledger = createLedger(db, {
    now: () => Date.UTC(2026, 5, 15),
    today: () => TODAY,
    newId: () => `n${ids++}`,
  });
  const label = (what: string) => `ledger (${env.label}): ${what}`;
  try {
    const load = await measure(() => replaceLedger(db, facts, TODAY), { runs: 3, warmup: 0 });
    const refresh = await measure(() => ledger.refreshSnapshots(TODAY), { runs: 3, warmup: 1 });
    const badge = await measure(() => ledger.badgeSummary(TODAY), { runs: 20, warmup: 3 });
    const popup = await measure(() => ledger.listAttention(TODAY), { runs: 20, warmup: 3 });
    const popupFirst = await measure(() => ledger.listAttention(TODAY, { limit: 50 }), {
      runs: 20,
      warmup: 3,
    });

    const clients = new Map(facts.clients.map((client) => [client.id, client]));
    const byInvoice = new Map<string, TimelineEvent[]>();
    for (const event of facts.events)
      byInvoice.set(event.invoiceId, [...(byInvoice.get(event.invoiceId) ?? []), event]);
    const ladderInvoices = facts.invoices.map((invoice) =>
      ladderInvoiceOf(
        invoice,
        byInvoice.get(invoice.id) ?? [],
        clients.get(invoice.clientId) ?? { business: false },
      ),
    );
    const ladder = await measure(
      () => {
        for (const invoice of ladderInvoices) planInvoice(invoice, DEFAULT_POLICY, TODAY);
      },
      { runs: 5, warmup: 1 },
    );

    const badgeCount = (await ledger.badgeSummary(TODAY)).count;
    const attention = (await ledger.listAttention(TODAY)).length;
    if (badgeCount === 0 || attention === 0)
      throw new Error('ledger bench: the generated ledger should have overdue invoices');

    return [
      {
        name: label('import 10,000 invoices + 50,000 events (bulk load)'),
        unit: 'ms',
        ...load,
        target: null,
      },
      { name: label('refreshSnapshots, all 10,000 invoices'), unit: 'ms', ...refresh, target: null },
      { name: label(`badge recompute (${badgeCount} overdue)`), unit: 'ms', ...badge, target: 50 },
      { name: label(`popup "needs attention" query (${attention} rows)`), unit: 'ms', ...popup, target: 50 },
      { name: label('popup "needs attention" query, first 50 rows'), unit: 'ms', ...popupFirst, target: 50 },
      { name: label('planInvoice over 10,000 invoices'), unit: 'ms', ...ladder, target: null },
    ];
  } finally {
    await db.delete();
  }
}

// Run on its own in Node: `npx tsx tests/bench/ledger.bench.ts`.
const argv = (globalThis as { process?: { argv?: string[] } }).process?.argv;
if (argv?.[1] && import.meta.url.endsWith(argv[1].replace(/\\/g, '/'))) {
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  for (const figure of await benchLedger({ indexedDB, IDBKeyRange, label: 'fake-indexeddb' })) {
    console.log(JSON.stringify(figure));
  }
}
