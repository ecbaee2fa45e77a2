import type { Page } from 'playwright-core';

/** Sends one typed request from an extension page, exactly as the extension's own pages do. */
export async function ask<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(
    ([messageType, messagePayload]) =>
      chrome.runtime.sendMessage({ tactful: 1, type: messageType, payload: messagePayload }),
    [type, payload] as const,
  )) as { ok: boolean; value?: T; error?: string };
  if (!reply.ok) throw new Error(`${type} failed: ${reply.error}`);
  return reply.value as T;
}
