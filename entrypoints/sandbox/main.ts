// The manifest sandbox page: the only extension context whose CSP lets Handlebars compile
// user-edited templates (compilation builds functions with `new Function`). It has no extension
// APIs and an opaque origin; it only turns templates and data into text.
import Handlebars from 'handlebars';
import { renderInSandbox } from '../../lib/drafts/sandbox-renderer.ts';
import type { CompileTemplate } from '../../lib/drafts/user-template.ts';
import { isSandboxRequest, type SandboxReply } from '../../lib/messages/sandbox.ts';

const compile = ((source, options) => Handlebars.compile(source, options)) as CompileTemplate;
const renderer = renderInSandbox(compile);

window.addEventListener('message', (event) => {
  const request = event.data;
  if (!isSandboxRequest(request) || !event.source) return;
  let reply: SandboxReply;
  if (request.kind === 'compose') {
    const outcome = renderer.compose(request.input);
    reply = outcome.ok
      ? { tactfulSandbox: 1, id: request.id, ok: true, kind: 'compose', draft: outcome.value }
      : { tactfulSandbox: 1, id: request.id, ok: false, error: outcome.error, problems: outcome.problems };
  } else {
    const outcome = renderer.preview(request.template, request.context);
    reply = outcome.ok
      ? {
          tactfulSandbox: 1,
          id: request.id,
          ok: true,
          kind: 'preview',
          draft: outcome.value,
          warnings: outcome.warnings,
        }
      : { tactfulSandbox: 1, id: request.id, ok: false, error: outcome.error, problems: outcome.problems };
  }
  (event.source as Window).postMessage(reply, event.origin === 'null' ? '*' : event.origin);
});
