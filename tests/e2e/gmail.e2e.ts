import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedExtension, launchExtension, newProfileDir, removeProfileDir } from './harness.ts';
import { ask } from './seed.ts';

/*
 * The Gmail content script in real Chromium, on a page served as https://mail.google.com: the
 * browser resolves mail.google.com to a local HTTPS server with a throwaway self-signed
 * certificate, so the manifest's match pattern, InboxSDK's origin checks and the extension's
 * web-accessible resources all see the real origin. The page is not Gmail, so InboxSDK never
 * finishes loading; that is the failure path the adapter must survive quietly.
 */

const FAKE_GMAIL = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Inbox - sam@riverastudio.test - Gmail</title></head>
<body><div role="main">Loading Gmail…</div></body></html>`;

function selfSignedCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=mail.google.com',
      '-addext',
      'subjectAltName=DNS:mail.google.com',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

async function serveFakeGmail(dir: string): Promise<{ server: Server; port: number; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer(selfSignedCertificate(dir), (request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(FAKE_GMAIL);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { server, port: (server.address() as AddressInfo).port, requests };
}

interface PageWatch {
  /** Uncaught exceptions in any world of the page: its own, and the content scripts'. */
  exceptions: string[];
  /** Names of the isolated worlds extensions created in the page. */
  isolatedWorlds: string[];
  /** Console messages from any world, as "type: text". */
  console: string[];
}

async function watchPage(page: Page, cdp: CDPSession): Promise<PageWatch> {
  const watch: PageWatch = { exceptions: [], isolatedWorlds: [], console: [] };
  cdp.on('Runtime.exceptionThrown', (event) => {
    watch.exceptions.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text);
  });
  cdp.on('Runtime.executionContextCreated', (event) => {
    const aux = event.context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated') watch.isolatedWorlds.push(event.context.name);
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    const text = event.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
    watch.console.push(`${event.type}: ${text}`);
  });
  page.on('pageerror', (error) => watch.exceptions.push(error.message));
  await cdp.send('Runtime.enable');
  return watch;
}

describe('the Gmail content script in real Chromium on https://mail.google.com', () => {
  const profile = newProfileDir();
  const certDir = newProfileDir();
  let extension: LaunchedExtension;
  let served: Awaited<ReturnType<typeof serveFakeGmail>>;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    served = await serveFakeGmail(certDir);
    extension = await launchExtension(profile, [
      `--host-resolver-rules=MAP mail.google.com 127.0.0.1:${served.port}`,
      '--ignore-certificate-errors',
    ]);
    page = await extension.context.newPage();
    watch = await watchPage(page, await extension.context.newCDPSession(page));
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
  });
  afterAll(async () => {
    await extension?.close();
    await new Promise((closed) => served?.server.close(closed));
    removeProfileDir(profile);
    removeProfileDir(certDir);
  });

  it('serves the page at the real Gmail origin', async () => {
    expect(await page.evaluate(() => location.origin)).toBe('https://mail.google.com');
    expect(served.requests).toContain('/mail/u/0/');
  });

  it('runs the Gmail content script there, which starts InboxSDK without throwing', async () => {
    await expect.poll(() => watch.isolatedWorlds, { timeout: 10_000 }).toContain('Tactful');
    // InboxSDK's loader marks the page before asking the service worker for its page-world script.
    await expect
      .poll(() => page.evaluate(() => document.head.getAttribute('data-inboxsdk-script-injected')), {
        timeout: 10_000,
      })
      .toBe('true');
    expect(watch.console.filter((line) => line.startsWith('error:'))).toEqual([]);
    expect(watch.exceptions).toEqual([]);
  });

  it("has the service worker inject InboxSDK's pageWorld.js into the page's main world", async () => {
    // pageWorld.js sets this global once it runs, and only in the document that asked for it.
    await expect
      .poll(
        () => page.evaluate(() => (window as unknown as { __InboxSDKInjected?: boolean }).__InboxSDKInjected),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    expect(watch.exceptions).toEqual([]);
  });

  it('can show the icons it hands to InboxSDK: they are web-accessible to mail.google.com', async () => {
    const id = extension.extensionId;
    const icon = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        ok: response.ok,
        type: response.headers.get('content-type'),
        signature: [...bytes.slice(1, 4)],
      };
    }, `chrome-extension://${id}/icon/32.png`);
    expect(icon).toEqual({ ok: true, type: 'image/png', signature: [0x50, 0x4e, 0x47] });
    // …while what is not listed stays private to the extension.
    const hidden = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'fetched',
          () => 'refused',
        ),
      `chrome-extension://${id}/background.js`,
    );
    expect(hidden).toBe('refused');
  });

  it('leaves the page alone and tells the popup when InboxSDK cannot start there', async () => {
    const popup = await extension.openPage('popup.html');
    await expect
      .poll(() => ask<{ id: string; message: string }[]>(popup, 'notices.list', null), {
        timeout: 45_000,
        interval: 1000,
      })
      .toEqual([
        expect.objectContaining({
          id: 'gmail.inboxsdk',
          message: expect.stringMatching(
            /^Tactful could not start in Gmail \(.+\)\. Your invoices and reminders still work from the toolbar button\.$/,
          ),
        }),
      ]);
    await popup.close();
    expect(await page.evaluate(() => document.querySelector('[role="main"]')?.textContent)).toBe(
      'Loading Gmail…',
    );
    expect(watch.exceptions).toEqual([]);
  });
});
