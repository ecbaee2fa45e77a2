import { todayIn } from '../../dates/calendar.ts';
// Imported module by module, never through detect/index.ts: content scripts must not pull in the
// attachment reader (pdf.js), which runs in the offscreen document instead.
import { detectMessage } from '../../detect/message.ts';
import { summariseThread } from '../../detect/thread.ts';
import type { MessageDetection, NormalisedMessage, ThreadDetection } from '../../detect/types.ts';
import type { LedgerSettings } from '../../ledger/settings.ts';
import type { TimelineEvent } from '../../ledger/types.ts';
import type { DetectedInvoice, InvoiceView } from '../../ledger/views.ts';
import type { Protocol } from '../../messages/protocol.ts';
import type { Client } from '../../messages/rpc.ts';
import { toWire } from '../../messages/wire-message.ts';
import type { OpenedThread } from './contract.ts';
import { labelFor, type Proposal, type ThreadModel } from './thread-model.ts';

export type { ThreadModel } from './thread-model.ts';

/** Below this, an invoice-looking thread is offered for tracking rather than tracked silently. */
const AUTO_TRACK_CONFIDENCE = 0.6;

function hasBytes(message: NormalisedMessage): boolean {
  return message.attachments.some((attachment) => attachment.bytes && attachment.bytes.length > 0);
}

async function detectAll(
  api: Client<Protocol>,
  messages: NormalisedMessage[],
  settings: LedgerSettings,
  today: string,
): Promise<ThreadDetection> {
  const detections: MessageDetection[] = await Promise.all(
    messages.map((message) =>
      hasBytes(message)
        ? api('detect.attachments', { message: toWire(message), identities: settings.identities, today })
        : detectMessage(message, settings.identities, { today }),
    ),
  );
  return summariseThread(detections);
}

function calendarDate(iso: string | null, timeZone: string): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : todayIn(timeZone, new Date(time));
}

/** The sent invoice detection found, in the ledger's terms; null with a reason when it lacks a field. */
export function detectedInvoiceOf(
  thread: OpenedThread,
  detection: ThreadDetection,
): { invoice: DetectedInvoice | null; missing: string[] } {
  const found = detection.invoice;
  const missing: string[] = [];
  if (found?.direction !== 'sent') return { invoice: null, missing: ['a sent invoice'] };
  if (!found.amountDue) missing.push('the amount');
  if (!found.dueDate) missing.push('the due date');
  if (!found.client?.value.name && !found.client?.value.email) missing.push('the client');
  if (missing.length > 0 || !found.amountDue || !found.dueDate) return { invoice: null, missing };
  const firstInvoiceMessage = detection.messages.findIndex((message) => message.kind === 'invoice');
  const source = thread.messages[Math.max(0, firstInvoiceMessage)];
  return {
    missing,
    invoice: {
      source: { mailClient: thread.mailClient, threadId: thread.threadId, messageId: source?.id ?? null },
      invoiceNumber: found.invoiceNumber?.value ?? '',
      client: {
        name: found.client?.value.name ?? found.client?.value.email ?? '',
        email: found.client?.value.email ?? null,
        company: null,
      },
      currency: found.amountDue.value.currency,
      totalMinor: found.amountDue.value.amountMinor,
      issueDate: found.issueDate?.value ?? null,
      dueDate: found.dueDate.value,
      terms: found.terms?.value ?? '',
    },
  };
}

function isFromUser(message: NormalisedMessage, settings: LedgerSettings): boolean {
  const mine = new Set(settings.identities.addresses.map((address) => address.toLowerCase()));
  return mine.has(message.from.address.toLowerCase());
}

/** A later event of this kind means the user already acted on what the message said. */
function alreadyActed(events: TimelineEvent[], proposal: Proposal): boolean {
  const after = (event: TimelineEvent) => !proposal.messageDate || event.date >= proposal.messageDate;
  if (proposal.kind === 'payment')
    return events.some((event) => event.type === 'payment-recorded' && after(event));
  if (proposal.kind === 'promise') return events.some((event) => event.type === 'promise' && after(event));
  return events.some((event) => event.type === 'dispute-opened' && after(event));
}

function proposalOf(
  thread: OpenedThread,
  detection: ThreadDetection,
  view: InvoiceView,
  settings: LedgerSettings,
): Proposal | null {
  const index = detection.stateIndex;
  const state = detection.state;
  if (index < 0 || (state !== 'payment' && state !== 'promise' && state !== 'dispute')) return null;
  const message = thread.messages[index];
  if (!message || isFromUser(message, settings)) return null;
  const said = detection.messages[index];
  const proposal: Proposal = {
    kind: state,
    messageId: message.id ?? null,
    messageDate: calendarDate(message.date, settings.timeZone),
    promiseDate: detection.promiseDate,
    amountMinor:
      said?.amountDue?.value.currency === view.invoice.currency ? said.amountDue.value.amountMinor : null,
  };
  return alreadyActed(view.events, proposal) ? null : proposal;
}

/**
 * The client wrote after our last reminder: the ladder pauses until the user acts. Logged once
 * per message, so re-opening the thread changes nothing.
 */
async function noteClientReply(
  api: Client<Protocol>,
  thread: OpenedThread,
  view: InvoiceView,
  settings: LedgerSettings,
): Promise<InvoiceView> {
  const last = thread.messages.at(-1);
  if (!last || isFromUser(last, settings)) return view;
  const date = calendarDate(last.date, settings.timeZone);
  const lastSent = view.events.filter((event) => event.type === 'sent').at(-1);
  if (!date || !lastSent || date < lastSent.date) return view;
  const marker = last.id ? `message ${last.id}` : `reply of ${date}`;
  const logged = view.events.some(
    (event) => event.type === 'client-replied' && event.summary.includes(marker),
  );
  if (logged) return view;
  const summary = `${last.from.name || last.from.address} replied (${marker})`;
  return api('ledger.addEvent', [view.invoice.id, { type: 'client-replied', summary }, date]);
}

/** Turns an opened thread into what the panel and the list label show. */
export function createThreadController(api: Client<Protocol>) {
  return {
    async open(thread: OpenedThread): Promise<ThreadModel> {
      const settings = await api('ledger.getSettings', []);
      const today = todayIn(settings.timeZone);
      const [detection, tracked] = await Promise.all([
        detectAll(api, thread.messages, settings, today),
        api('ledger.findByThread', [thread.mailClient, thread.threadId]),
      ]);
      let view = tracked;
      let autoTracked = false;
      let trackingHint: string | null = null;
      if (!view && detection.invoice?.direction === 'sent') {
        const { invoice, missing } = detectedInvoiceOf(thread, detection);
        if (invoice && detection.confidence >= AUTO_TRACK_CONFIDENCE) {
          view = (await api('ledger.trackFromDetection', [invoice])).view;
          autoTracked = true;
        } else {
          trackingHint = missing.length > 0 ? `Tactful could not read ${missing.join(', ')}.` : null;
        }
      }
      if (view?.invoice.state.tracking) view = await noteClientReply(api, thread, view, settings);
      const looksLikeInvoice =
        detection.invoice !== null && detection.messages.some((message) => message.kind === 'invoice');
      return {
        show: Boolean(view) || looksLikeInvoice,
        detection,
        view,
        autoTracked,
        proposal: view ? proposalOf(thread, detection, view, settings) : null,
        label: view ? labelFor(view, today, settings.locale) : null,
        trackingHint,
        locale: settings.locale,
        today,
      };
    },
  };
}

export type ThreadController = ReturnType<typeof createThreadController>;
