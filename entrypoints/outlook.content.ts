import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountInvoicePanel } from '../components/panel/mount.tsx';
import { startOutlookAdapter } from '../lib/adapters/outlook/adapter.ts';
import { createComposeController } from '../lib/adapters/shared/compose-controller.ts';
import { createThreadController } from '../lib/adapters/shared/thread-controller.ts';
import { request } from '../lib/messages/client.ts';

// Outlook on the web, work (office.com, office365.com, cloud.microsoft) and personal (live.com).
// Pop-out read and compose windows are frames the app creates without a URL of their own
// (OUTLOOK.md §2): all frames, matched by their opener's origin. Firefox has no
// match_origin_as_fallback; its about:blank matching covers those frames there.
export default defineContentScript({
  matches: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  allFrames: true,
  matchOriginAsFallback: { chrome: true, edge: true },
  matchAboutBlank: { firefox: true },
  runAt: 'document_idle',
  main(ctx) {
    const adapter = startOutlookAdapter({
      api: request,
      win: window,
      threads: createThreadController(request),
      compose: createComposeController(request),
      mountPanel: mountInvoicePanel,
    });
    ctx.onInvalidated(() => adapter.stop());
  },
});
