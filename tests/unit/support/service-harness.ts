import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import Handlebars from 'handlebars';
import { detectMessageWithAttachments } from '../../../lib/detect/with-attachments.ts';
import { renderInSandbox } from '../../../lib/drafts/sandbox-renderer.ts';
import type { CompileTemplate } from '../../../lib/drafts/user-template.ts';
import { LedgerDb } from '../../../lib/ledger/db.ts';
import type { Notice, Protocol } from '../../../lib/messages/protocol.ts';
import { type Client, createClient, dispatch, type Envelope } from '../../../lib/messages/rpc.ts';
import type { SandboxReply, SandboxRequestBody } from '../../../lib/messages/sandbox.ts';
import { fromWire } from '../../../lib/messages/wire-message.ts';
import { createClock } from '../../../lib/service/clock.ts';
import { createService } from '../../../lib/service/service.ts';

let counter = 0;

/** Node's Handlebars.compile stands in for the sandbox page, exactly as that page uses it. */
export function nodeSandbox(body: SandboxRequestBody): Promise<SandboxReply> {
  const renderer = renderInSandbox(((source, options) =>
    Handlebars.compile(source, options)) as CompileTemplate);
  const base = { tactfulSandbox: 1 as const, id: 'node' };
  if (body.kind === 'compose') {
    const outcome = renderer.compose(body.input);
    return Promise.resolve(
      outcome.ok
        ? { ...base, ok: true, kind: 'compose', draft: outcome.value }
        : { ...base, ok: false, error: outcome.error, problems: outcome.problems },
    );
  }
  const outcome = renderer.preview(body.template, body.context);
  return Promise.resolve(
    outcome.ok
      ? { ...base, ok: true, kind: 'preview', draft: outcome.value, warnings: outcome.warnings }
      : { ...base, ok: false, error: outcome.error, problems: outcome.problems },
  );
}

/** A real service on fake-indexeddb at a fixed moment, and a typed client that calls it like the extension does. */
export function serviceHarness(now = '2026-03-16T10:00:00Z') {
  const db = new LedgerDb(`tactful-test-${++counter}-${Math.random()}`, { indexedDB, IDBKeyRange });
  let time = Date.parse(now);
  const clock = createClock('UTC', () => time);
  const badges: { text: string; title: string }[] = [];
  let notices: Notice[] = [];
  const service = createService(db, clock, {
    setBadge: async (badge) => {
      badges.push(badge);
    },
    notices: {
      read: async () => notices,
      write: async (next) => {
        notices = next;
      },
    },
    sandbox: nodeSandbox,
    detectAttachments: ({ message, identities, today }) =>
      detectMessageWithAttachments(fromWire(message), identities, { today }),
  });
  const api: Client<Protocol> = createClient<Protocol>(async (envelope: Envelope) => {
    // Messages cross contexts as JSON: round-trip to catch anything that would not survive.
    const reply = await dispatch(service.handlers, JSON.parse(JSON.stringify(envelope)), {
      tabId: null,
      url: null,
    });
    if (reply.ok && service.changesLedger(envelope.type)) await service.refreshBadge();
    return JSON.parse(JSON.stringify(reply));
  });
  return {
    db,
    service,
    api,
    badges,
    setNow(iso: string) {
      time = Date.parse(iso);
    },
    close: () => db.close(),
  };
}
