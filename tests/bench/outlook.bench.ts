import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { assertChromiumInstalled, CHROMIUM_PATH } from '../e2e/chromium.ts';
import type { BenchFigure } from './figure.ts';

/**
 * The Outlook adapter's own work, measured in real Chromium on the English invoice fixture (a
 * plain page on 127.0.0.1, no extension, so no ledger round trip is counted):
 * - one conversation open: the key, the self-check and reading the pane into an OpenedThread;
 * - a burst of 1,000 unrelated DOM mutations inside the observed pane: the time spent in the
 *   adapter's MutationObserver callback and its batched frame pass, timed by wrapping both.
 */

// Runs in the page: the adapter's modules, bundled by esbuild below.
const PAGE_SCRIPT = `
import { startOutlookAdapter } from './lib/adapters/outlook/adapter.ts';
import { conversationKeyOf } from './lib/adapters/outlook/conversation-key.ts';
import { readOpenedThread } from './lib/adapters/outlook/read-thread.ts';
import { checkPage } from './lib/adapters/outlook/selectors.ts';
import { measure, summarise } from './tests/bench/figure.ts';

const frame = () => new Promise((done) => requestAnimationFrame(() => done()));

function openConversation() {
  const key = conversationKeyOf(document, location.href);
  const check = checkPage(document);
  const thread = readOpenedThread(document, { threadId: key.key, lang: document.documentElement.lang });
  if (!check.ok || !thread || thread.messages.length === 0) throw new Error('the fixture did not read');
  return thread;
}

/** Grows the conversation to \`cards\` messages by repeating the client's reply. */
function growConversation(cards) {
  const conversation = document.querySelector('[data-app-section="ConversationContainer"]');
  const template = conversation.children[2];
  while (conversation.querySelectorAll('[id$="_FROM"]').length + 1 < cards) {
    const copy = template.cloneNode(true);
    const index = conversation.children.length;
    for (const element of copy.querySelectorAll('[id^="MSG_"]')) element.id = element.id.replace('1042c', '1042x' + index);
    for (const element of copy.querySelectorAll('[id^="UniqueMessageBody"]')) element.id = 'UniqueMessageBody_' + index;
    conversation.append(copy);
  }
}

async function burstCost() {
  let spent = 0;
  const NativeObserver = window.MutationObserver;
  window.MutationObserver = class extends NativeObserver {
    constructor(callback) {
      super((records, observer) => {
        const start = performance.now();
        callback(records, observer);
        spent += performance.now() - start;
      });
    }
  };
  const nativeFrame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    nativeFrame((time) => {
      const start = performance.now();
      callback(time);
      spent += performance.now() - start;
    });
  const model = { show: false, detection: null, view: null, autoTracked: false, proposal: null, label: null, trackingHint: null, locale: 'en-GB', today: '2026-11-23' };
  const adapter = startOutlookAdapter({
    api: async () => null,
    win: window,
    threads: { open: async () => model },
    compose: { choices: async () => [], insert: async () => ({ inserted: false, toneFlags: [] }) },
    mountPanel: () => ({ unmount() {} }),
    warn: () => {},
  });
  await frame();
  await frame();
  if (adapter.reads !== 1) throw new Error('the adapter did not read the fixture');
  const noise = document.createElement('div');
  document.querySelector('[data-app-section="MailReadCompose"]').append(noise);
  const samples = [];
  for (let run = 0; run < 33; run++) {
    await frame();
    spent = 0;
    if (noise.childElementCount === 0) {
      for (let index = 0; index < 1000; index++) noise.append(document.createElement('span'));
    } else {
      for (let index = 0; index < 1000; index++) noise.lastElementChild.remove();
    }
    await frame();
    await frame();
    if (run >= 3) samples.push(spent);
  }
  if (adapter.reads !== 1) throw new Error('the burst made the adapter read again');
  adapter.stop();
  return summarise(samples);
}

window.runOutlookBench = async () => {
  const small = await measure(openConversation, { runs: 50, warmup: 5 });
  growConversation(25);
  const large = await measure(openConversation, { runs: 50, warmup: 5 });
  const burst = await burstCost();
  return { small, large, burst };
};
`;

export async function benchOutlook(): Promise<BenchFigure[]> {
  assertChromiumInstalled();
  const bundle = await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: resolve('.'), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const fixture = readFileSync(resolve('tests/fixtures/outlook/invoice-thread.en.html'), 'utf8');
  const page = fixture.replace('</body>', '<script type="module" src="/bench.js"></script></body>');
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const tab = await browser.newPage();
    // The conversation id in the path, as on outlook.office.com.
    await tab.goto(
      `http://127.0.0.1:${port}/mail/inbox/id/AAQkAGRhZTY1NzQ4LTExMDQtNDI1Ny1hMWZmLTQ1MTA0MkNFMDQyABAdNq9kC0xJvLhE1042%2Bq%3D`,
    );
    await tab.waitForFunction(
      () => typeof (window as unknown as { runOutlookBench?: unknown }).runOutlookBench === 'function',
    );
    type Summary = { median: number; p95: number };
    const result = await tab.evaluate(() =>
      (
        window as unknown as { runOutlookBench: () => Promise<Record<'small' | 'large' | 'burst', Summary>> }
      ).runOutlookBench(),
    );
    return [
      {
        name: 'Outlook: open a 4-message conversation, key + self-check + read (Chromium)',
        unit: 'ms',
        ...result.small,
        target: 10,
      },
      {
        name: 'Outlook: open a 25-message conversation, key + self-check + read (Chromium)',
        unit: 'ms',
        ...result.large,
        target: 10,
      },
      {
        name: 'Outlook: adapter time under 1,000 unrelated mutations in the pane (Chromium)',
        unit: 'ms',
        ...result.burst,
        target: 5,
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
