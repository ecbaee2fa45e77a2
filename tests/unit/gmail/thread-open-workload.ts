import { readThread } from '../../../lib/adapters/gmail/read-thread.ts';
import { detectThread } from '../../../lib/detect/index.ts';
import type { Identities } from '../../../lib/detect/types.ts';
import type { InvoiceView } from '../../../lib/ledger/views.ts';
import type { Protocol } from '../../../lib/messages/protocol.ts';
import type { Client } from '../../../lib/messages/rpc.ts';
import { type BenchFigure, measure } from '../../bench/figure.ts';
import { type FakeMessage, FakeThreadView } from './fake-inboxsdk.ts';

/*
 * The Gmail adapter's work per thread open, for tests/bench/gmail.bench.ts: browser-safe (no
 * Node imports) so the bench can run it in real Chromium as well as in Node on happy-dom.
 */

export const BENCH_THREAD_ID = '18e2a1f0c0de1042';
const ME: Identities = { addresses: ['sam@riverastudio.test'], businessName: 'Rivera Studio' };

export interface WorkloadInput {
  /** Message bodies: tests/fixtures/gmail/{invoice-sent,reminder-sent,client-reply-with-quote}.html */
  bodies: { invoice: string; reminder: string; reply: string };
  /** The tracked invoice the fake ledger answers with. */
  view: InvoiceView;
  /** Names the figures after where they ran. */
  where: string;
}

function twentyMessages(bodies: WorkloadInput['bodies']): FakeMessage[] {
  const sam = { name: 'Sam Rivera', emailAddress: 'sam@riverastudio.test' };
  const dana = { name: 'Dana Whitfield', emailAddress: 'dana@whitfield.test' };
  return Array.from({ length: 20 }, (_, index): FakeMessage => {
    const fromUser = index % 2 === 0;
    return {
      id: `18e2a1f0c0de${String(index).padStart(4, '0')}`,
      from: fromUser ? sam : dana,
      to: [fromUser ? dana : sam],
      dateString: `Tue, Mar ${index + 1}, 2026, 9:${String(index).padStart(2, '0')} AM`,
      bodyHtml: index === 0 ? bodies.invoice : fromUser ? bodies.reminder : bodies.reply,
      attachments: index === 0 ? [{ title: 'INV-1042.pdf', url: null }] : [],
    };
  });
}

/** A client that answers findByThread from memory, serialising like chrome.runtime messaging. */
function memoryApi(view: InvoiceView): Client<Protocol> {
  const stored = JSON.stringify(view);
  return (async (type: string, payload: unknown) => {
    if (type !== 'ledger.findByThread') throw new Error(`not answered in the bench: ${type}`);
    const [, threadId] = JSON.parse(JSON.stringify(payload)) as [string, string];
    return threadId === BENCH_THREAD_ID ? JSON.parse(stored) : null;
  }) as Client<Protocol>;
}

export async function measureThreadOpen(
  input: WorkloadInput,
  doc: Document = document,
): Promise<BenchFigure[]> {
  const view = new FakeThreadView(
    BENCH_THREAD_ID,
    'Invoice INV-1042 from Rivera Studio',
    twentyMessages(input.bodies),
    doc,
  );
  const api = memoryApi(input.view);
  const read = await measure(() => readThread(view), { runs: 60, warmup: 5 });
  const open = await measure(
    async () => {
      const thread = await readThread(view);
      detectThread(thread.messages, ME, { today: '2026-03-16' });
      await api('ledger.findByThread', ['gmail', thread.threadId]);
    },
    { runs: 60, warmup: 5 },
  );
  return [
    { name: `gmail: read a 20-message thread (${input.where})`, unit: 'ms', ...read, target: null },
    {
      name: `gmail: thread open, 20 messages: read + detect + lookup (${input.where})`,
      unit: 'ms',
      ...open,
      target: 10,
    },
  ];
}
