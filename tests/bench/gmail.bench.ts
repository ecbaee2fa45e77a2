/**
 * The Gmail adapter's own cost.
 *
 * 1. Per thread open (tests/unit/gmail/thread-open-workload.ts): a 20-message thread read from
 *    fake InboxSDK views into an OpenedThread, detection over it, and the ledger lookup through a
 *    client answering from memory (JSON round trip, as runtime messaging does). Run in real
 *    Chromium (a plain page, real DOM, as in Gmail) and in Node on happy-dom, whose DOM is slower.
 * 2. The Gmail content script's size: the built file when .output exists, and an esbuild bundle
 *    of the same entry point whose metafile gives each input's bytes in the output, so the split
 *    between InboxSDK, our code and other libraries is measured, not guessed. esbuild's minified
 *    total differs a little from Vite's.
 */
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { Window as HappyDomWindow } from 'happy-dom';
import { chromium } from 'playwright-core';
import type { InvoiceView } from '../../lib/ledger/views.ts';
import { assertChromiumInstalled, CHROMIUM_PATH } from '../e2e/chromium.ts';
import { gmailFixture } from '../unit/gmail/fixtures.ts';
import {
  BENCH_THREAD_ID,
  measureThreadOpen,
  type WorkloadInput,
} from '../unit/gmail/thread-open-workload.ts';
import { serviceHarness } from '../unit/support/service-harness.ts';
import type { BenchFigure } from './figure.ts';

const BUILT_SCRIPT = resolve('.output/chrome-mv3/content-scripts/gmail.js');
const ENTRY = resolve('entrypoints/gmail.content.ts');

/** What the bundled page exposes. */
interface BenchPage {
  runGmailBench?: (input: WorkloadInput) => Promise<BenchFigure[]>;
}

async function trackedView(): Promise<InvoiceView> {
  const harness = serviceHarness();
  try {
    const { view } = await harness.api('ledger.trackFromDetection', [
      {
        source: { mailClient: 'gmail', threadId: BENCH_THREAD_ID, messageId: null },
        invoiceNumber: 'INV-1042',
        client: { name: 'Whitfield & Co', email: 'dana@whitfield.test', company: null },
        currency: 'GBP',
        totalMinor: 400_000,
        issueDate: '2026-02-14',
        dueDate: '2026-03-02',
        terms: 'Net 14',
      },
    ]);
    return view;
  } finally {
    harness.close();
  }
}

async function workloadInput(where: string): Promise<WorkloadInput> {
  return {
    bodies: {
      invoice: gmailFixture('invoice-sent.html'),
      reminder: gmailFixture('reminder-sent.html'),
      reply: gmailFixture('client-reply-with-quote.html'),
    },
    view: await trackedView(),
    where,
  };
}

async function threadOpenInNode(): Promise<BenchFigure[]> {
  const window = new HappyDomWindow();
  try {
    return await measureThreadOpen(
      await workloadInput('Node, happy-dom'),
      window.document as unknown as Document,
    );
  } finally {
    await window.happyDOM.close();
  }
}

async function threadOpenInChromium(): Promise<BenchFigure[]> {
  assertChromiumInstalled();
  const bundle = await build({
    stdin: {
      contents:
        "import { measureThreadOpen } from './tests/unit/gmail/thread-open-workload.ts';\n" +
        'Object.assign(window, { runGmailBench: (input) => measureThreadOpen(input) });\n',
      resolveDir: resolve('.'),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const server = createServer((request, response) => {
    const isScript = request.url === '/bench.js';
    response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html' });
    response.end(
      isScript
        ? script
        : '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>',
    );
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => typeof (window as BenchPage).runGmailBench === 'function');
    const input = await workloadInput('Chromium');
    return await page.evaluate((workload) => {
      const run = (window as BenchPage).runGmailBench;
      if (!run) throw new Error('the bench page did not load');
      return run(workload);
    }, input);
  } finally {
    await browser.close();
    server.close();
  }
}

function kb(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}

function sizeFigure(name: string, bytes: number): BenchFigure {
  return { name, unit: 'KB', median: kb(bytes), p95: kb(bytes), target: null };
}

/** First match wins. */
const GROUPS: { name: string; test: (path: string) => boolean }[] = [
  { name: 'InboxSDK (@inboxsdk/core)', test: (path) => path.includes('node_modules/@inboxsdk/') },
  { name: 'pdf.js (PDF attachments)', test: (path) => path.includes('node_modules/pdfjs-dist/') },
  { name: 'chrono-node (dates)', test: (path) => path.includes('node_modules/chrono-node/') },
  { name: 'preact', test: (path) => path.includes('node_modules/preact/') },
  { name: 'other libraries', test: (path) => path.includes('node_modules/') },
  {
    name: 'ours: Gmail adapter + entry point',
    test: (path) => path.startsWith('lib/adapters/gmail/') || path.startsWith('entrypoints/'),
  },
  { name: 'ours: shared layer, panel, detection', test: () => true },
];

async function sizeFigures(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  if (existsSync(BUILT_SCRIPT)) {
    figures.push(sizeFigure('gmail content script, built (.output)', statSync(BUILT_SCRIPT).size));
  }
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'import.meta.env.WXT_INBOXSDK_APP_ID': 'undefined' },
    outfile: 'gmail.js',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: resolve('.'),
  });
  const output = Object.values(result.metafile.outputs).find((entry) => entry.entryPoint);
  if (!output) return figures;
  const totals = new Map<string, number>();
  for (const [path, input] of Object.entries(output.inputs)) {
    const group = GROUPS.find((candidate) => candidate.test(path));
    if (group) totals.set(group.name, (totals.get(group.name) ?? 0) + input.bytesInOutput);
  }
  figures.push(sizeFigure('gmail content script, esbuild bundle', output.bytes));
  for (const group of GROUPS) {
    figures.push(sizeFigure(`  of which ${group.name}`, totals.get(group.name) ?? 0));
  }
  return figures;
}

export async function benchGmail(): Promise<BenchFigure[]> {
  return [...(await threadOpenInChromium()), ...(await threadOpenInNode()), ...(await sizeFigures())];
}
