import type { Protocol } from '../../messages/protocol.ts';
import type { Client } from '../../messages/rpc.ts';

/** The popup shows one Gmail notice at a time; a newer one replaces it. */
export const GMAIL_NOTICE_ID = 'gmail.inboxsdk';

const STILL_WORKS = 'Your invoices and reminders still work from the toolbar button.';

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0]?.trim() || 'unknown error';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

export function startFailureMessage(error: unknown): string {
  return `Tactful could not start in Gmail (${reasonOf(error)}). ${STILL_WORKS}`;
}

export function featureFailureMessage(feature: string, error: unknown): string {
  return `Tactful's ${feature} stopped working in Gmail (${reasonOf(error)}). ${STILL_WORKS}`;
}

export interface Guard {
  /**
   * Wraps an InboxSDK handler so nothing it throws or rejects reaches Gmail's page: the error is
   * logged and reported once as a quiet notice, and the other features carry on.
   */
  wrap<A extends unknown[]>(feature: string, handler: (...args: A) => unknown): (...args: A) => void;
  /** Logs and reports a failure (the first per page load becomes the popup's notice). */
  fail(feature: string, error: unknown): void;
}

export function reportNotice(api: Client<Protocol>, message: string): Promise<void> {
  return api('notices.report', { id: GMAIL_NOTICE_ID, source: 'gmail', message }).then(
    () => undefined,
    (error: unknown) => console.warn('Tactful: could not report a notice to the popup', error),
  );
}

export function createGuard(api: Client<Protocol>): Guard {
  let reported = false;
  const fail = (feature: string, error: unknown) => {
    console.warn(`Tactful: the ${feature} failed`, error);
    if (reported) return;
    reported = true;
    void reportNotice(api, featureFailureMessage(feature, error));
  };
  return {
    fail,
    wrap(feature, handler) {
      return (...args) => {
        try {
          const result = handler(...args);
          if (result instanceof Promise) result.catch((error: unknown) => fail(feature, error));
        } catch (error) {
          fail(feature, error);
        }
      };
    },
  };
}
