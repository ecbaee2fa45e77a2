import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../lib/dates/calendar.ts';
import {
  type LaunchedExtension,
  launchExtension,
  newProfileDir,
  removeProfileDir,
  restartServiceWorker,
} from './harness.ts';

const today = todayIn();
const csv = [
  'Invoice Number,Customer,Email,Invoice Date,Due Date,Total,Amount Paid,Currency',
  `INV-2001,Harbour Lane Bakery,orders@harbourlane.test,${addDays(today, -40)},${addDays(today, -10)},"1,200.00",0,GBP`,
  `INV-2002,Pinecrest Analytics,ap@pinecrest.test,${addDays(today, -33)},${addDays(today, -3)},650.50,0,USD`,
  `INV-2003,Atelier Rousseau,compta@rousseau.test,${addDays(today, -30)},${addDays(today, -1)},"4,000.00",600.00,EUR`,
  `INV-2004,Northwind Studio,hello@northwind.test,${addDays(today, -28)},${addDays(today, 2)},300.00,0,GBP`,
  `INV-2005,Bluebell Florists,accounts@bluebell.test,${addDays(today, -60)},${addDays(today, -30)},90.00,90.00,GBP`,
].join('\r\n');

async function badge(worker: Worker): Promise<{ text: string; title: string }> {
  return worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    title: await chrome.action.getTitle({}),
  }));
}

/** Waits until the worker has computed the badge (its title is set then) and it shows `text`. */
async function waitForBadge(worker: Worker, text: string): Promise<{ text: string; title: string }> {
  const deadline = Date.now() + 10_000;
  let current = await badge(worker);
  while ((current.text !== text || current.title === 'Tactful') && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    current = await badge(worker);
  }
  return current;
}

async function popupRows(page: Page): Promise<string[]> {
  await page.waitForSelector('.attention, .empty');
  return page.locator('.attention .row .number').allInnerTexts();
}

describe('the extension in real Chromium', () => {
  let extension: LaunchedExtension;
  const profile = newProfileDir();
  const workDir = newProfileDir();

  beforeAll(async () => {
    extension = await launchExtension(profile);
  });
  afterAll(async () => {
    await extension?.close();
    removeProfileDir(profile);
    removeProfileDir(workDir);
  });

  it('starts the service worker with an empty badge and an all-clear popup', async () => {
    const worker = await extension.serviceWorker();
    expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    expect(await waitForBadge(worker, '')).toEqual({ text: '', title: 'Tactful — nothing overdue' });
    const popup = await extension.openPage('popup.html');
    await expect(popup.locator('.empty-title').innerText()).resolves.toBe('All caught up');
    await popup.close();
  });

  it('imports a CSV through the options page file input, with a preview first', async () => {
    const file = join(workDir, 'open-invoices.csv');
    writeFileSync(file, csv);
    const options = await extension.openPage('options.html?tab=import');
    await options.setInputFiles('[data-testid="csv-file"]', file);
    const preview = options.locator('[data-testid="import-preview"]');
    await preview.waitFor();
    await expect(preview.innerText()).resolves.toContain('4 ready');
    await expect(preview.innerText()).resolves.toMatch(/INV-2005[\s\S]*paid/i);
    await options.getByRole('button', { name: 'Import 4 invoices' }).click();
    await expect(options.locator('[data-testid="import-result"]').innerText()).resolves.toContain('4 new');
    await options.close();
  });

  it('counts overdue invoices on the badge, with the sum per currency in the tooltip', async () => {
    const worker = await extension.serviceWorker();
    const shown = await waitForBadge(worker, '3');
    expect(shown.text).toBe('3');
    expect(shown.title).toBe('3 overdue · €3,400.00 · £1,200.00 · US$650.50');
  });

  it('lists what needs attention in the popup, ordered by next step date', async () => {
    const popup = await extension.openPage('popup.html');
    // Next steps: INV-2001 reminder 9 days ago, INV-2002 reminder 2 days ago, INV-2004 courtesy
    // note yesterday (due in 2 days, note 3 days before), INV-2003 reminder today.
    expect(await popupRows(popup)).toEqual(['INV-2001', 'INV-2002', 'INV-2004', 'INV-2003']);
    await expect(popup.locator('.row').first().innerText()).resolves.toContain('10 days overdue');
    await popup.close();
  });

  it('keeps its data when the service worker is stopped and woken again', async () => {
    const worker = await restartServiceWorker(extension);
    expect((await waitForBadge(worker, '3')).text).toBe('3');
    const popup = await extension.openPage('popup.html');
    expect(await popupRows(popup)).toHaveLength(4);
    await popup.close();
  });

  it('round-trips a backup: export, restore into a fresh profile, export again', async () => {
    const options = await extension.openPage('options.html?tab=backup');
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Save a backup file' }).click();
    const saved = join(workDir, 'backup.json');
    await (await download).saveAs(saved);
    await options.close();
    const original = JSON.parse(readFileSync(saved, 'utf8'));
    expect(original.format).toBe('tactful-backup');
    expect(original.tables.invoices).toHaveLength(4);

    const otherProfile = newProfileDir();
    const other = await launchExtension(otherProfile);
    try {
      const page = await other.openPage('options.html?tab=backup');
      await page.setInputFiles('[data-testid="backup-file"]', saved);
      await page.getByRole('button', { name: 'Replace with this backup' }).click();
      await expect(page.locator('[data-testid="backup-message"]').innerText()).resolves.toContain('Restored');
      const again = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save a backup file' }).click();
      const second = join(workDir, 'backup-2.json');
      await (await again).saveAs(second);
      const restored = JSON.parse(readFileSync(second, 'utf8'));
      expect({ ...restored, exportedAt: 0 }).toEqual({ ...original, exportedAt: 0 });
      expect((await waitForBadge(await other.serviceWorker(), '3')).text).toBe('3');
    } finally {
      await other.close();
      removeProfileDir(otherProfile);
    }
  });

  it('refuses a malformed backup and leaves the ledger untouched', async () => {
    const bad = join(workDir, 'not-a-backup.json');
    writeFileSync(bad, '{"format": "something-else"}');
    const options = await extension.openPage('options.html?tab=backup');
    await options.setInputFiles('[data-testid="backup-file"]', bad);
    await options.getByRole('button', { name: 'Replace with this backup' }).click();
    await expect(options.locator('[data-testid="backup-message"]').innerText()).resolves.toContain(
      'Nothing was changed',
    );
    await options.close();
    const popup = await extension.openPage('popup.html');
    expect(await popupRows(popup)).toHaveLength(4);
    await popup.close();
  });

  it('keeps its data across a browser restart on the same profile', async () => {
    await extension.close();
    extension = await launchExtension(profile);
    const worker = await extension.serviceWorker();
    expect((await waitForBadge(worker, '3')).text).toBe('3');
    const popup = await extension.openPage('popup.html');
    expect(await popupRows(popup)).toEqual(['INV-2001', 'INV-2002', 'INV-2004', 'INV-2003']);
    await popup.close();
  });
});
