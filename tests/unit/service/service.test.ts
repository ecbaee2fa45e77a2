import { afterEach, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../lib/messages/base64.ts';
import { serviceHarness } from '../support/service-harness.ts';

const csv = [
  'Invoice #,Customer,Email,Date,Due Date,Amount,Paid,Currency',
  'A-1,Harbour Lane Bakery,orders@harbourlane.test,2026-02-01,2026-03-03,"1,200.00",0,GBP',
  'A-2,Pinecrest Analytics,ap@pinecrest.test,2026-02-10,2026-03-12,650.50,0,USD',
  'A-3,Okafor Design,rosalind@okafor.test,2026-02-15,2026-03-16,300.00,0,GBP',
  'A-4,Takahashi Works,kenji@takahashi.test,2026-02-15,2026-03-20,"120,000",0,JPY',
].join('\n');

function importRequest(text = csv) {
  return { base64: bytesToBase64(new TextEncoder().encode(text)), fileName: 'open.csv', skipInvalid: false };
}

describe('the service worker service', () => {
  let harness = serviceHarness();
  afterEach(() => {
    harness.close();
    harness = serviceHarness();
  });

  it('recomputes the badge after an import: count and sums per currency', async () => {
    const { api, badges } = harness;
    const result = await api('import.commit', importRequest());
    expect(result.created).toBe(4);
    expect(badges.at(-1)).toEqual({ text: '2', title: '2 overdue · £1,200.00 · US$650.50' });
  });

  it('counts an invoice as overdue once its due date has passed, with no ledger change', async () => {
    const { api } = harness;
    await api('import.commit', importRequest());
    harness.setNow('2026-03-17T09:00:00Z');
    expect(await api('badge.current', null)).toEqual({
      text: '3',
      title: '3 overdue · £1,500.00 · US$650.50',
    });
  });

  it('shows an empty badge when nothing is overdue', async () => {
    expect(await harness.api('badge.current', null)).toEqual({
      text: '',
      title: 'Tactful — nothing overdue',
    });
  });

  it('gives the popup its rows in next-step order, with the locale and today', async () => {
    const { api } = harness;
    await api('import.commit', importRequest());
    const state = await api('popup.state', null);
    expect(state.today).toBe('2026-03-16');
    expect(state.rows.map((row) => row.number)).toEqual(['A-1', 'A-2', 'A-3', 'A-4']);
    expect(state.rows[0]).toMatchObject({ daysOverdue: 13, nextStep: 'reminder', due: true });
  });

  it('refuses an import with a bad row and imports nothing', async () => {
    const { api } = harness;
    const bad = `${csv}\nA-5,Broken Ltd,b@broken.test,2026-02-01,31/02/2026,10.00,0,GBP`;
    await expect(api('import.commit', importRequest(bad))).rejects.toThrow(/Nothing imported/);
    expect(await api('ledger.listInvoices', [{}])).toEqual([]);
  });

  it('drafts from the built-in template, tone-checked', async () => {
    const { api } = harness;
    await api('import.commit', importRequest());
    const [first] = await api('ledger.listInvoices', [{}]);
    const response = await api('draft.compose', { invoiceId: first!.id });
    expect(response.userTemplate).toBe(false);
    expect(response.draft).toMatchObject({ step: 'reminder', to: 'orders@harbourlane.test' });
    expect(response.draft.text).toContain('A-1');
    expect(response.toneFlags).toEqual([]);
  });

  it("drafts with the user's own template through the sandbox, and refuses a broken one", async () => {
    const { api } = harness;
    await api('import.commit', importRequest());
    const [first] = await api('ledger.listInvoices', [{}]);
    await api('ledger.updateSettings', [
      {
        templates: {
          reminder: {
            subject: 'Invoice {{invoice.number}}',
            body: 'Hi {{client.firstName}}, {{invoice.balance}} is open.',
            updatedAt: 1,
          },
        },
      },
    ]);
    const response = await api('draft.compose', { invoiceId: first!.id });
    expect(response.userTemplate).toBe(true);
    expect(response.draft.text).toBe('Hi Harbour, £1,200.00 is open.');
    await api('ledger.updateSettings', [
      {
        templates: { reminder: { subject: 'x', body: 'Hi {{#if client.name}} never closed', updatedAt: 2 } },
      },
    ]);
    await expect(api('draft.compose', { invoiceId: first!.id })).rejects.toThrow(/body line 1/);
  });

  it('keeps quiet notices until dismissed', async () => {
    const { api } = harness;
    await api('notices.report', {
      id: 'gmail.inboxsdk',
      source: 'gmail',
      message: 'Tactful could not start in Gmail.',
    });
    await api('notices.report', {
      id: 'gmail.inboxsdk',
      source: 'gmail',
      message: 'Tactful could not start in Gmail.',
    });
    expect((await api('notices.list', null)).map((notice) => notice.id)).toEqual(['gmail.inboxsdk']);
    await api('notices.clear', { id: 'gmail.inboxsdk' });
    expect(await api('notices.list', null)).toEqual([]);
  });

  it('answers an unknown request with a clear error', async () => {
    const { api } = harness;
    await expect(
      (api as (type: string, payload: unknown) => Promise<unknown>)('ledger.dropEverything', []),
    ).rejects.toThrow('Unknown request "ledger.dropEverything".');
  });
});
