import { browser } from 'wxt/browser';
import type { MessageDetection } from '../detect/types.ts';
import type { OffscreenRequest } from '../messages/offscreen.ts';
import type { AttachmentDetectionRequest } from '../messages/protocol.ts';
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
      reasons: [browser.offscreen.Reason.IFRAME_SCRIPTING, browser.offscreen.Reason.WORKERS],
      justification:
        'Render user-edited Handlebars templates inside the manifest sandbox page, and read e-invoice PDFs with pdf.js.',
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

/** Reads a message's PDF and XML attachments in the offscreen document (pdf.js needs a page). */
export async function detectThroughOffscreen(request: AttachmentDetectionRequest): Promise<MessageDetection> {
  await ensureOffscreenDocument();
  const message: OffscreenRequest = { tactfulOffscreen: 1, body: { kind: 'detect', ...request } };
  return (await browser.runtime.sendMessage(message)) as MessageDetection;
}
