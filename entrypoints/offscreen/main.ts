// The service worker cannot frame a page; this offscreen document frames the sandbox page for
// it and relays render requests both ways.
import { browser } from 'wxt/browser';
import { isOffscreenRequest } from '../../lib/messages/offscreen.ts';
import { createSandboxClient, frameSandbox } from '../../lib/messages/sandbox.ts';

const sandbox = createSandboxClient(frameSandbox(browser.runtime.getURL('/sandbox.html')));

browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (!isOffscreenRequest(message)) return undefined;
  void sandbox(message.body).then(sendResponse);
  return true;
});
