// The service worker cannot frame a page or run pdf.js; this offscreen document does both for
// it: it frames the sandbox page for user templates, and reads e-invoice attachments.
import { browser } from 'wxt/browser';
import { detectMessageWithAttachments } from '../../lib/detect/with-attachments.ts';
import { isOffscreenRequest } from '../../lib/messages/offscreen.ts';
import { createSandboxClient, frameSandbox } from '../../lib/messages/sandbox.ts';
import { fromWire } from '../../lib/messages/wire-message.ts';

const sandbox = createSandboxClient(frameSandbox(browser.runtime.getURL('/sandbox.html')));

browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (!isOffscreenRequest(message)) return undefined;
  const { body } = message;
  const work =
    body.kind === 'detect'
      ? detectMessageWithAttachments(fromWire(body.message), body.identities, { today: body.today })
      : sandbox(body);
  void work.then(sendResponse);
  return true;
});
