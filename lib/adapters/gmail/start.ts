import type { Protocol } from '../../messages/protocol.ts';
import type { Client } from '../../messages/rpc.ts';
import { type GmailAdapter, type GmailAdapterDeps, startGmailAdapter } from './adapter.ts';
import { GMAIL_NOTICE_ID, reportNotice, startFailureMessage } from './guard.ts';
import type { GmailSdk } from './sdk-types.ts';

/** InboxSDK normally loads in a second or two; past this, Gmail has changed or the page is not Gmail. */
export const LOAD_TIMEOUT_MS = 30_000;

export interface StartGmailOptions {
  /** `() => InboxSDK.load(2, appId, …)`, injected so tests can fail it. */
  load: () => Promise<GmailSdk>;
  api: Client<Protocol>;
  deps: Omit<GmailAdapterDeps, 'api'>;
  timeoutMs?: number;
}

export type GmailStart =
  | { started: true; adapter: GmailAdapter }
  | {
      started: false;
      reason: string;
      /**
       * After a timeout InboxSDK may still finish (a slow connection): the adapter then starts
       * late and the notice is withdrawn. Resolves to null when it never does.
       */
      lateStart: Promise<GmailAdapter | null>;
    };

class LoadTimeout extends Error {
  constructor(ms: number) {
    super(`InboxSDK did not load within ${Math.round(ms / 1000)} s`);
    this.name = 'LoadTimeout';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LoadTimeout(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function startAdapter(sdk: GmailSdk, options: StartGmailOptions): Promise<GmailAdapter> {
  // A notice from an earlier failed start no longer holds; cleared first so a new one stays.
  await options.api('notices.clear', { id: GMAIL_NOTICE_ID }).catch(() => undefined);
  return startGmailAdapter(sdk, { ...options.deps, api: options.api });
}

/**
 * Loads InboxSDK and starts the adapter. Never rejects: when InboxSDK fails or hangs, Gmail is left
 * alone, the popup gets a quiet notice, and the extension's other features carry on.
 */
export async function startGmail(options: StartGmailOptions): Promise<GmailStart> {
  const loading = Promise.resolve().then(() => options.load());
  try {
    const sdk = await withTimeout(loading, options.timeoutMs ?? LOAD_TIMEOUT_MS);
    return { started: true, adapter: await startAdapter(sdk, options) };
  } catch (error) {
    console.warn('Tactful: Gmail features are off for this page', error);
    await reportNotice(options.api, startFailureMessage(error));
    const lateStart =
      error instanceof LoadTimeout
        ? loading.then(
            (sdk) => startAdapter(sdk, options),
            () => null,
          )
        : Promise.resolve(null);
    return {
      started: false,
      reason: error instanceof Error ? error.message : String(error),
      lateStart: lateStart.catch((late: unknown) => {
        console.warn('Tactful: Gmail features could not start late', late);
        return null;
      }),
    };
  }
}
