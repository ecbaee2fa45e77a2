import { browser } from 'wxt/browser';
import { LedgerDb } from '../ledger/db.ts';
import { runtimeTimeZone } from '../ledger/settings.ts';
import type { Notice } from '../messages/protocol.ts';
import { dispatch, isEnvelope } from '../messages/rpc.ts';
import { createClock } from './clock.ts';
import { detectThroughOffscreen, renderThroughOffscreen } from './offscreen-sandbox.ts';
import { createService } from './service.ts';

const BADGE_ALARM = 'tactful.badge';
const NOTICES_KEY = 'tactful.notices';
const BADGE_COLOUR = '#b3261e';

/**
 * Wires the service to the browser. Listeners are registered synchronously, as MV3 requires,
 * because the worker is stopped when idle and woken by the very event it must answer.
 */
export function startBackground(): void {
  const db = new LedgerDb();
  const clock = createClock(runtimeTimeZone());
  const service = createService(db, clock, {
    setBadge: async ({ text, title }) => {
      await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
      await browser.action.setBadgeText({ text });
      await browser.action.setTitle({ title });
    },
    notices: {
      read: async () =>
        ((await browser.storage.local.get(NOTICES_KEY))[NOTICES_KEY] as Notice[] | undefined) ?? [],
      write: (notices) => browser.storage.local.set({ [NOTICES_KEY]: notices }),
    },
    sandbox: renderThroughOffscreen,
    detectAttachments: detectThroughOffscreen,
  });

  const refreshBadge = () =>
    service.refreshBadge().catch((error: unknown) => console.error('Tactful: badge refresh failed', error));

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isEnvelope(message)) return undefined;
    const from = { tabId: sender.tab?.id ?? null, url: sender.url ?? null };
    void dispatch(service.handlers, message, from).then((reply) => {
      sendResponse(reply);
      if (reply.ok && service.changesLedger(message.type)) void refreshBadge();
    });
    return true;
  });

  // The badge counts overdue invoices even with no mail tab open: recompute hourly (a new day
  // makes invoices overdue without any ledger change), at browser start and on install.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refreshBadge();
  });
  const ensureAlarm = async () => {
    if (!(await browser.alarms.get(BADGE_ALARM))) {
      await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
    }
  };
  browser.runtime.onStartup.addListener(() => void refreshBadge());
  browser.runtime.onInstalled.addListener(() => void refreshBadge());
  void ensureAlarm();
  void refreshBadge();
}
