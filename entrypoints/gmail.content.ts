import * as InboxSDK from '@inboxsdk/core';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountInvoicePanel } from '../components/panel/mount.tsx';
import { resolveAppId } from '../lib/adapters/gmail/app-id.ts';
import { fetchAttachment } from '../lib/adapters/gmail/attachments.ts';
import { startGmail } from '../lib/adapters/gmail/start.ts';
import { createComposeController } from '../lib/adapters/shared/compose-controller.ts';
import { createThreadController } from '../lib/adapters/shared/thread-controller.ts';
import { request } from '../lib/messages/client.ts';

// Gmail through InboxSDK: wiring only; the adapter lives in lib/adapters/gmail.
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_end',
  main() {
    const appId = resolveAppId(import.meta.env.WXT_INBOXSDK_APP_ID);
    void startGmail({
      load: () => InboxSDK.load(2, appId, { eventTracking: false, globalErrorLogging: false }),
      api: request,
      deps: {
        controller: createThreadController(request),
        compose: createComposeController(request),
        mountPanel: mountInvoicePanel,
        iconUrl: browser.runtime.getURL('/icon/32.png'),
        download: fetchAttachment,
      },
    });
  },
});
