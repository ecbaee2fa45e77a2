// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEVELOPMENT_APP_ID, resolveAppId } from '../../../lib/adapters/gmail/app-id.ts';
import { GMAIL_NOTICE_ID } from '../../../lib/adapters/gmail/guard.ts';
import { LOAD_TIMEOUT_MS, startGmail } from '../../../lib/adapters/gmail/start.ts';
import { createComposeController } from '../../../lib/adapters/shared/compose-controller.ts';
import { createThreadController } from '../../../lib/adapters/shared/thread-controller.ts';
import { serviceHarness } from '../support/service-harness.ts';
import { fakeSdk } from './fake-inboxsdk.ts';

describe('starting Tactful in Gmail', () => {
  let harness = serviceHarness();
  const deps = () => ({
    controller: createThreadController(harness.api),
    compose: createComposeController(harness.api),
    mountPanel: () => ({ unmount: () => undefined }),
    iconUrl: 'chrome-extension://tactfulid/icon/32.png',
  });

  beforeEach(() => {
    harness = serviceHarness();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    harness.close();
    vi.restoreAllMocks();
  });

  it('reports a quiet notice and does not throw when InboxSDK fails to load', async () => {
    const result = await startGmail({
      load: () => Promise.reject(new Error('Gmail changed its page structure')),
      api: harness.api,
      deps: deps(),
    });
    expect(result).toMatchObject({ started: false, reason: 'Gmail changed its page structure' });
    expect(await harness.api('notices.list', null)).toEqual([
      expect.objectContaining({
        id: GMAIL_NOTICE_ID,
        source: 'gmail',
        message:
          'Tactful could not start in Gmail (Gmail changed its page structure). ' +
          'Your invoices and reminders still work from the toolbar button.',
      }),
    ]);
  });

  it('treats a loader that throws before returning a promise the same way', async () => {
    const result = await startGmail({
      load: () => {
        throw new TypeError('chrome.runtime is undefined');
      },
      api: harness.api,
      deps: deps(),
    });
    expect(result.started).toBe(false);
    const [notice] = await harness.api('notices.list', null);
    expect(notice?.message).toContain('(chrome.runtime is undefined)');
  });

  it('gives up on an InboxSDK that never answers, after the timeout', async () => {
    expect(LOAD_TIMEOUT_MS).toBe(30_000);
    const result = await startGmail({
      load: () => new Promise(() => undefined),
      api: harness.api,
      deps: deps(),
      timeoutMs: 25,
    });
    expect(result.started).toBe(false);
    const [notice] = await harness.api('notices.list', null);
    expect(notice?.message).toContain('InboxSDK did not load within');
  });

  it('starts late and withdraws the notice when InboxSDK finishes after the timeout', async () => {
    const gmail = fakeSdk();
    const result = await startGmail({
      load: () => new Promise((loaded) => setTimeout(() => loaded(gmail.sdk), 60)),
      api: harness.api,
      deps: deps(),
      timeoutMs: 20,
    });
    if (result.started) throw new Error('expected the timeout to win');
    expect(await harness.api('notices.list', null)).toHaveLength(1);
    expect(gmail.handlerCount()).toBe(0);
    expect(await result.lateStart).not.toBeNull();
    expect(gmail.handlerCount()).toBe(3);
    expect(await harness.api('notices.list', null)).toEqual([]);
  });

  it('does not throw even when the notice cannot be delivered', async () => {
    const result = await startGmail({
      load: () => Promise.reject(new Error('no Gmail here')),
      api: () => Promise.reject(new Error('No answer: the Tactful service worker is not listening.')),
      deps: deps(),
    });
    expect(result.started).toBe(false);
  });

  it('registers its handlers and clears an old start-up notice once InboxSDK loads', async () => {
    await harness.api('notices.report', { id: GMAIL_NOTICE_ID, source: 'gmail', message: 'old failure' });
    const gmail = fakeSdk();
    const result = await startGmail({ load: async () => gmail.sdk, api: harness.api, deps: deps() });
    expect(result.started).toBe(true);
    expect(gmail.handlerCount()).toBe(3);
    expect(await harness.api('notices.list', null)).toEqual([]);
  });
});

describe('the InboxSDK app id', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses the id configured at build time', () => {
    expect(resolveAppId('sdk_tactful_0123456789')).toBe('sdk_tactful_0123456789');
  });

  it('falls back to the development id and says once that a real one must be registered', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    expect(resolveAppId(undefined)).toBe(DEVELOPMENT_APP_ID);
    expect(resolveAppId('  ')).toBe(DEVELOPMENT_APP_ID);
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0]?.[0]).toMatch(/^Tactful: .*inboxsdk\.com/);
  });
});
