import { afterEach, describe, expect, it } from 'vitest';
import { LedgerError } from '../../../lib/ledger/store.ts';
import type { TimelineEventBody } from '../../../lib/ledger/types.ts';
import { ACME, BRAMBLE, detected, openTestLedger, type TestLedger } from './harness.ts';

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

describe('tracking invoices found in mail', () => {
  it('creates the invoice and its client from a detected thread, and logs where it was found', async () => {
    const { ledger } = ledgerFor();
    const result = await ledger.trackFromDetection(detected());
    expect(result.created).toBe(true);
    expect(result.view.invoice).toMatchObject({ number: 'INV-0042', totalMinor: 120_000, currency: 'GBP' });
    expect(result.view.client).toMatchObject({ name: 'Acme Widgets Ltd', business: true });
    expect(result.view.events.map((event) => event.type === 'state-changed' && event.change)).toEqual([
      'tracking-started',
    ]);
    expect(result.view.plan.balanceMinor).toBe(120_000);
  });

  it('updates the same invoice when the thread is opened again with a new amount', async () => {
    const { ledger } = ledgerFor();
    const first = await ledger.trackFromDetection(detected());
    const again = await ledger.trackFromDetection(detected({ totalMinor: 125_000 }));
    expect(again.created).toBe(false);
    expect(again.view.invoice.id).toBe(first.view.invoice.id);
    expect(again.changedFields).toEqual(['totalMinor']);
    const last = again.view.events.at(-1);
    expect(last).toMatchObject({ type: 'state-changed', change: 'details-updated' });
    expect(last?.type === 'state-changed' && last.detail).toContain('1200.00 GBP → 1250.00 GBP');
  });

  it('writes nothing when the thread shows what the ledger already has', async () => {
    const { ledger } = ledgerFor();
    await ledger.trackFromDetection(detected());
    const again = await ledger.trackFromDetection(detected());
    expect(again.changedFields).toEqual([]);
    expect(again.view.events).toHaveLength(1);
  });

  it('keeps a corrected due date when detection later reads another one', async () => {
    const { ledger } = ledgerFor();
    const { view } = await ledger.trackFromDetection(detected());
    await ledger.correctField(view.invoice.id, 'dueDate', '2026-03-17');
    const again = await ledger.trackFromDetection(detected({ dueDate: '2026-03-03', totalMinor: 130_000 }));
    expect(again.view.invoice.dueDate).toBe('2026-03-17');
    expect(again.view.invoice.totalMinor).toBe(130_000);
    expect(again.keptCorrections).toEqual(['dueDate']);
    expect(again.changedFields).toEqual(['totalMinor']);
  });

  it('keeps a corrected client even when the thread names another', async () => {
    const { ledger } = ledgerFor();
    const { view } = await ledger.trackFromDetection(detected());
    const other = await ledger.createInvoice({
      number: 'B-1',
      client: BRAMBLE,
      currency: 'GBP',
      totalMinor: 5_000,
      issueDate: null,
      dueDate: '2026-04-01',
      terms: '',
    });
    await ledger.correctField(view.invoice.id, 'clientId', other.client.id);
    const again = await ledger.trackFromDetection(detected());
    expect(again.view.client.name).toBe('Bramble & Finch');
    expect((await ledger.listClients()).map((client) => client.name)).toEqual([
      'Acme Widgets Ltd',
      'Bramble & Finch',
    ]);
  });

  it('logs a correction with the old and new value and marks the field as corrected', async () => {
    const { ledger } = ledgerFor();
    const { view } = await ledger.trackFromDetection(detected());
    const corrected = await ledger.correctField(view.invoice.id, 'totalMinor', 118_000);
    expect(corrected.invoice.corrected).toEqual(['totalMinor']);
    expect(corrected.events.at(-1)).toMatchObject({
      type: 'state-changed',
      change: 'field-corrected',
      detail: 'totalMinor: 1200.00 GBP → 1180.00 GBP',
    });
  });

  it('recognises the client by email whatever its case, and fills in a company it lacked', async () => {
    const { ledger } = ledgerFor();
    await ledger.createInvoice({
      number: 'B-7',
      client: { name: 'Bramble & Finch', email: 'Hello@BrambleFinch.example', company: null },
      currency: 'EUR',
      totalMinor: 40_000,
      issueDate: null,
      dueDate: '2026-03-20',
      terms: '',
    });
    const found = await ledger.trackFromDetection(
      detected({
        source: { mailClient: 'outlook', threadId: 'AAQkAD-bramble', messageId: null },
        invoiceNumber: 'B-8',
        client: { name: 'B&F accounts', email: 'hello@bramblefinch.example', company: 'Bramble & Finch LLP' },
      }),
    );
    expect(found.view.client).toMatchObject({ name: 'Bramble & Finch', company: 'Bramble & Finch LLP' });
    expect(await ledger.listClients()).toHaveLength(1);
  });

  it('links an imported invoice to the mail thread when the number and client match', async () => {
    const { ledger } = ledgerFor();
    const manual = await ledger.createInvoice({
      number: 'INV 0042',
      client: ACME,
      currency: 'GBP',
      totalMinor: 120_000,
      issueDate: '2026-02-01',
      dueDate: '2026-03-03',
      terms: 'Net 30',
    });
    const linked = await ledger.trackFromDetection(detected());
    expect(linked.created).toBe(false);
    expect(linked.view.invoice.id).toBe(manual.invoice.id);
    expect(linked.view.invoice.source).toMatchObject({ kind: 'mail', threadId: 'thread-acme-0042' });
    expect(await ledger.findByThread('gmail', 'thread-acme-0042')).not.toBeNull();
  });

  it.each([
    ['an unknown currency', { currency: 'XYZ' }, 'currency: expected an ISO 4217 currency code'],
    ['a zero amount', { totalMinor: 0 }, 'totalMinor: must be more than zero'],
    [
      'an impossible due date',
      { dueDate: '2026-02-30' },
      'dueDate: expected a real date YYYY-MM-DD, got "2026-02-30"',
    ],
    [
      'no thread id',
      { source: { mailClient: 'gmail', threadId: '', messageId: null } },
      'source.threadId: must not be empty',
    ],
  ] as const)('refuses a detection with %s', async (_name, overrides, message) => {
    const { ledger, db } = ledgerFor();
    await expect(ledger.trackFromDetection(detected(overrides))).rejects.toThrow(message);
    expect(await db.invoices.count()).toBe(0);
  });
});

describe('manual invoices', () => {
  it('refuses a second invoice with the same number for the same client', async () => {
    const { ledger } = ledgerFor();
    const input = {
      number: 'INV-9',
      client: ACME,
      currency: 'GBP',
      totalMinor: 1_000,
      issueDate: null,
      dueDate: '2026-04-01',
      terms: '',
    };
    await ledger.createInvoice(input);
    await expect(ledger.createInvoice({ ...input, number: 'inv 9' })).rejects.toThrow(
      'Invoice inv 9 for Acme Widgets Ltd is already tracked',
    );
  });

  it('reports an unknown invoice id as not found', async () => {
    const { ledger } = ledgerFor();
    const error = await ledger.getInvoiceView('nope').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LedgerError);
    expect(error).toMatchObject({ code: 'not-found', message: 'No invoice with id "nope"' });
  });
});

describe('payments', () => {
  it('reduces the balance with each partial payment until the invoice is paid', async () => {
    const { ledger } = ledgerFor('2026-03-10');
    const { view } = await ledger.trackFromDetection(detected());
    const part = await ledger.recordPayment(view.invoice.id, {
      date: '2026-03-08',
      amountMinor: 50_000,
      note: 'BACS',
    });
    expect(part.plan.balanceMinor).toBe(70_000);
    expect(part.plan.status).toBe('overdue');
    expect(part.events.find((event) => event.type === 'payment-recorded')).toMatchObject({
      amountMinor: 50_000,
      date: '2026-03-08',
      note: 'BACS',
    });
    const rest = await ledger.recordPayment(view.invoice.id, {
      date: '2026-03-09',
      amountMinor: 70_000,
      note: '',
    });
    expect(rest.plan.balanceMinor).toBe(0);
    expect(rest.plan.status).toBe('paid');
    expect(await ledger.badgeSummary('2026-03-10')).toEqual({ count: 0, totalsByCurrency: [] });
  });

  it.each([
    ['zero', 0, 'amountMinor: must be more than zero'],
    ['negative', -500, 'amountMinor: must be more than zero, got -500'],
    ['fractional', 12.5, 'amountMinor: expected a whole number of minor units'],
  ])('refuses a %s payment', async (_name, amountMinor, message) => {
    const { ledger } = ledgerFor();
    const { view } = await ledger.trackFromDetection(detected());
    await expect(
      ledger.recordPayment(view.invoice.id, { date: '2026-03-01', amountMinor, note: '' }),
    ).rejects.toThrow(message);
    expect((await ledger.getInvoiceView(view.invoice.id)).invoice.payments).toEqual([]);
  });

  it('removes a payment recorded in error and keeps the removal on the timeline', async () => {
    const { ledger } = ledgerFor();
    const { view } = await ledger.trackFromDetection(detected());
    const paid = await ledger.recordPayment(view.invoice.id, {
      date: '2026-03-02',
      amountMinor: 20_000,
      note: '',
    });
    const paymentId = paid.invoice.payments[0]?.id ?? '';
    const removed = await ledger.removePayment(
      view.invoice.id,
      paymentId,
      'entered against the wrong invoice',
    );
    expect(removed.plan.balanceMinor).toBe(120_000);
    expect(removed.events.map((event) => event.type)).toEqual([
      'state-changed',
      'payment-recorded',
      'state-changed',
    ]);
    expect(removed.events.at(-1)).toMatchObject({
      change: 'payment-removed',
      detail: `200.00 GBP paid 2026-03-02 (payment ${paymentId}): entered against the wrong invoice`,
    });
    await expect(ledger.removePayment(view.invoice.id, paymentId, '')).rejects.toThrow(
      'has no payment with id',
    );
  });
});

describe('the invoice state', () => {
  it('stops and resumes tracking without losing anything', async () => {
    const { ledger } = ledgerFor('2026-03-10');
    const { view } = await ledger.trackFromDetection(detected());
    expect((await ledger.badgeSummary('2026-03-10')).count).toBe(1);

    const stopped = await ledger.stopTracking(view.invoice.id, 'client is a friend; will ask in person');
    expect(stopped.invoice.state.tracking).toBe(false);
    expect((await ledger.badgeSummary('2026-03-10')).count).toBe(0);
    expect(await ledger.listAttention('2026-03-10')).toEqual([]);
    expect((await ledger.listInvoices({ status: 'not-tracked' })).map((row) => row.id)).toEqual([
      view.invoice.id,
    ]);

    const again = await ledger.stopTracking(view.invoice.id);
    expect(again.events).toHaveLength(stopped.events.length);

    const resumed = await ledger.resumeTracking(view.invoice.id);
    expect(resumed.invoice.state.tracking).toBe(true);
    expect((await ledger.badgeSummary('2026-03-10')).count).toBe(1);
    expect(resumed.events.map((event) => event.type === 'state-changed' && event.change)).toEqual([
      'tracking-started',
      'tracking-stopped',
      'tracking-resumed',
    ]);
  });

  it('leaves written-off and handed-over invoices out of the badge, and back in when reversed', async () => {
    const { ledger } = ledgerFor('2026-03-10');
    const { view } = await ledger.trackFromDetection(detected());
    await ledger.setWrittenOff(view.invoice.id, true, 'company dissolved');
    expect((await ledger.badgeSummary('2026-03-10')).count).toBe(0);
    await ledger.setWrittenOff(view.invoice.id, false);
    await ledger.setCollections(view.invoice.id, true, 'passed to Northgate Recoveries');
    const handed = await ledger.getInvoiceView(view.invoice.id);
    expect(handed.plan.status).toBe('collections');
    expect((await ledger.badgeSummary('2026-03-10')).count).toBe(0);
    await ledger.setCollections(view.invoice.id, false);
    expect((await ledger.badgeSummary('2026-03-10')).count).toBe(1);
    expect(
      (await ledger.getInvoiceView(view.invoice.id)).events.flatMap((event) =>
        event.type === 'state-changed' ? [event.change] : [],
      ),
    ).toEqual(['tracking-started', 'written-off', 'reinstated', 'collections', 'collections-withdrawn']);
  });

  it('pauses the ladder while a promise date is in the future', async () => {
    const { ledger } = ledgerFor('2026-03-10');
    const { view } = await ledger.trackFromDetection(detected());
    const promised = await ledger.addEvent(view.invoice.id, {
      type: 'promise',
      until: '2026-03-20',
      note: 'on the phone',
    });
    expect(promised.plan.status).toBe('paused');
    expect(promised.plan.pausedReason).toBe('promise');
    // The ladder picks up the day after the promised date, beyond the popup's 7-day window.
    expect(promised.plan.nextDate).toBe('2026-03-21');
    expect(await ledger.listAttention('2026-03-10')).toEqual([]);
    expect((await ledger.listAttention('2026-03-14')).map((row) => row.attentionDate)).toEqual([
      '2026-03-21',
    ]);
  });

  it('records a sent reminder on its own date', async () => {
    const { ledger } = ledgerFor('2026-03-10');
    const { view } = await ledger.trackFromDetection(detected());
    const sent = await ledger.addEvent(view.invoice.id, { type: 'sent', step: 'reminder' }, '2026-03-04');
    // The timeline is in the order things happened, so the reminder comes before tracking began.
    expect(sent.events[0]).toMatchObject({ type: 'sent', step: 'reminder', date: '2026-03-04' });
    expect(sent.plan.remindersSent).toBe(1);
  });

  it.each([
    [
      'a payment disguised as an event',
      { type: 'payment-recorded', paymentId: 'x', amountMinor: 5, note: '' },
      'event.type: expected one of',
    ],
    [
      'a promise without a date',
      { type: 'promise', until: 'next week', note: '' },
      'event.until: expected a real date',
    ],
    [
      'an unknown call outcome',
      { type: 'call', outcome: 'shouted', note: '' },
      'event.outcome: expected one of promised',
    ],
  ])('refuses %s', async (_name, body, message) => {
    const { ledger } = ledgerFor();
    const { view } = await ledger.trackFromDetection(detected());
    await expect(ledger.addEvent(view.invoice.id, body as TimelineEventBody)).rejects.toThrow(message);
  });
});

describe('clients', () => {
  it('re-plans a client’s invoices when its ladder override changes', async () => {
    const { ledger } = ledgerFor('2026-03-02');
    const { view } = await ledger.trackFromDetection(detected());
    expect((await ledger.listAttention('2026-03-02'))[0]?.nextStep).toBe('courtesy');
    await ledger.updateClient(view.client.id, {
      policyOverride: { steps: [{ id: 'reminder', offsetDays: 2 }] },
    });
    const [row] = await ledger.listAttention('2026-03-02');
    expect(row).toMatchObject({ nextStep: 'reminder', nextDate: '2026-03-05' });
  });

  it('refuses a client patch with a malformed override', async () => {
    const { ledger } = ledgerFor();
    const { view } = await ledger.trackFromDetection(detected());
    await expect(ledger.updateClient(view.client.id, { policyOverride: { minGapDays: -2 } })).rejects.toThrow(
      'policyOverride.minGapDays: expected a whole number of days',
    );
  });

  it('lists open invoices for an address typed in the compose window', async () => {
    const { ledger } = ledgerFor('2026-03-10');
    await ledger.trackFromDetection(detected());
    await ledger.trackFromDetection(
      detected({
        source: { mailClient: 'gmail', threadId: 't-2', messageId: null },
        invoiceNumber: 'INV-0050',
        dueDate: '2026-02-20',
      }),
    );
    const rows = await ledger.listForClientEmail('ACCOUNTS@acme-widgets.example');
    expect(rows.map((row) => [row.number, row.daysOverdue])).toEqual([
      ['INV-0050', 18],
      ['INV-0042', 7],
    ]);
    expect(await ledger.listForClientEmail('nobody@example.org')).toEqual([]);
  });
});

describe('settings', () => {
  it('starts from the defaults', async () => {
    const { ledger } = ledgerFor();
    const settings = await ledger.getSettings();
    expect(settings).toMatchObject({ locale: 'en-GB', soonDays: 7, templates: {} });
    expect(settings.policy.steps.map((step) => step.id)).toContain('reminder');
  });

  it('refuses a bad setting and names it', async () => {
    const { ledger } = ledgerFor();
    await expect(ledger.updateSettings({ soonDays: 400 })).rejects.toThrow(
      'settings.soonDays: expected a whole number of days from 0 to 90, got the number 400',
    );
    await expect(ledger.updateSettings({ timeZone: 'Mars/Olympus' })).rejects.toThrow(
      'is not a known time zone',
    );
  });

  it('re-plans every invoice when the policy changes', async () => {
    const { ledger } = ledgerFor('2026-03-02');
    await ledger.trackFromDetection(detected());
    const settings = await ledger.getSettings();
    await ledger.updateSettings({
      policy: { ...settings.policy, steps: [{ id: 'reminder', offsetDays: 10 }] },
    });
    const [row] = await ledger.listInvoices();
    expect(row).toMatchObject({ nextStep: 'reminder', nextDate: '2026-03-13' });
  });
});

describe('the case file', () => {
  it('gathers the invoice, client, full timeline, plan and the sender', async () => {
    const { ledger } = ledgerFor('2026-03-10');
    const { view } = await ledger.trackFromDetection(detected());
    await ledger.updateSettings({
      sender: {
        name: 'Priya Natarajan',
        position: 'Director',
        company: 'Lanternfish Studio',
        email: 'priya@lanternfish.example',
        phone: '+44 20 7946 0000',
        signature: 'Priya',
        paymentInstructions: 'Sort code 00-00-00, account 12345678',
      },
    });
    await ledger.addEvent(view.invoice.id, { type: 'call', outcome: 'voicemail', note: 'left a message' });
    const file = await ledger.caseFile(view.invoice.id);
    expect(file).toMatchObject({
      format: 'tactful-case-file',
      today: '2026-03-10',
      sender: { company: 'Lanternfish Studio' },
      invoice: { number: 'INV-0042' },
      client: { name: 'Acme Widgets Ltd' },
    });
    expect(file.events.map((event) => event.type)).toEqual(['state-changed', 'call']);
    expect(file.plan.daysOverdue).toBe(7);
  });
});
