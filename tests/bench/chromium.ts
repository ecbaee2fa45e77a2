import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { assertChromiumInstalled, CHROMIUM_PATH } from '../e2e/chromium.ts';
import type { BenchFigure } from './figure.ts';

/** Runs the ledger benchmark inside real Chromium, on its real IndexedDB (a page on 127.0.0.1). */
export async function benchLedgerInChromium(): Promise<BenchFigure[]> {
  assertChromiumInstalled();
  const bundle = await build({
    entryPoints: ['tests/bench/browser-entry.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>',
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.runLedgerBench === 'function');
    return await page.evaluate(() => window.runLedgerBench());
  } finally {
    await browser.close();
    server.close();
  }
}
