import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedThread } from '../../lib/adapters/shared/contract.ts';
import { addDays, formatDate, todayIn } from '../../lib/dates/calendar.ts';
import type { InvoiceView } from '../../lib/ledger/views.ts';
import {
  EXTENSION_DIR,
  type LaunchedExtension,
  launchExtension,
  newProfileDir,
  removeProfileDir,
} from './harness.ts';
import { ask } from './seed.ts';

const today = todayIn();
const due = addDays(today, -12);

/** The built extension plus a test page, in a scratch copy: what ships stays untouched. */
async function extensionWithTestPage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  await build({
    entryPoints: ['tests/e2e/ui-page/main.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outfile: join(dir, 'e2e-ui.js'),
  });
  writeFileSync(join(dir, 'e2e-ui.html'), readFileSync('tests/e2e/ui-page/page.html'));
  return dir;
}

const thread: OpenedThread = {
  mailClient: 'gmail',
  threadId: '18f0c0ffee1042',
  subject: 'Invoice INV-7781 from Rivera Studio',
  partialMessageIds: [],
  messages: [
    {
      id: 'msg-1',
      from: { name: 'Sam Rivera', address: 'sam@riverastudio.test' },
      to: [{ name: 'Dana Whitfield', address: 'dana@whitfield.test' }],
      cc: [],
      bcc: [],
      replyTo: [],
      subject: 'Invoice INV-7781 from Rivera Studio',
      date: `${addDays(due, -30)}T10:00:00+00:00`,
      text: [
        'Hi Dana,',
        '',
        'Please find attached invoice INV-7781 for the brand refresh.',
        '',
        'Amount due: £2,400.00',
        `Due date: ${formatDate(due, 'en-GB', 'long')}`,
        '',
        'Thanks,',
        'Sam',
      ].join('\n'),
      attachments: [{ filename: 'INV-7781.pdf', mimeType: 'application/pdf', size: 40_000 }],
    },
  ],
};

describe('the panel and the Gmail compose menu in an extension page, against the real ledger', () => {
  let extension: LaunchedExtension;
  let page: Page;
  let extensionDir: string;
  const profile = newProfileDir();

  beforeAll(async () => {
    extensionDir = await extensionWithTestPage();
    extension = await launchExtension(profile, [], extensionDir);
    page = await extension.openPage('e2e-ui.html');
    await ask(page, 'ledger.updateSettings', [
      { identities: { addresses: ['sam@riverastudio.test'], businessName: 'Rivera Studio' } },
    ]);
  });
  afterAll(async () => {
    await extension?.close();
    removeProfileDir(profile);
    rmSync(extensionDir, { recursive: true, force: true });
  });

  it('tracks the invoice thread on open and shows its status, balance and next step', async () => {
    const opened = await page.evaluate((t) => window.openThread(t), thread);
    expect(opened).toEqual({ show: true, autoTracked: true });
    await expect(page.locator('[data-testid="panel-status"]').innerText()).resolves.toBe('Overdue · 12 days');
    await expect(page.locator('[data-testid="panel-balance"]').innerText()).resolves.toBe('£2,400.00');
    await expect(page.locator('[data-testid="panel-next"]').innerText()).resolves.toContain(
      'Friendly reminder',
    );
  });

  it('records a partial payment from the panel', async () => {
    await page.getByRole('button', { name: 'Record a payment' }).click();
    await page.getByLabel('Amount (GBP)').fill('400.00');
    await page.getByRole('button', { name: 'Save payment' }).click();
    await expect.poll(() => page.locator('[data-testid="panel-balance"]').innerText()).toBe('£2,000.00');
    await expect(page.locator('[data-testid="panel-timeline"]').innerText()).resolves.toContain(
      'Payment of £400.00 recorded',
    );
  });

  it('offers the current step first in the reply menu, inserts it, and logs drafted then sent', async () => {
    await page.evaluate((id) => window.openComposeMenu(id, ['dana@whitfield.test']), thread.threadId);
    const first = page.locator('#menu button').first();
    await expect(first.innerText()).resolves.toContain('Friendly reminder');
    await first.click();
    await expect.poll(() => page.locator('#editor').innerText()).toContain('INV-7781');
    await expect(page.locator('#editor').innerText()).resolves.toContain('£2,000.00');
    await page.evaluate(() => window.sendCompose());
    await expect
      .poll(async () => {
        const view = await ask<InvoiceView>(page, 'ledger.findByThread', ['gmail', thread.threadId]);
        return view.events.map((event) => event.type);
      })
      .toEqual(expect.arrayContaining(['drafted', 'sent']));
  });

  it("offers a new message's recipient their open invoices", async () => {
    await page.evaluate(() => {
      document.getElementById('menu')!.textContent = '';
      document.getElementById('editor')!.textContent = '';
    });
    await page.evaluate(() => window.openComposeMenu(null, ['Dana@Whitfield.test']));
    await expect(page.locator('#menu').innerText()).resolves.toContain(
      'INV-7781 · Dana Whitfield · £2,000.00',
    );
    await page.locator('#menu button').first().click();
    await expect.poll(() => page.locator('#subject').inputValue()).toContain('INV-7781');
  });
});
