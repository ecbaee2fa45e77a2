import { browser } from 'wxt/browser';
import type { OffscreenRequest } from '../messages/offscreen.ts';
import type { SandboxReply, SandboxRequestBody } from '../messages/sandbox.ts';

const OFFSCREEN_PATH = 'offscreen.html';
let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL(`/${OFFSCREEN_PATH}`);
  const contexts = await browser.runtime.getContexts({
    contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  if (contexts.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [browser.offscreen.Reason.IFRAME_SCRIPTING],
      justification: 'Render user-edited Handlebars templates inside the manifest sandbox page.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Sends a render request to the sandbox page through the offscreen document. */
export async function renderThroughOffscreen(body: SandboxRequestBody): Promise<SandboxReply> {
  await ensureOffscreenDocument();
  const message: OffscreenRequest = { tactfulOffscreen: 1, body };
  return (await browser.runtime.sendMessage(message)) as SandboxReply;
}
