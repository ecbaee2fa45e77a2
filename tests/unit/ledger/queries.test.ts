import { afterEach, describe, expect, it } from 'vitest';
import { badgeDisplay } from '../../../lib/ledger/badge.ts';
import { META_SNAPSHOTS_FOR } from '../../../lib/ledger/settings.ts';
import type { ManualInvoiceInput } from '../../../lib/ledger/views.ts';
import { ACME, BRAMBLE, openTestLedger, type TestLedger } from './harness.ts';

let open: TestLedger[] = [];
function ledgerFor(today?: string): TestLedger {
  const test = openTestLedger(today);
  open.push(test);
  return test;
}
afterEach(() => {
  for (const test of open) test.db.close();
  open = [];
});

function invoice(number: string, overrides: Partial<ManualInvoiceInput> = {}): ManualInvoiceInput {
  return {
    number,
    client: ACME,
    currency: 'GBP',
    totalMinor: 10_000,
    issueDate: null,
    dueDate: '2026-03-01',
    terms: '',
    ...overrides,
  };
}

describe('badgeSummary', () => {
  it('counts invoices due before today, not those due today', async () => {
    const { ledger } = ledgerFor('2026-03-10');
    await ledger.createInvoice(invoice('due-yesterday', { dueDate: '2026-03-09' }));
    await ledger.createInvoice(invoice('due-today', { dueDate: '2026-03-10' }));
    await ledger.createInvoice(invoice('due-next-week', { dueDate: '2026-03-17' }));
    expect(await ledger.badgeSummary('2026-03-10')).toEqual({
      count: 1,
      totalsByCurrency: [{ currency: 'GBP', amountMinor: 10_000 }],
    });
    expect((await ledger.badgeSummary('2026-03-11')).count).toBe(2);
  });

  it('sums each currency apart, balances net of partial payments (JPY, KWD, EUR, GBP)', async () => {
    const { ledger } = ledgerFor('2026-03-10');
    await ledger.createInvoice(invoice('G-1', { totalMinor: 100_000 }));
    const partial = await ledger.createInvoice(invoice('G-2', { totalMinor: 50_000 }));
    await ledger.recordPayment(partial.invoice.id, { date: '2026-03-05', amountMinor: 30_000, note: '' });
    await ledger.createInvoice(invoice('J-1', { currency: 'JPY', totalMinor: 480_000, client: BRAMBLE }));
    await ledger.createInvoice(invoice('K-1', { currency: 'KWD', totalMinor: 1_250_500, client: BRAMBLE }));
    await ledger.createInvoice(invoice('E-1', { currency: 'EUR', totalMinor: 340_000, client: BRAMBLE }));
    const summary = await ledger.badgeSummary('2026-03-10');
    expect(summary).toEqual({
      count: 5,
      totalsByCurrency: [
        { currency: 'EUR', amountMinor: 340_000 },
        { currency: 'GBP', amountMinor: 120_000 },
        { currency: 'JPY', amountMinor: 480_000 },
        { currency: 'KWD', amountMinor: 1_250_500 },
      ],
    });
    expect(badgeDisplay(summary, 'en-GB').title.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      '5 overdue · €3,400.00 · £1,200.00 · JP¥480,000 · KWD 1,250.500',
    );
  });

  it('refuses a date that is not a date', async () => {
    const { ledger } = ledgerFor();
    await expect(ledger.badgeSummary('10/03/2026')).rejects.toThrow(
      'Cannot count overdue invoices: today: expected a real date YYYY-MM-DD, got "10/03/2026"',
    );
  });
});

describe('listAttention', () => {
  it('orders by the day each invoice needs attention, then the larger balance first, with client names', async () => {
    const { ledger } = ledgerFor('2026-03-10');
    // The default ladder's first steps: courtesy 3 days before the due date, reminder the day after.
    await ledger.createInvoice(invoice('small-late', { dueDate: '2026-03-05', totalMinor: 5_000 }));
    await ledger.createInvoice(
      invoice('big-late', { dueDate: '2026-03-05', totalMinor: 90_000, client: BRAMBLE }),
    );
    await ledger.createInvoice(invoice('soon', { dueDate: '2026-03-12', totalMinor: 20_000 }));
    await ledger.createInvoice(invoice('next-month', { dueDate: '2026-04-20', totalMinor: 70_000 }));
    const paid = await ledger.createInvoice(invoice('paid', { dueDate: '2026-03-01' }));
    await ledger.recordPayment(paid.invoice.id, { date: '2026-03-09', amountMinor: 10_000, note: '' });

    const rows = await ledger.listAttention('2026-03-10');
    expect(rows.map((row) => [row.number, row.clientName, row.attentionDate, row.nextStep])).toEqual([
      ['big-late', 'Bramble & Finch', '2026-03-06', 'reminder'],
      ['small-late', 'Acme Widgets Ltd', '2026-03-06', 'reminder'],
      ['soon', 'Acme Widgets Ltd', '2026-03-09', 'courtesy'],
    ]);
    expect(rows[0]).toMatchObject({
      daysOverdue: 5,
      due: true,
      status: 'overdue',
      source: { kind: 'manual' },
    });
  });

  it('keeps the first rows in the same order when given a limit', async () => {
    const { ledger } = ledgerFor('2026-03-10');
    for (const [number, totalMinor] of [
      ['a', 1_000],
      ['b', 9_000],
      ['c', 5_000],
      ['d', 7_000],
    ] as const) {
      await ledger.createInvoice(invoice(number, { dueDate: '2026-03-05', totalMinor }));
    }
    await ledger.createInvoice(invoice('earlier', { dueDate: '2026-03-01', totalMinor: 100 }));
    const all = (await ledger.listAttention('2026-03-10')).map((row) => row.number);
    expect(all).toEqual(['earlier', 'b', 'd', 'c', 'a']);
    expect((await ledger.listAttention('2026-03-10', { limit: 3 })).map((row) => row.number)).toEqual(
      all.slice(0, 3),
    );
    await expect(ledger.listAttention('2026-03-10', { limit: 0 })).rejects.toThrow(
      'limit: expected a whole number above 0',
    );
  });

  it('looks further ahead when the user widens the window', async () => {
    const { ledger } = ledgerFor('2026-03-10');
    await ledger.createInvoice(invoice('next-month', { dueDate: '2026-04-20' }));
    expect(await ledger.listAttention('2026-03-10')).toHaveLength(0);
    await ledger.updateSettings({ soonDays: 40 });
    expect((await ledger.listAttention('2026-03-10')).map((row) => row.number)).toEqual(['next-month']);
  });
});

describe('refreshSnapshots', () => {
  it('re-derives every invoice when the calendar moves on', async () => {
    const { ledger, db, advance } = ledgerFor('2026-03-01');
    const created = await ledger.createInvoice(invoice('A-1', { dueDate: '2026-03-20' }));
    expect((await db.invoices.get(created.invoice.id))?.snapshot).toMatchObject({
      computedFor: '2026-03-01',
      status: 'open',
      daysOverdue: 0,
      nextStep: 'courtesy',
    });

    advance(30);
    expect(await ledger.refreshSnapshots('2026-03-31')).toEqual({ count: 1 });
    expect((await db.invoices.get(created.invoice.id))?.snapshot).toMatchObject({
      computedFor: '2026-03-31',
      status: 'overdue',
      daysOverdue: 11,
    });
    expect((await db.settings.get(META_SNAPSHOTS_FOR))?.value).toBe('2026-03-31');
  });

  it('rewrites only the rows whose verdict changed', async () => {
    const { ledger, db, advance } = ledgerFor('2026-03-01');
    const paid = await ledger.createInvoice(invoice('paid', { dueDate: '2026-03-20' }));
    await ledger.recordPayment(paid.invoice.id, { date: '2026-03-01', amountMinor: 10_000, note: '' });
    const open = await ledger.createInvoice(invoice('open', { dueDate: '2026-03-20' }));
    advance(30);
    await ledger.refreshSnapshots('2026-03-31');
    expect((await db.invoices.get(paid.invoice.id))?.snapshot).toMatchObject({
      computedFor: '2026-03-01',
      status: 'paid',
    });
    expect((await db.invoices.get(open.invoice.id))?.snapshot.computedFor).toBe('2026-03-31');
  });

  it('refreshes on its own when the popup asks about a new day', async () => {
    const { ledger, advance } = ledgerFor('2026-03-01');
    await ledger.createInvoice(invoice('A-1', { dueDate: '2026-03-20' }));
    expect(await ledger.listAttention('2026-03-01')).toEqual([]);
    advance(20);
    const [row] = await ledger.listAttention('2026-03-21');
    expect(row).toMatchObject({ number: 'A-1', daysOverdue: 1, status: 'overdue' });
  });

  it('keeps the options page table in step with the date', async () => {
    const { ledger, advance } = ledgerFor('2026-03-01');
    await ledger.createInvoice(invoice('A-1', { dueDate: '2026-03-20' }));
    advance(25);
    expect((await ledger.listInvoices()).map((row) => row.daysOverdue)).toEqual([6]);
    expect(await ledger.listInvoices({ status: 'paid' })).toEqual([]);
  });
});
