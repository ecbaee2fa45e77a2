/**
 * The only environment-specific part of e-invoice extraction: which pdf.js build to load
 * and how its "worker" runs.
 *
 * Both paths run the worker code in-thread. pdf.js v5 (`PDFWorker` in build/pdf.mjs) checks
 * `globalThis.pdfjsWorker?.WorkerMessageHandler` before spawning a Worker; when it is set it
 * takes its "fake worker" path (a LoopbackPort to that handler) and never fetches
 * `GlobalWorkerOptions.workerSrc`. The worker module sets that global itself on import; we
 * assign it again so a bundler that drops the side effect cannot break us. It must be set
 * before the first getDocument(), because pdf.js caches the handler it finds then.
 *
 * - Node (CLI, tests): the legacy build, which polyfills what Node 20 lacks
 *   (Promise.withResolvers, URL.parse). Its specifiers are hidden from bundlers so the
 *   extension does not ship a second copy of pdf.js.
 * - Browser (extension pages, content scripts): the modern build, bundled. No Worker file
 *   and no eval, which MV3's CSP forbids (getDocument also gets isEvalSupported: false).
 */
import type * as PdfjsModule from 'pdfjs-dist';

export type Pdfjs = typeof PdfjsModule;

export type PdfjsRuntime = 'node' | 'browser';

const NODE_BUILD = 'pdfjs-dist/legacy/build/pdf.mjs';
const NODE_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let loading: Promise<Pdfjs> | null = null;

export function pdfjsRuntime(): PdfjsRuntime {
  const versions = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions;
  return typeof versions?.node === 'string' ? 'node' : 'browser';
}

/** pdf.js, loaded once per realm; a failed load is retried on the next call. */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (pdfjsRuntime() === 'node' ? loadForNode() : loadForBrowser()).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function loadForNode(): Promise<Pdfjs> {
  const [pdfjs, worker] = await Promise.all([
    import(/* @vite-ignore */ NODE_BUILD) as Promise<Pdfjs>,
    import(/* @vite-ignore */ NODE_WORKER) as Promise<WorkerModule>,
  ]);
  installInThreadWorker(worker);
  return pdfjs;
}

async function loadForBrowser(): Promise<Pdfjs> {
  // 'pdfjs-dist' resolves to build/pdf.mjs, the modern build.
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.mjs'),
  ]);
  installInThreadWorker(worker);
  return pdfjs;
}

interface WorkerModule {
  WorkerMessageHandler: unknown;
}

function installInThreadWorker(worker: WorkerModule): void {
  (globalThis as { pdfjsWorker?: WorkerModule }).pdfjsWorker = {
    WorkerMessageHandler: worker.WorkerMessageHandler,
  };
}
