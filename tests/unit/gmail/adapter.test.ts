// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInvoicePanel } from '../../../components/panel/mount.tsx';
import {
  COMPOSE_BUTTON_TITLE,
  type MountPanel,
  startGmailAdapter,
} from '../../../lib/adapters/gmail/adapter.ts';
import { GMAIL_NOTICE_ID } from '../../../lib/adapters/gmail/guard.ts';
import { TONE_COLOURS } from '../../../lib/adapters/gmail/row-labels.ts';
import { createComposeController } from '../../../lib/adapters/shared/compose-controller.ts';
import type { OpenedThread } from '../../../lib/adapters/shared/contract.ts';
import { createThreadController, type ThreadModel } from '../../../lib/adapters/shared/thread-controller.ts';
import { STEP_LABELS } from '../../../lib/ladder/policy.ts';
import type { DetectedInvoice } from '../../../lib/ledger/views.ts';
import type { Protocol } from '../../../lib/messages/protocol.ts';
import type { Client } from '../../../lib/messages/rpc.ts';
import { serviceHarness } from '../support/service-harness.ts';
import {
  type FakeComposeView as ComposeView,
  FakeComposeView,
  type FakeDropdown,
  type FakeMessage,
  FakeThreadRowView,
  FakeThreadView,
  fakeSdk,
} from './fake-inboxsdk.ts';
import { gmailFixture } from './fixtures.ts';

const ICON = 'chrome-extension://tactfulid/icon/32.png';
const sam = { name: 'Sam Rivera', emailAddress: 'sam@riverastudio.test' };
const dana = { name: 'Dana Whitfield', emailAddress: 'dana@whitfield.test' };
const SUBJECT = 'Invoice INV-1042 from Rivera Studio';
const THREAD_ID = '18e2a1f0c0de1042';

const invoiceMail: FakeMessage = {
  id: '18e2a1f0c0de1042',
  from: sam,
  to: [dana],
  dateString: 'Sat, Feb 14, 2026, 10:00 AM',
  bodyHtml: gmailFixture('invoice-sent.html'),
  attachments: [{ title: 'INV-1042.pdf', url: null }],
};

function invoiceThread(): FakeThreadView {
  return new FakeThreadView(THREAD_ID, SUBJECT, [invoiceMail]);
}

/** Counts the requests each type sends, so tests can see batching. */
function countingApi(api: Client<Protocol>) {
  const counts = new Map<string, number>();
  const counted: Client<Protocol> = (type, payload) => {
    counts.set(type, (counts.get(type) ?? 0) + 1);
    return api(type, payload);
  };
  return {
    api: counted,
    count: (type: keyof Protocol) => counts.get(type) ?? 0,
    reset: () => counts.clear(),
  };
}

function detected(threadId: string, number: string, dueDate: string): DetectedInvoice {
  return {
    source: { mailClient: 'gmail', threadId, messageId: null },
    invoiceNumber: number,
    client: { name: 'Whitfield & Co', email: 'dana@whitfield.test', company: null },
    currency: 'GBP',
    totalMinor: 120_000,
    issueDate: '2026-02-01',
    dueDate,
    terms: 'Net 14',
  };
}

async function menuItems(dropdown: FakeDropdown): Promise<HTMLButtonElement[]> {
  await vi.waitFor(() => expect(dropdown.el.querySelector('[data-template-id]')).not.toBeNull());
  return [...dropdown.el.querySelectorAll<HTMLButtonElement>('[data-template-id]')];
}

describe('the Gmail adapter on a fake InboxSDK', () => {
  let harness = serviceHarness();
  let counter = countingApi(harness.api);
  let mounted: { el: HTMLElement; thread: OpenedThread; model: ThreadModel; unmounted: boolean }[] = [];
  const mountPanel: MountPanel = (el, options) => {
    const entry = { el, thread: options.thread, model: options.model, unmounted: false };
    mounted.push(entry);
    return {
      unmount() {
        entry.unmounted = true;
      },
    };
  };

  function start(overrides: Partial<Parameters<typeof startGmailAdapter>[1]> = {}) {
    const gmail = fakeSdk();
    const adapter = startGmailAdapter(gmail.sdk, {
      api: counter.api,
      controller: createThreadController(counter.api),
      compose: createComposeController(counter.api),
      mountPanel,
      iconUrl: ICON,
      ...overrides,
    });
    return { gmail, adapter };
  }

  async function trackInvoiceThread(): Promise<string> {
    const { view } = await harness.api('ledger.trackFromDetection', [
      detected(THREAD_ID, 'INV-1042', '2026-03-02'),
    ]);
    return view.invoice.id;
  }

  beforeEach(async () => {
    harness = serviceHarness();
    counter = countingApi(harness.api);
    mounted = [];
    await harness.api('ledger.updateSettings', [
      {
        identities: { addresses: ['sam@riverastudio.test'], businessName: 'Rivera Studio' },
        locale: 'en-GB',
        timeZone: 'UTC',
      },
    ]);
  });
  afterEach(() => {
    harness.close();
    vi.restoreAllMocks();
  });

  describe('threads', () => {
    it('opens a Tactful sidebar panel on a sent invoice thread, tracking the invoice it read', async () => {
      const { gmail } = start();
      const view = invoiceThread();
      gmail.openThread(view);
      await vi.waitFor(() => expect(mounted).toHaveLength(1));
      expect(view.panels).toHaveLength(1);
      expect(view.panels[0]?.descriptor).toMatchObject({ title: 'Tactful', iconUrl: ICON });
      expect(mounted[0]?.el).toBe(view.panels[0]?.descriptor.el);
      expect(mounted[0]?.thread).toMatchObject({
        mailClient: 'gmail',
        threadId: THREAD_ID,
        subject: SUBJECT,
      });
      expect(mounted[0]?.thread.messages[0]?.attachments[0]?.filename).toBe('INV-1042.pdf');
      expect(mounted[0]?.model.view?.invoice).toMatchObject({ number: 'INV-1042', totalMinor: 400_000 });
      expect(await harness.api('ledger.findByThread', ['gmail', THREAD_ID])).not.toBeNull();
    });

    it('removes the panel and unmounts it when Gmail closes the thread', async () => {
      const { gmail } = start();
      const view = invoiceThread();
      gmail.openThread(view);
      await vi.waitFor(() => expect(mounted).toHaveLength(1));
      view.destroy();
      expect(mounted[0]?.unmounted).toBe(true);
      expect(view.panels[0]?.panel.removed).toBe(true);
    });

    it('adds no panel to a thread that has nothing to do with invoices', async () => {
      const opened: Promise<ThreadModel>[] = [];
      const controller = createThreadController(counter.api);
      const { gmail } = start({
        controller: {
          open: (thread) => {
            const model = controller.open(thread);
            opened.push(model);
            return model;
          },
        },
      });
      const view = new FakeThreadView('18e2a1f0c0de0777', 'Spring workshop dates', [
        {
          id: 'n1',
          from: { name: 'Clayhouse', emailAddress: 'hello@clayhouse.test' },
          to: [sam],
          dateString: 'Mon, Mar 9, 2026, 8:00 AM',
          bodyHtml: gmailFixture('newsletter.html'),
        },
      ]);
      gmail.openThread(view);
      await vi.waitFor(() => expect(opened).toHaveLength(1));
      expect((await opened[0])?.show).toBe(false);
      await new Promise((done) => setTimeout(done, 0));
      expect(view.panels).toEqual([]);
      expect(mounted).toEqual([]);
    });

    it('adds no panel when Gmail closed the thread before detection finished', async () => {
      const { gmail } = start();
      const view = invoiceThread();
      gmail.openThread(view);
      view.destroy();
      await vi.waitFor(async () =>
        expect(await harness.api('ledger.findByThread', ['gmail', THREAD_ID])).not.toBeNull(),
      );
      await new Promise((done) => setTimeout(done, 20));
      expect(view.panels).toEqual([]);
    });

    it('renders the real invoice panel inside the element handed to InboxSDK', async () => {
      const { gmail } = start({ mountPanel: mountInvoicePanel });
      const view = invoiceThread();
      gmail.openThread(view);
      await vi.waitFor(() => expect(view.panels).toHaveLength(1));
      const el = view.panels[0]!.descriptor.el;
      await vi.waitFor(() =>
        expect(el.shadowRoot?.querySelector('[data-testid="panel-status"]')?.textContent).toBeTruthy(),
      );
      expect(el.shadowRoot?.textContent).toContain('INV-1042');
    });

    it('fetches a PDF attachment only when the text alone did not track the thread', async () => {
      const asked: string[] = [];
      const download = async (url: string) => {
        asked.push(url);
        return null;
      };
      const { gmail } = start({ download });
      const bare: FakeMessage = {
        id: 'b1',
        from: sam,
        to: [dana],
        dateString: 'Sat, Feb 14, 2026, 10:00 AM',
        bodyHtml: '<div dir="ltr">Hi Dana, here is the paperwork for February.<br>Sam</div>',
        attachments: [{ title: 'INV-2077.pdf', url: 'https://files.test/INV-2077' }],
      };
      gmail.openThread(new FakeThreadView('18e2a1f0c0de2077', 'Paperwork', [bare]));
      await vi.waitFor(() => expect(asked).toEqual(['https://files.test/INV-2077']));

      const tracked = invoiceThread();
      tracked.messageViews[0]!.spec.attachments = [
        { title: 'INV-1042.pdf', url: 'https://files.test/INV-1042' },
      ];
      gmail.openThread(tracked);
      await vi.waitFor(() => expect(mounted).toHaveLength(1));
      expect(asked).toEqual(['https://files.test/INV-2077']);
    });
  });

  describe('compose', () => {
    it('adds one Tactful button with a dropdown to every compose window', () => {
      const { gmail } = start();
      const compose = new FakeComposeView({ reply: false, to: [] });
      gmail.openCompose(compose);
      expect(compose.buttons).toHaveLength(1);
      expect(compose.buttons[0]).toMatchObject({
        title: COMPOSE_BUTTON_TITLE,
        iconUrl: ICON,
        hasDropdown: true,
      });
    });

    it("offers a reply on a tracked thread that invoice's current step first", async () => {
      const invoiceId = await trackInvoiceThread();
      const view = await harness.api('ledger.getInvoiceView', [invoiceId]);
      const current = view.plan.nextStep ?? view.plan.currentStep;
      const { gmail } = start();
      const reply = new FakeComposeView({ reply: true, inline: true, threadId: THREAD_ID, to: [dana] });
      gmail.openCompose(reply);
      const dropdown = reply.click()!;
      const items = await menuItems(dropdown);
      expect(items[0]?.dataset.templateId).toBe(current);
      expect(items[0]?.dataset.primary).toBe('');
      expect(items[0]?.textContent).toContain(STEP_LABELS[current as keyof typeof STEP_LABELS]);
      expect(items.filter((item) => item.dataset.primary !== undefined)).toHaveLength(1);
      expect(dropdown.el.textContent).toContain('INV-1042 · Whitfield & Co · £1,200.00');
    });

    it('inserts the chosen draft at the cursor of a reply and leaves its subject alone', async () => {
      const invoiceId = await trackInvoiceThread();
      const { gmail } = start();
      const reply = new FakeComposeView({
        reply: true,
        threadId: THREAD_ID,
        to: [dana],
        subject: `Re: ${SUBJECT}`,
      });
      gmail.openCompose(reply);
      const dropdown = reply.click()!;
      const [primary] = await menuItems(dropdown);
      primary!.click();
      await vi.waitFor(() => expect(reply.inserted).toHaveLength(1));
      const { draft } = await harness.api('draft.compose', {
        invoiceId,
        templateId: primary!.dataset.templateId as never,
      });
      expect(reply.inserted[0]).toBe(draft.html);
      expect(reply.subject).toBe(`Re: ${SUBJECT}`);
      await vi.waitFor(() => expect(dropdown.closed).toBe(true));
      const timeline = await harness.api('ledger.getInvoiceView', [invoiceId]);
      expect(timeline.events.map((event) => event.type)).toContain('drafted');
    });

    it("fills the subject of a new message to the client, from the client's open invoices", async () => {
      await trackInvoiceThread();
      const { gmail } = start();
      const compose = new FakeComposeView({ reply: false, to: [{ emailAddress: 'Dana@Whitfield.test' }] });
      gmail.openCompose(compose);
      const dropdown = compose.click()!;
      const [primary] = await menuItems(dropdown);
      primary!.click();
      await vi.waitFor(() => expect(compose.inserted).toHaveLength(1));
      expect(compose.subject).toContain('INV-1042');
      expect(compose.inserted[0]).toContain('INV-1042');
    });

    it('logs "sent" on the timeline when Gmail reports the message sent, once', async () => {
      const invoiceId = await trackInvoiceThread();
      const { gmail } = start();
      const reply = new FakeComposeView({ reply: true, threadId: THREAD_ID, to: [dana], subject: 'Re: x' });
      gmail.openCompose(reply);
      const [primary] = await menuItems(reply.click()!);
      primary!.click();
      await vi.waitFor(() => expect(reply.listenerCount('sent')).toBe(1));
      reply.send();
      expect(reply.listenerCount('sent')).toBe(0);
      await vi.waitFor(async () => {
        const view = await harness.api('ledger.getInvoiceView', [invoiceId]);
        expect(view.events.filter((event) => event.type === 'sent')).toHaveLength(1);
      });
    });

    it('inserts the current step straight away when InboxSDK gives the click no dropdown', async () => {
      await trackInvoiceThread();
      const { gmail } = start();
      const reply = new FakeComposeView({ reply: true, threadId: THREAD_ID, to: [dana], subject: 'Re: x' });
      gmail.openCompose(reply);
      reply.click(false);
      await vi.waitFor(() => expect(reply.inserted).toHaveLength(1));
    });

    it('says so when the recipients have no open invoices', async () => {
      const { gmail } = start();
      const compose = new FakeComposeView({
        reply: false,
        to: [{ emailAddress: 'stranger@elsewhere.test' }],
      });
      gmail.openCompose(compose);
      const dropdown = compose.click()!;
      await vi.waitFor(() => expect(dropdown.el.querySelector('[data-state="empty"]')).not.toBeNull());
      expect(dropdown.el.textContent).toContain('No open invoices for the people in To');
    });

    it('shows the tone check’s findings and inserts only after the user confirms', async () => {
      const insert = vi.fn(async (_target: unknown, _choice: unknown, confirmed = false) =>
        confirmed
          ? { inserted: true, toneFlags: [] }
          : {
              inserted: false,
              toneFlags: [
                {
                  rule: 'ultimatum' as const,
                  start: 0,
                  end: 10,
                  reason: 'It reads like an ultimatum.',
                  suggestion: 'Name a date and ask.',
                },
              ],
            },
      );
      const choice = {
        invoiceId: 'i1',
        invoiceLabel: 'INV-9 · Client · £10.00',
        templateId: 'final',
        label: 'Final notice',
        primary: true,
      };
      const { gmail } = start({ compose: { choices: async () => [choice], insert } });
      const compose: ComposeView = new FakeComposeView({ reply: false, to: [dana] });
      gmail.openCompose(compose);
      const dropdown = compose.click()!;
      (await menuItems(dropdown))[0]!.click();
      await vi.waitFor(() => expect(dropdown.el.querySelector('[data-state="tone"]')).not.toBeNull());
      expect(dropdown.el.textContent).toContain('It reads like an ultimatum.');
      expect(dropdown.closed).toBe(false);
      dropdown.el.querySelector<HTMLButtonElement>('[data-action="insert-anyway"]')!.click();
      await vi.waitFor(() => expect(dropdown.closed).toBe(true));
      expect(insert).toHaveBeenLastCalledWith(expect.anything(), choice, true);
    });
  });

  describe('thread-row labels', () => {
    it('labels tracked rows by state with their tone’s colours, looking each thread up once per burst', async () => {
      await harness.api('ledger.trackFromDetection', [detected('row-overdue', 'INV-3001', '2026-03-02')]);
      await harness.api('ledger.trackFromDetection', [detected('row-soon', 'INV-3002', '2026-03-19')]);
      const paid = await harness.api('ledger.trackFromDetection', [
        detected('row-paid', 'INV-3003', '2026-03-01'),
      ]);
      await harness.api('ledger.recordPayment', [
        paid.view.invoice.id,
        { date: '2026-03-10', amountMinor: 120_000, note: '' },
      ]);
      counter.reset();
      const { gmail } = start();
      const ids = [
        'row-overdue',
        'row-soon',
        'row-paid',
        ...Array.from({ length: 27 }, (_, i) => `plain-${i}`),
      ];
      const rows = [...ids, 'row-overdue'].map((id) => new FakeThreadRowView(id));
      gmail.showRows(rows);
      await vi.waitFor(() => expect(rows[2]?.labels).toHaveLength(1));

      expect(rows[0]?.labels).toEqual([{ title: 'Overdue 14d', ...TONE_COLOURS.overdue }]);
      expect(rows[1]?.labels).toEqual([{ title: 'Due in 3d', ...TONE_COLOURS.soon }]);
      expect(rows[2]?.labels).toEqual([{ title: 'Paid', ...TONE_COLOURS.paid }]);
      expect(rows.at(-1)?.labels).toEqual([{ title: 'Overdue 14d', ...TONE_COLOURS.overdue }]);
      expect(rows.slice(3, -1).every((row) => row.labels.length === 0)).toBe(true);
      expect(counter.count('ledger.findByThread')).toBe(ids.length);
      expect(counter.count('ledger.getSettings')).toBe(1);

      // Gmail repaints the list: new row views for the same threads, and no new requests.
      const repainted = ids.map((id) => new FakeThreadRowView(id));
      gmail.showRows(repainted);
      await vi.waitFor(() => expect(repainted[0]?.labels).toHaveLength(1));
      expect(counter.count('ledger.findByThread')).toBe(ids.length);
    });

    it('does not label a row Gmail removed before the answer came', async () => {
      await harness.api('ledger.trackFromDetection', [detected('row-overdue', 'INV-3001', '2026-03-02')]);
      const { gmail } = start();
      const row = new FakeThreadRowView('row-overdue');
      gmail.showRows([row]);
      row.destroyed = true;
      await new Promise((done) => setTimeout(done, 120));
      expect(row.labels).toEqual([]);
    });

    it('reuses what an opened thread showed for its row', async () => {
      const { gmail } = start();
      gmail.openThread(invoiceThread());
      await vi.waitFor(() => expect(mounted).toHaveLength(1));
      counter.reset();
      const row = new FakeThreadRowView(THREAD_ID);
      gmail.showRows([row]);
      await vi.waitFor(() => expect(row.labels).toHaveLength(1));
      expect(row.labels[0]?.title).toBe('Overdue 14d');
      expect(counter.count('ledger.findByThread')).toBe(0);
    });
  });

  describe('failures', () => {
    it('keeps a throwing handler away from Gmail, reports one quiet notice, and keeps the other features', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const { gmail } = start({
        controller: {
          open: () => {
            throw new Error('detector exploded');
          },
        },
        mountPanel: () => {
          throw new Error('never reached');
        },
      });
      expect(() => gmail.openThread(invoiceThread())).not.toThrow();
      expect(() => gmail.openThread(invoiceThread())).not.toThrow();
      await vi.waitFor(async () =>
        expect(await harness.api('notices.list', null)).toEqual([
          expect.objectContaining({ id: GMAIL_NOTICE_ID, source: 'gmail' }),
        ]),
      );
      const [notice] = await harness.api('notices.list', null);
      expect(notice?.message).toContain('detector exploded');
      expect(notice?.message).toContain('Your invoices and reminders still work from the toolbar button.');
      expect(counter.count('notices.report')).toBe(1);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Tactful: /), expect.any(Error));

      const compose = new FakeComposeView({ reply: false, to: [] });
      gmail.openCompose(compose);
      expect(compose.buttons).toHaveLength(1);
    });

    it('shows a short message in the menu when the service worker cannot answer', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const { gmail } = start({
        compose: {
          choices: async () => {
            throw new Error('No answer to "ledger.getSettings"');
          },
          insert: async () => ({ inserted: false, toneFlags: [] }),
        },
      });
      const compose = new FakeComposeView({ reply: false, to: [dana] });
      gmail.openCompose(compose);
      const dropdown = compose.click()!;
      await vi.waitFor(() => expect(dropdown.el.querySelector('[data-state="error"]')).not.toBeNull());
      expect(dropdown.el.textContent).toContain('Tactful could not look up invoices');
    });

    it('unregisters every handler when stopped', () => {
      const { gmail, adapter } = start();
      expect(gmail.handlerCount()).toBe(3);
      adapter.stop();
      expect(gmail.handlerCount()).toBe(0);
    });
  });
});
