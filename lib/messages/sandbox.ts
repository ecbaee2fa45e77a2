import type { ComposedDraft, ComposeInput } from '../drafts/compose.ts';
import type { DraftContext, PartProblem, RenderedDraft, UserTemplate } from '../drafts/user-template.ts';

/**
 * Messages to the manifest sandbox page, the one place MV3 lets Handlebars compile templates
 * (it needs `new Function`). Extension pages frame it directly; the service worker reaches it
 * through an offscreen document.
 */
export type SandboxRequest =
  | { tactfulSandbox: 1; id: string; kind: 'compose'; input: Omit<ComposeInput, 'compile'> }
  | { tactfulSandbox: 1; id: string; kind: 'preview'; template: UserTemplate; context: DraftContext };

export type SandboxReply =
  | { tactfulSandbox: 1; id: string; ok: true; kind: 'compose'; draft: ComposedDraft }
  | {
      tactfulSandbox: 1;
      id: string;
      ok: true;
      kind: 'preview';
      draft: RenderedDraft;
      warnings: PartProblem[];
    }
  | { tactfulSandbox: 1; id: string; ok: false; error: string; problems: PartProblem[] };

export type SandboxRequestBody =
  | { kind: 'compose'; input: Omit<ComposeInput, 'compile'> }
  | { kind: 'preview'; template: UserTemplate; context: DraftContext };

export function isSandboxRequest(data: unknown): data is SandboxRequest {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as SandboxRequest).tactfulSandbox === 1 &&
    'kind' in data &&
    !('ok' in data)
  );
}

export function isSandboxReply(data: unknown): data is SandboxReply {
  return (
    typeof data === 'object' && data !== null && (data as SandboxReply).tactfulSandbox === 1 && 'ok' in data
  );
}

/** Talks to a sandbox page framed by `frame`, matching replies to requests by id. */
export function createSandboxClient(frame: () => Promise<Window>) {
  const pending = new Map<string, (reply: SandboxReply) => void>();
  let counter = 0;
  window.addEventListener('message', (event) => {
    if (!isSandboxReply(event.data)) return;
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  });
  return async (body: SandboxRequestBody): Promise<SandboxReply> => {
    const id = `r${++counter}`;
    const target = await frame();
    return new Promise((resolve) => {
      pending.set(id, resolve);
      // The sandbox has an opaque origin, so '*' is the only target origin that reaches it;
      // the request carries no secret beyond what the page itself shows.
      target.postMessage({ tactfulSandbox: 1, id, ...body }, '*');
    });
  };
}

/** Frames the extension's sandbox page once and resolves when it has loaded. */
export function frameSandbox(src: string): () => Promise<Window> {
  let ready: Promise<Window> | null = null;
  return () => {
    ready ??= new Promise((resolve) => {
      const iframe = document.createElement('iframe');
      iframe.src = src;
      iframe.hidden = true;
      iframe.title = 'Tactful template renderer';
      iframe.addEventListener('load', () => resolve(iframe.contentWindow as Window), { once: true });
      document.body.append(iframe);
    });
    return ready;
  };
}
