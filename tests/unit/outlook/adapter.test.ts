// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type MountPanel,
  type OutlookAdapter,
  startOutlookAdapter,
} from '../../../lib/adapters/outlook/adapter.ts';
import type { InsertOutcome } from '../../../lib/adapters/shared/compose-controller.ts';
import type { ComposeTarget, DraftChoice, OpenedThread } from '../../../lib/adapters/shared/contract.ts';
import type { ThreadModel } from '../../../lib/adapters/shared/thread-model.ts';
import type { Protocol } from '../../../lib/messages/protocol.ts';
import type { Client } from '../../../lib/messages/rpc.ts';
import { fixtureHtml, loadFixture, renderPaneOf, setUrl } from './fixtures.ts';

function model(show: boolean): ThreadModel {
  return {
    show,
    detection: {
      invoice: null,
      state: 'other',
      stateIndex: -1,
      promiseDate: null,
      messages: [],
      confidence: 0,
    },
    view: null,
    autoTracked: false,
    proposal: null,
    label: null,
    trackingHint: null,
    locale: 'en-GB',
    today: '2026-11-23',
  };
}

const primary: DraftChoice = {
  invoiceId: 'inv-1',
  invoiceLabel: 'INV-1042 · Dana Whitfield · £2,400.00',
  templateId: 'reminder',
  label: 'Friendly reminder (due now)',
  primary: true,
};
const other: DraftChoice = { ...primary, templateId: 'follow-up', label: 'Follow-up', primary: false };

let adapter: OutlookAdapter | null = null;

function harness(options: { insertOutcome?: InsertOutcome; choices?: DraftChoice[] } = {}) {
  const reports: unknown[] = [];
  const api = vi.fn(async (type: string, payload: unknown) => {
    if (type === 'notices.report') reports.push(payload);
    return null;
  }) as unknown as Client<Protocol>;
  const threads = {
    open: vi.fn(async (thread: OpenedThread) => model(thread.subject.startsWith('Invoice'))),
  };
  const targets: ComposeTarget[] = [];
  const compose = {
    choices: vi.fn(async (target: ComposeTarget) => {
      targets.push(target);
      return options.choices ?? [other, primary];
    }),
    insert: vi.fn(async () => options.insertOutcome ?? { inserted: true, toneFlags: [] }),
  };
  const unmounts: ReturnType<typeof vi.fn>[] = [];
  const mountPanel = vi.fn<MountPanel>((target, { thread }) => {
    const panel = document.createElement('div');
    panel.className = 'fake-panel';
    panel.textContent = thread.subject;
    target.append(panel);
    const unmount = vi.fn(() => panel.remove());
    unmounts.push(unmount);
    return { unmount };
  });
  adapter = startOutlookAdapter({
    api,
    win: window as Window & typeof globalThis,
    threads,
    compose,
    mountPanel,
    confirmFailureAfterMs: 0,
    warn: () => undefined,
  });
  return { adapter, api, reports, threads, compose, targets, mountPanel, unmounts };
}

const settle = () => new Promise((done) => setTimeout(done, 0));
const panelHost = () => document.querySelector<HTMLElement>('[data-tactful="panel"]');
const buttonHost = () => document.querySelector<HTMLElement>('[data-tactful="compose-button"]');
const tactfulButton = () => buttonHost()?.shadowRoot?.querySelector<HTMLButtonElement>('button.open') ?? null;

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  adapter?.stop();
  adapter = null;
});

describe('the reading pane', () => {
  it('reads the open invoice conversation once and docks the panel beside it, in a shadow root', async () => {
    loadFixture('invoice-thread.en');
    const { threads, mountPanel } = harness();
    adapter?.tick();
    await settle();
    expect(threads.open).toHaveBeenCalledTimes(1);
    expect(threads.open.mock.calls[0]?.[0].messages).toHaveLength(3);
    const host = panelHost();
    expect(host?.parentElement?.id).toBe('ReadingPaneContainerId');
    expect(host?.shadowRoot?.querySelector('.fake-panel')?.textContent).toBe(
      'Invoice INV-1042 for the October design sprint',
    );
    expect(mountPanel).toHaveBeenCalledTimes(1);
  });

  it('shows no panel on a newsletter', async () => {
    loadFixture('newsletter.en');
    const { threads } = harness();
    adapter?.tick();
    await settle();
    expect(threads.open).toHaveBeenCalledTimes(1);
    expect(panelHost()).toBeNull();
  });

  it('does no work on a burst of mutations that leave the conversation as it was', async () => {
    loadFixture('invoice-thread.en');
    const { threads } = harness();
    adapter?.tick();
    await settle();
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const list = document.querySelector('[data-app-section="MailReadCompose"] .kTq0P') as HTMLElement;
    for (let index = 0; index < 1000; index++) list.append(document.createElement('span'));
    await settle();
    expect(frames).toHaveBeenCalledTimes(1);
    adapter?.tick();
    await settle();
    expect(adapter?.reads).toBe(1);
    expect(threads.open).toHaveBeenCalledTimes(1);
    frames.mockRestore();
  });

  it('re-reads when a message arrives in the open conversation', async () => {
    loadFixture('invoice-thread.en');
    const { threads } = harness();
    adapter?.tick();
    await settle();
    const conversation = document.querySelector('[data-app-section="ConversationContainer"]')!;
    const card = conversation
      .querySelector('[aria-label="Email message"]:nth-of-type(3)')!
      .cloneNode(true) as Element;
    card.querySelector('[id$="_FROM"]')!.id = 'MSG_AAMkADm1042e_FROM';
    conversation.append(card);
    adapter?.tick();
    await settle();
    expect(threads.open).toHaveBeenCalledTimes(2);
    expect(threads.open.mock.calls[1]?.[0].messages).toHaveLength(4);
  });

  it('waits for the new subject heading after the address changes, then reads the new conversation', async () => {
    const { url: invoiceUrl } = loadFixture('invoice-thread.en');
    const { threads, unmounts } = harness();
    adapter?.tick();
    await settle();
    expect(panelHost()).not.toBeNull();
    setUrl(
      'https://outlook.office.com/mail/inbox/id/AAQkAGRhZTY1NzQ4LTExMDQtNDI1Ny1hMWZmLTQ1MTA0MkNFMDQyABYt5Lm2Notes7%3D',
    );
    const row = document.getElementById('row-3')!;
    document.querySelector('[role="listbox"]')!.setAttribute('aria-activedescendant', 'row-3');
    row.setAttribute('aria-selected', 'true');
    document.getElementById('row-2')!.setAttribute('aria-selected', 'false');
    window.dispatchEvent(new PopStateEvent('popstate'));
    adapter?.tick();
    await settle();
    expect(threads.open).toHaveBeenCalledTimes(1);
    renderPaneOf('newsletter.en');
    adapter?.tick();
    await settle();
    expect(threads.open).toHaveBeenCalledTimes(2);
    expect(threads.open.mock.calls[1]?.[0].subject).toBe('Studio notes for November');
    expect(panelHost()).toBeNull();
    expect(unmounts[0]).toHaveBeenCalled();
    expect(invoiceUrl).toContain('/id/');
  });

  it('puts the panel back once when Outlook re-renders the pane without it', async () => {
    loadFixture('invoice-thread.en');
    const { mountPanel, threads } = harness();
    adapter?.tick();
    await settle();
    const host = panelHost()!;
    host.remove();
    adapter?.tick();
    adapter?.tick();
    expect(document.querySelectorAll('[data-tactful="panel"]')).toHaveLength(1);
    expect(panelHost()).toBe(host);
    expect(mountPanel).toHaveBeenCalledTimes(1);
    expect(threads.open).toHaveBeenCalledTimes(1);
  });
});

describe('following the app without being asked', () => {
  const frames = () => new Promise((done) => setTimeout(done, 60));
  const toNewsletter = () => {
    setUrl(
      'https://outlook.office.com/mail/inbox/id/AAQkAGRhZTY1NzQ4LTExMDQtNDI1Ny1hMWZmLTQ1MTA0MkNFMDQyABYt5Lm2Notes7%3D',
    );
    document.querySelector('[data-app-section="MessageList"]')?.replaceChildren();
  };

  it('re-attaches its observer when Outlook replaces the whole read/compose area', async () => {
    loadFixture('invoice-thread.en');
    const { threads } = harness();
    await frames();
    expect(threads.open).toHaveBeenCalledTimes(1);
    toNewsletter();
    const parsed = new DOMParser().parseFromString(fixtureHtml('newsletter.en'), 'text/html');
    const fresh = document.importNode(parsed.querySelector('[data-app-section="MailReadCompose"]')!, true);
    document.querySelector('[data-app-section="MailReadCompose"]')!.replaceWith(fresh);
    await frames();
    expect(threads.open).toHaveBeenCalledTimes(2);
    expect(threads.open.mock.calls[1]?.[0].subject).toBe('Studio notes for November');
    // A message arriving in the new area is noticed: the observer follows the new element.
    const conversation = fresh.querySelector('[data-app-section="ConversationContainer"]')!;
    const card = conversation.firstElementChild!.cloneNode(true) as Element;
    card.querySelector('[id$="_FROM"]')!.id = 'MSG_AAMkADnotes11b_FROM';
    conversation.append(card);
    await frames();
    expect(threads.open).toHaveBeenCalledTimes(3);
  });

  it("hears the Navigation API's navigatesuccess when only the address and attributes changed", async () => {
    const navigation = new EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    try {
      loadFixture('invoice-thread.en');
      const { threads } = harness();
      await frames();
      toNewsletter();
      await frames();
      const heading = document.querySelector('[id^="CONV_"]')!;
      heading.id = 'CONV_AAMkADother_SUBJECT';
      heading.setAttribute('title', 'Another conversation');
      await frames();
      expect(threads.open).toHaveBeenCalledTimes(1);
      navigation.dispatchEvent(new Event('navigatesuccess'));
      await frames();
      expect(threads.open).toHaveBeenCalledTimes(2);
    } finally {
      Reflect.deleteProperty(window, 'navigation');
    }
  });
});

describe('the self-check', () => {
  it('switches the Outlook UI off quietly when a core handle is missing, and says why in the popup', async () => {
    loadFixture('invoice-thread.en');
    document.querySelector('[data-app-section="ConversationContainer"]')?.removeAttribute('data-app-section');
    document.getElementById('ConversationReadingPaneContainer')?.removeAttribute('id');
    const { threads, reports } = harness();
    expect(() => adapter?.tick()).not.toThrow();
    await settle();
    expect(adapter?.active).toBe(false);
    expect(threads.open).not.toHaveBeenCalled();
    expect(document.querySelector('[data-tactful]')).toBeNull();
    expect(reports).toEqual([
      {
        id: 'outlook.selfcheck',
        source: 'outlook',
        message:
          'Tactful paused its Outlook panel: this version of Outlook looks different (missing: conversation).',
      },
    ]);
  });

  it('takes its panel and buttons away when a later page lacks a core handle', async () => {
    loadFixture('inline-reply.en');
    const { reports } = harness();
    adapter?.tick();
    await settle();
    expect(panelHost()).not.toBeNull();
    expect(buttonHost()).not.toBeNull();
    renderPaneOf('newsletter.en');
    setUrl(
      'https://outlook.office365.com/mail/inbox/id/AAQkAGRhZTY1NzQ4LTExMDQtNDI1Ny1hMWZmLTQ1MTA0MkNFMDQyABYt5Lm2Notes7%3D',
    );
    // The list is virtualised: the old row scrolled away.
    document.querySelector('[data-app-section="MessageList"]')?.replaceChildren();
    for (const body of document.querySelectorAll('[id^="UniqueMessageBody"]')) body.removeAttribute('id');
    adapter?.tick();
    await settle();
    expect(adapter?.active).toBe(false);
    expect(document.querySelector('[data-tactful]')).toBeNull();
    expect(JSON.stringify(reports)).toContain('missing: message body');
  });

  it('gives up quietly after repeated unexpected errors, without throwing into the page', async () => {
    loadFixture('invoice-thread.en');
    const { reports } = harness();
    const broken = vi.spyOn(document, 'querySelector').mockImplementation(() => {
      throw new Error('the page broke');
    });
    try {
      for (let attempt = 0; attempt < 3; attempt++) expect(() => adapter?.tick()).not.toThrow();
    } finally {
      broken.mockRestore();
    }
    await settle();
    expect(adapter?.active).toBe(false);
    expect(reports).toEqual([
      {
        id: 'outlook.selfcheck',
        source: 'outlook',
        message: 'Tactful paused its Outlook panel after an unexpected error (the page broke).',
      },
    ]);
  });

  it('looks again before switching off, as Outlook renders in steps', async () => {
    loadFixture('newsletter.de');
    const body = document.querySelector('[id^="UniqueMessageBody"]')!;
    const id = body.id;
    body.removeAttribute('id');
    const reports: unknown[] = [];
    const api = vi.fn(async (type: string, payload: unknown) => {
      if (type === 'notices.report') reports.push(payload);
      return null;
    }) as unknown as Client<Protocol>;
    const threads = { open: vi.fn(async () => model(false)) };
    adapter = startOutlookAdapter({
      api,
      win: window as Window & typeof globalThis,
      threads,
      compose: { choices: vi.fn(), insert: vi.fn() },
      mountPanel: vi.fn(),
      confirmFailureAfterMs: 30,
      warn: () => undefined,
    });
    adapter.tick();
    body.id = id;
    await new Promise((done) => setTimeout(done, 80));
    adapter.tick();
    await settle();
    expect(adapter.active).toBe(true);
    expect(reports).toEqual([]);
    expect(threads.open).toHaveBeenCalledTimes(1);
  });
});

describe('compose forms', () => {
  it('adds one Tactful button right after the Send wrapper, in a shadow root, and re-adds it after a re-render', () => {
    loadFixture('new-compose.en');
    harness();
    adapter?.tick();
    const send = document.querySelector('[data-testid="ComposeSendButton"]')!;
    expect(send.nextElementSibling).toBe(buttonHost());
    const button = tactfulButton()!;
    expect(button.type).toBe('button');
    expect(button.getAttribute('aria-label')).toBe('Tactful: insert a payment reminder');
    adapter?.tick();
    expect(document.querySelectorAll('[data-tactful="compose-button"]')).toHaveLength(1);
    buttonHost()!.remove();
    adapter?.tick();
    expect(document.querySelectorAll('[data-tactful="compose-button"]')).toHaveLength(1);
    expect(send.nextElementSibling).toBe(buttonHost());
  });

  it('keeps pointer and key presses on the button away from Outlook', () => {
    loadFixture('new-compose.de');
    harness();
    adapter?.tick();
    const form = document.getElementById('docking_InitVisiblePart_0')!;
    const heard: string[] = [];
    for (const type of ['pointerdown', 'mousedown', 'keydown'])
      form.addEventListener(type, () => heard.push(type));
    const button = tactfulButton()!;
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(heard).toEqual([]);
  });

  it('offers the drafts with the suggested one first and inserts the chosen one into a new message', async () => {
    loadFixture('new-compose.en');
    const { compose, targets } = harness();
    adapter?.tick();
    tactfulButton()!.click();
    await settle();
    const menu = buttonHost()!.shadowRoot!.querySelector('[role="menu"]')!;
    const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    expect(items.map((item) => item.textContent)).toEqual([
      'Friendly reminder (due now) (suggested)INV-1042 · Dana Whitfield · £2,400.00',
      'Follow-upINV-1042 · Dana Whitfield · £2,400.00',
    ]);
    expect(tactfulButton()!.getAttribute('aria-expanded')).toBe('true');
    const target = targets[0]!;
    expect(target).toMatchObject({ mailClient: 'outlook', threadId: null, isReply: false });
    expect(target.recipients()).toEqual(['dana@whitfield.test']);
    expect(target.subject()).toBe('');
    items[0]!.click();
    await settle();
    expect(compose.insert).toHaveBeenCalledWith(target, primary, false);
    expect(menu.textContent).toContain('Draft inserted');
  });

  it('ties a reply form to the open conversation', async () => {
    loadFixture('inline-reply.en');
    const { targets } = harness();
    adapter?.tick();
    tactfulButton()!.click();
    await settle();
    expect(targets[0]).toMatchObject({
      threadId: 'AAQkAGRhZTY1NzQ4LTExMDQtNDI1Ny1hMWZmLTQ1MTA0MkNFMDQyABAdNq9kC0xJvLhE1042+q=',
      isReply: true,
    });
    expect(targets[0]?.subject()).toBe('RE: Invoice INV-1042 for the October design sprint');
  });

  it("tells a pop-out's reply by its subject prefix and offers its recipient's invoices", async () => {
    loadFixture('popout-compose.de');
    const { targets } = harness();
    adapter?.tick();
    expect(buttonHost()).not.toBeNull();
    tactfulButton()!.click();
    await settle();
    expect(targets[0]).toMatchObject({ threadId: null, isReply: true });
    expect(targets[0]?.recipients()).toEqual(['j.berger@berger-moebel.test']);
  });

  it("shows the tone check's concerns and inserts only when the user insists", async () => {
    loadFixture('new-compose.en');
    const flag = {
      rule: 'ultimatum' as const,
      start: 0,
      end: 5,
      reason: 'Reads as an ultimatum.',
      suggestion: 'Offer a date instead.',
    };
    const { compose } = harness({ insertOutcome: { inserted: false, toneFlags: [flag] } });
    adapter?.tick();
    tactfulButton()!.click();
    await settle();
    const shadow = buttonHost()!.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('[role="menuitem"]')!.click();
    await settle();
    expect(shadow.textContent).toContain('Reads as an ultimatum. Offer a date instead.');
    const insist = [...shadow.querySelectorAll('button')].find(
      (button) => button.textContent === 'Insert anyway',
    )!;
    insist.click();
    await settle();
    expect(compose.insert).toHaveBeenLastCalledWith(expect.anything(), primary, true);
  });

  it('says so when there is nothing to draft', async () => {
    loadFixture('new-compose.en');
    harness({ choices: [] });
    adapter?.tick();
    tactfulButton()!.click();
    await settle();
    expect(buttonHost()!.shadowRoot!.textContent).toContain(
      'No tracked invoice for this conversation or these recipients.',
    );
  });

  it('reports a send only when the form leaves the page after a click on Send', async () => {
    loadFixture('new-compose.en');
    const { targets } = harness();
    adapter?.tick();
    tactfulButton()!.click();
    await settle();
    const sent = vi.fn();
    targets[0]!.onSent(sent);
    const form = document.getElementById('docking_InitVisiblePart_0')!;
    (form.querySelector('[data-testid="ComposeSendButton"] button') as HTMLButtonElement).click();
    form.remove();
    adapter?.tick();
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('does not report a discarded message as sent', async () => {
    loadFixture('inline-reply.de');
    const { targets } = harness();
    adapter?.tick();
    tactfulButton()!.click();
    await settle();
    const sent = vi.fn();
    targets[0]!.onSent(sent);
    const form = document.getElementById('docking_InitVisiblePart_1')!;
    (form.querySelector('button[aria-label="Verwerfen"]') as HTMLButtonElement).click();
    form.remove();
    adapter?.tick();
    expect(sent).not.toHaveBeenCalled();
    expect(buttonHost()).toBeNull();
  });
});
