import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Frame, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoiceView } from '../../lib/ledger/views.ts';
import type { DraftResponse } from '../../lib/service/drafts.ts';
import { type LaunchedExtension, launchExtension, newProfileDir, removeProfileDir } from './harness.ts';
import { chromiumArgsFor, type HttpsServer, startHttpsServer } from './https-server.ts';
import { ask } from './seed.ts';

// The production manifest's match patterns, served by a local HTTPS server under the real
// Outlook host names: the built extension's real content script runs on the fixture pages.
const HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];
const FIXTURES = resolve('tests/fixtures/outlook');
const FIXTURE_SCRIPT = '/__tactful-fixture/app.js';
const INVOICE_THREAD_EN = 'AAQkAGRhZTY1NzQ4LTExMDQtNDI1Ny1hMWZmLTQ1MTA0MkNFMDQyABAdNq9kC0xJvLhE1042+q=';

declare global {
  interface Window {
    /** Set by the fixture's own script (tests/fixtures/outlook/app/browser-entry.ts). */
    outlookFixture: {
      ready: boolean;
      log: { editor: number; event: string; source?: string }[];
      sent: { subject: string; text: string }[];
    };
  }
}

function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURES, `${name}.html`), 'utf8');
}

function fixtureUrl(name: string): string {
  const url = /<meta name="tactful-fixture-url" content="([^"]+)"/.exec(fixtureHtml(name))?.[1];
  if (!url) throw new Error(`${name} names no address`);
  return url;
}

/** The fixture, with its script (RoosterJS editors, React subject, Send) added before </body>. */
function withFixtureScript(html: string): string {
  return html.replace('</body>', `<script src="${FIXTURE_SCRIPT}"></script>\n</body>`);
}

/**
 * A page of the app that opens a pop-out: a frame without a URL of its own, into which the page's
 * script writes the form and starts its editor, as OWA does (OUTLOOK.md §2).
 */
function popoutHostPage(name: string): string {
  const markup = fixtureHtml(name);
  const head = /<head>([\s\S]*?)<\/head>/.exec(markup)?.[1] ?? '';
  const body = /<body>([\s\S]*?)<\/body>/.exec(markup)?.[1] ?? '';
  return `<!doctype html><html lang="en-GB" data-fixture-manual><head><meta charset="utf-8"><title>Mail - Outlook</title></head>
<body><div id="app"><p>Inbox</p></div>
<script src="${FIXTURE_SCRIPT}"></script>
<script>
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 600px; border: 1px solid #ccc';
  document.body.append(frame);
  setTimeout(() => {
    const doc = frame.contentDocument;
    doc.documentElement.lang = 'en-GB';
    doc.head.innerHTML = ${JSON.stringify(head)};
    doc.body.innerHTML = ${JSON.stringify(body)};
    frame.contentWindow.outlookFixture = window.bootOutlookFixture(doc);
  }, 300);
</script></body></html>`;
}

async function waitForBadge(worker: Worker, text: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  let current = await worker.evaluate(() => chrome.action.getBadgeText({}));
  while (current !== text && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    current = await worker.evaluate(() => chrome.action.getBadgeText({}));
  }
  return current;
}

async function editorText(target: Page | Frame, formSelector: string): Promise<string> {
  return target
    .locator(`${formSelector} [aria-multiline="true"]`)
    .evaluate((editor) => (editor.textContent ?? '').replace(/\s+/g, ' ').trim());
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The names of the extensions' isolated worlds in the page's main frame: proof a content script runs. */
async function tactfulWorlds(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const names: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const auxData = context.auxData as { type?: string; frameId?: string } | undefined;
    if (auxData?.type === 'isolated' && context.name) names.push(context.name);
  });
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return names;
}

describe('Outlook on the web, with the built extension in real Chromium', () => {
  let server: HttpsServer;
  let extension: LaunchedExtension;
  let extensionPage: Page;
  const profile = newProfileDir();
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [resolve(FIXTURES, 'app/browser-entry.ts')],
      bundle: true,
      format: 'iife',
      write: false,
      platform: 'browser',
      target: 'chrome120',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const script = bundle.outputFiles[0]?.text ?? '';
    server = await startHttpsServer(({ url }) => {
      if (url.pathname === FIXTURE_SCRIPT) return { type: 'text/javascript', body: script };
      const popout = url.searchParams.get('popout');
      if (popout) return { type: 'text/html', body: popoutHostPage(popout) };
      const fixture = url.searchParams.get('fixture');
      if (!fixture || !/^[a-z-]+\.(en|de)$/.test(fixture)) return null;
      return { type: 'text/html; charset=utf-8', body: withFixtureScript(fixtureHtml(fixture)) };
    }, HOSTS);
    extension = await launchExtension(profile, chromiumArgsFor(server, HOSTS));
    extension.context.on('weberror', (error) => pageErrors.push(error.error().message));
    extensionPage = await extension.openPage('popup.html');
    await ask(extensionPage, 'ledger.updateSettings', [
      {
        identities: {
          addresses: ['sam@riverastudio.test', 'katrin@vogel-webdesign.test'],
          businessName: 'Rivera Studio',
        },
        sender: {
          name: 'Sam Rivera',
          position: '',
          company: 'Rivera Studio',
          email: 'sam@riverastudio.test',
          phone: '',
          signature: 'Sam',
          paymentInstructions: 'Bank transfer, sort code 00-11-22, account 12345678',
        },
      },
    ]);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
    removeProfileDir(profile);
  });

  async function open(name: string): Promise<Page> {
    const url = new URL(fixtureUrl(name));
    url.searchParams.set('fixture', name);
    const page = await extension.context.newPage();
    await page.goto(url.href);
    await page.waitForFunction(() => window.outlookFixture?.ready === true);
    return page;
  }

  it('docks the panel on the invoice thread, tracks the invoice, and the badge counts it as overdue', async () => {
    const worker = await extension.serviceWorker();
    expect(await waitForBadge(worker, '')).toBe('');
    const page = await open('invoice-thread.en');
    const panel = page.locator('[data-tactful="panel"] [data-testid="tactful-panel"]');
    await panel.waitFor({ timeout: 15_000 });
    await expect(panel.locator('h2').innerText()).resolves.toBe('INV-1042');
    expect(await page.locator('[data-tactful]').count()).toBe(1);
    // The panel sits inside the reading pane, at its right edge.
    const box = await page.locator('[data-tactful="panel"]').boundingBox();
    const pane = await page.locator('#ReadingPaneContainerId').boundingBox();
    expect(box && pane && Math.abs(box.x + box.width - (pane.x + pane.width))).toBeLessThanOrEqual(1);
    const view = await ask<InvoiceView | null>(extensionPage, 'ledger.findByThread', [
      'outlook',
      INVOICE_THREAD_EN,
    ]);
    expect(view?.invoice.number).toBe('INV-1042');
    expect(view?.invoice.totalMinor).toBe(240_000);
    expect(view?.invoice.dueDate).toBe('2026-11-13');
    // Today is past 13 November 2026 whenever this runs: the invoice is overdue.
    expect(await waitForBadge(worker, '1')).toBe('1');
    await page.close();
  });

  it('docks the panel on the German invoice thread too', async () => {
    const page = await open('invoice-thread.de');
    const panel = page.locator('[data-tactful="panel"] [data-testid="tactful-panel"]');
    await panel.waitFor({ timeout: 15_000 });
    await expect(panel.locator('h2').innerText()).resolves.toBe('RE-2026-118');
    expect(await waitForBadge(await extension.serviceWorker(), '2')).toBe('2');
    await page.close();
  });

  it.each(['newsletter.en', 'newsletter.de'])(
    'shows no panel on %s, though Tactful runs there',
    async (name) => {
      const page = await open(name);
      expect(await tactfulWorlds(page)).toContain('Tactful');
      // Reading the page and asking the service worker takes a few frames; give it ample time.
      await page.waitForTimeout(1500);
      expect(await page.locator('[data-tactful]').count()).toBe(0);
      await page.close();
    },
  );

  it('inserts the suggested draft into the inline reply through RoosterJS, and undo takes it out', async () => {
    const view = await ask<InvoiceView>(extensionPage, 'ledger.findByThread', ['outlook', INVOICE_THREAD_EN]);
    const step = view.plan.nextStep ?? view.plan.currentStep ?? 'reminder';
    const expected = await ask<DraftResponse>(extensionPage, 'draft.compose', {
      invoiceId: view.invoice.id,
      templateId: step,
    });
    const page = await open('inline-reply.en');
    const form = '#docking_InitVisiblePart_1';
    const before = await editorText(page, form);
    await page.locator('[data-tactful="compose-button"] button.open').click();
    const suggested = page.locator('[data-tactful="compose-button"] [role="menuitem"]').first();
    await expect(suggested.innerText()).resolves.toContain('(suggested)');
    await suggested.click();
    const firstLine = expected.draft.text.split('\n').find((line) => line.trim() !== '') ?? '';
    await page.waitForFunction(
      ([selector, line]) =>
        (document.querySelector(`${selector} [aria-multiline="true"]`)?.textContent ?? '')
          .replace(/\s+/g, ' ')
          .includes(line.replace(/\s+/g, ' ').trim()),
      [form, firstLine] as const,
    );
    const after = await editorText(page, form);
    for (const line of expected.draft.text.split('\n').filter((part) => part.trim().length > 0))
      expect(after).toContain(flat(line));
    expect(after.indexOf(flat(firstLine))).toBeLessThan(after.indexOf('Kind regards,'));
    expect(after).toContain('From: Dana Whitfield');
    const log = await page.evaluate(() => window.outlookFixture.log);
    expect(log).toContainEqual({ editor: 0, event: 'contentChanged', source: 'Paste' });
    // The subject of a reply is left alone.
    await expect(page.locator(`${form} input[type="text"]`).inputValue()).resolves.toBe(
      'RE: Invoice INV-1042 for the October design sprint',
    );

    // One more typed key, then two undos: the key first, then exactly the insertion.
    await page.keyboard.type('Q');
    expect(await editorText(page, form)).toContain('Q');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      (selector) =>
        !(document.querySelector(`${selector} [aria-multiline="true"]`)?.textContent ?? '').includes('Q'),
      form,
    );
    expect(await editorText(page, form)).toBe(after);
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      ([selector, text]) =>
        (document.querySelector(`${selector} [aria-multiline="true"]`)?.textContent ?? '')
          .replace(/\s+/g, ' ')
          .trim() === text,
      [form, before] as const,
    );

    const drafted = await ask<InvoiceView>(extensionPage, 'ledger.findByThread', [
      'outlook',
      INVOICE_THREAD_EN,
    ]);
    expect(drafted.events.map((event) => event.type)).toContain('drafted');
    // Send: the form leaves the page and Tactful logs the reminder as sent.
    await page.locator(`${form} [data-testid="ComposeSendButton"] button`).click();
    await page.locator(form).waitFor({ state: 'detached' });
    const deadline = Date.now() + 10_000;
    let events: string[] = [];
    while (!events.includes('sent') && Date.now() < deadline) {
      await page.waitForTimeout(100);
      const latest = await ask<InvoiceView>(extensionPage, 'ledger.findByThread', [
        'outlook',
        INVOICE_THREAD_EN,
      ]);
      events = latest.events.map((event) => event.type);
    }
    expect(events).toContain('sent');
    await page.close();
  });

  it("fills a new message's React subject and RoosterJS body for the recipient's open invoice", async () => {
    const page = await open('new-compose.en');
    const form = '#docking_InitVisiblePart_0';
    await page.locator('[data-tactful="compose-button"]').waitFor();
    await page.waitForTimeout(300);
    expect(await page.locator('[data-tactful]').count()).toBe(1);
    await page.locator('[data-tactful="compose-button"] button.open').click();
    const items = page.locator('[data-tactful="compose-button"] [role="menuitem"]');
    await expect(items.first().innerText()).resolves.toContain('INV-1042');
    await items.first().click();
    const subject = page.locator(`${form} input[type="text"]`);
    await page.waitForFunction((selector) => {
      const input = document.querySelector<HTMLInputElement>(`${selector} input[type="text"]`);
      return Boolean(input?.value) && input?.value === input?.getAttribute('data-fixture-state');
    }, form);
    const value = await subject.inputValue();
    expect(value).toContain('INV-1042');
    // React holds the value too: a re-render keeps it.
    await expect(subject.getAttribute('data-fixture-state')).resolves.toBe(value);
    await page.waitForFunction(
      (selector) =>
        (document.querySelector(`${selector} [aria-multiline="true"]`)?.textContent ?? '').includes(
          'INV-1042',
        ),
      form,
    );
    const text = await editorText(page, form);
    expect(text.indexOf('INV-1042')).toBeLessThan(text.indexOf('Kind regards,'));
    await page.close();
  });

  it("only the native setter updates a React input's state from the page's own world", async () => {
    const page = await open('new-compose.de');
    const setter = await build({
      stdin: {
        contents:
          "import { setInputValue } from './lib/adapters/outlook/input-value.ts'; window.tactfulSetInputValue = setInputValue;",
        resolveDir: resolve('.'),
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
    });
    await page.addScriptTag({ content: setter.outputFiles[0]?.text ?? '' });
    const state = () =>
      page.locator('#docking_InitVisiblePart_0 input[type="text"]').getAttribute('data-fixture-state');
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>(
        '#docking_InitVisiblePart_0 input[type="text"]',
      )!;
      input.value = 'Zuweisung';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(state()).resolves.toBe('');
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>(
        '#docking_InitVisiblePart_0 input[type="text"]',
      )!;
      (
        window as unknown as { tactfulSetInputValue: (input: HTMLInputElement, value: string) => void }
      ).tactfulSetInputValue(input, 'Zahlungserinnerung');
    });
    await expect(state()).resolves.toBe('Zahlungserinnerung');
    await page.close();
  });

  it('puts its button into a pop-out compose frame that has no URL of its own', async () => {
    const page = await extension.context.newPage();
    await page.goto('https://outlook.live.com/mail/0/?popout=popout-compose.en');
    const frame = page.frameLocator('iframe');
    const button = frame.locator('[data-tactful="compose-button"] button.open');
    await button.waitFor({ timeout: 15_000 });
    await button.click();
    const item = frame.locator('[data-tactful="compose-button"] [role="menuitem"]').first();
    await expect(item.innerText()).resolves.toContain('INV-1042');
    await item.click();
    const child = page.frames().find((candidate) => candidate !== page.mainFrame());
    if (!child) throw new Error('no pop-out frame');
    await child.waitForFunction(() =>
      (document.querySelector('[aria-multiline="true"]')?.textContent ?? '').includes('INV-1042'),
    );
    await page.close();
  });

  it('threw no error into any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
