import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium.ts';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  serviceWorker: () => Promise<Worker>;
  openPage: (path: string) => Promise<Page>;
  /** Closes the browser; the profile stays so a relaunch sees the same data. */
  close: () => Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'tactful-e2e-'));
}

export function removeProfileDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Loads the built extension into a real Chromium with a persistent profile. */
export async function launchExtension(
  profileDir: string = newProfileDir(),
  extraArgs: string[] = [],
  extensionDir: string = EXTENSION_DIR,
): Promise<LaunchedExtension> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((worker) => worker.url().endsWith('/background.js'));
    if (existing) return existing;
    return context.waitForEvent('serviceworker', {
      predicate: (worker) => worker.url().endsWith('/background.js'),
      timeout: 30_000,
    });
  };
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profileDir,
    serviceWorker,
    openPage: async (path: string) => {
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: () => context.close(),
  };
}

/** Stops every service worker, as Chromium does to an idle extension, and waits for it to wake again. */
export async function restartServiceWorker(extension: LaunchedExtension): Promise<Worker> {
  const page = await extension.context.newPage();
  const cdp = await extension.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.close();
  await new Promise((done) => setTimeout(done, 300));
  // Opening an extension page that messages the worker wakes it up.
  const wake = await extension.openPage('popup.html');
  const worker = await extension.serviceWorker();
  await wake.close();
  return worker;
}
