import { type IsoDate, isIsoDate, todayIn } from '../dates/calendar.ts';
import { PROMISE, REMINDER } from './classify/keywords.ts';
import { decideKind } from './classify/kind.ts';
import { extractFields } from './extract/fields.ts';
import { counterpartyOf, decideParties, isMine } from './extract/parties.ts';
import { platformOf } from './extract/platforms.ts';
import { findPromiseDate } from './extract/promise-date.ts';
import { prepareText } from './normalise/prepare.ts';
import type {
  Address,
  DetectOptions,
  Direction,
  Identities,
  MessageDetection,
  MessageKind,
  NormalisedMessage,
} from './types.ts';

/**
 * Classifies one message and extracts its invoice fields. Synchronous, pure and bounded:
 * the new part decides, quoted history only fills gaps. Never throws: unreadable input
 * comes back as kind `other` with a reason.
 */
export function detectMessage(
  message: NormalisedMessage,
  identities: Identities,
  options: DetectOptions = {},
): MessageDetection {
  return detectWithAttachmentText(message, identities, options, '');
}

/** detectMessage, with the text of attached PDFs (read asynchronously beforehand) as extra evidence. */
export function detectWithAttachmentText(
  message: NormalisedMessage,
  identities: Identities,
  options: DetectOptions,
  attachmentText: string,
): MessageDetection {
  try {
    return detect(message, safeIdentities(identities), options, attachmentText);
  } catch (error) {
    return unreadable(
      `could not read the message (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** Classification reads this much of the new part: its head, and the tail where footers live. */
const SCAN_HEAD = 12 * 1024;
const SCAN_TAIL = 3 * 1024;

function detect(
  message: NormalisedMessage,
  identities: Identities,
  options: DetectOptions,
  attachmentText: string,
): MessageDetection {
  const safe = safeMessage(message);
  const text = prepareText(safe);
  if (
    text.own.trim() === '' &&
    text.subject.trim() === '' &&
    text.quoted.trim() === '' &&
    safe.attachments.length === 0
  ) {
    return unreadable('the message is empty');
  }
  const reference = referenceDay(safe.date, options);
  const platform = platformOf(safe.from.address, safe.from.name);
  const forwardedFrom = text.forwarded ? originalSender(text.quoted) : null;
  // A forward with little of its own is about the message it carries.
  const carried = text.forwarded && text.own.length < 600;
  const own = carried ? `${text.own}\n${text.quoted}` : text.own;
  const scanned = scanWindow(own);
  // The user forwarding a mail they received: judge the original, sent by its author to the user.
  const partiesMessage =
    carried && forwardedFrom && isMine(safe.from, identities)
      ? { ...safe, from: forwardedFrom, to: [safe.from], cc: [], bcc: [], replyTo: [] }
      : safe;
  const parties = decideParties(partiesMessage, identities, platform, scanned);
  const fieldsInput = {
    subject: text.subject,
    own: scanned,
    quoted: carried ? '' : text.quoted,
    attachments: safe.attachments,
    senderDomain: safe.from.address.split('@')[1] ?? '',
    reference,
    attachmentText,
    reminder: REMINDER.test(`${text.subject}\n${scanned}`),
  };
  let fields = extractFields(fieldsInput);
  const decision = decideKind({
    subject: text.subject,
    own: scanned,
    quoted: text.quoted,
    isReply: text.isReply,
    forwarded: text.forwarded,
    attachments: safe.attachments,
    links: text.links,
    fromMe: parties.fromMe,
    direction: parties.direction,
    platform: platform?.name ?? null,
    senderAddress: safe.from.address,
    senderName: safe.from.name,
    recipients: [...safe.to, ...safe.cc].map((address) => address.address).filter(Boolean),
    attachmentText,
    fields: {
      // In someone else's reply, "Re: Invoice 12" only says what the thread is about.
      invoiceNumber:
        fields.invoiceNumber?.source === 'body' ||
        (fields.invoiceNumber?.source === 'subject' && (!text.isReply || parties.fromMe)),
      amount: fields.amountDue !== null && fields.amountDue.source !== 'quoted',
      dueDate: fields.dueDate !== null && fields.dueDate.source !== 'quoted',
      terms: fields.terms !== null,
    },
  });
  const relevant = decision.kind !== 'other';
  // Long mails were classified on their head and tail; their fields come from the whole new part.
  if (relevant && scanned !== own) fields = extractFields({ ...fieldsInput, own });
  const direction = directionFor(decision.kind, parties.direction);
  let promiseDate: MessageDetection['promiseDate'] = null;
  if (decision.kind === 'promise') {
    const at = PROMISE.find(own)?.index ?? 0;
    const date = findPromiseDate(own, at, reference, fields.dayOrder);
    if (date) promiseDate = { value: date, source: 'body', confidence: 0.8 };
  }
  // A reply about paying, promising or disputing states only what its sender wrote.
  const conversational = relevant && decision.kind !== 'invoice';
  const stated = <T extends { source: string }>(field: T | null): T | null =>
    !relevant || (conversational && field && (field.source === 'quoted' || field.source === 'terms'))
      ? null
      : field;
  const client = counterpartyOf(partiesMessage, identities, direction, parties.fromMe, platform);
  return {
    kind: decision.kind,
    direction,
    invoiceNumber: relevant ? fields.invoiceNumber : null,
    amountDue: stated(fields.amountDue),
    currency: stated(fields.currency),
    issueDate: stated(fields.issueDate),
    dueDate: stated(fields.dueDate),
    terms: stated(fields.terms),
    client: relevant && client ? { value: client, source: 'header', confidence: 0.7 } : null,
    promiseDate,
    platform: platform?.name ?? null,
    confidence: decision.confidence,
    reason: decision.kind === 'other' ? decision.reason : null,
    signals: [`direction:${parties.why}`, ...decision.signals.map((signal) => signal.name)],
  };
}

function scanWindow(own: string): string {
  if (own.length <= SCAN_HEAD + SCAN_TAIL) return own;
  return `${own.slice(0, SCAN_HEAD)}\n…\n${own.slice(-SCAN_TAIL)}`;
}

function safeMessage(message: NormalisedMessage): NormalisedMessage {
  return {
    ...message,
    from: safeAddress(message?.from),
    to: safeAddresses(message?.to),
    cc: safeAddresses(message?.cc),
    bcc: safeAddresses(message?.bcc),
    replyTo: safeAddresses(message?.replyTo),
    attachments: Array.isArray(message?.attachments) ? message.attachments.filter(Boolean) : [],
  };
}

/**
 * Direction belongs to invoices (and their reminders): who issued them. Payments, promises
 * and disputes carry none of their own; the thread takes it from the invoice.
 */
function directionFor(kind: MessageKind, issued: Direction | null): Direction | null {
  return kind === 'invoice' ? issued : null;
}

function referenceDay(date: string | null | undefined, options: DetectOptions): IsoDate {
  const day = typeof date === 'string' ? date.slice(0, 10) : '';
  if (isIsoDate(day)) return day;
  if (options.today && isIsoDate(options.today)) return options.today;
  return todayIn();
}

/** "From: Anna <anna@studio-nord.de>" in a forwarded message's header block. */
function originalSender(quoted: string): Address | null {
  const match = /^\*?(?:From|Von|De|Da|Van|Från|Fra)\s*:\*?\s*(.{1,200})$/im.exec(quoted.slice(0, 3000));
  if (!match) return null;
  const line = match[1]!.trim();
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(line)?.[1] ?? /[^\s<>"']+@[^\s<>"']+/.exec(line)?.[0] ?? '';
  const name = line
    .replace(/<[^>]*>|\[mailto:[^\]]*\]/g, '')
    .replace(/["*]/g, '')
    .trim();
  return { name: name === address ? '' : name, address };
}

function safeIdentities(identities: Identities | null | undefined): Identities {
  return {
    addresses: Array.isArray(identities?.addresses)
      ? identities.addresses.filter((a) => typeof a === 'string')
      : [],
    businessName: typeof identities?.businessName === 'string' ? identities.businessName : '',
  };
}

function safeAddress(address: Address | null | undefined): Address {
  return {
    name: typeof address?.name === 'string' ? address.name : '',
    address: typeof address?.address === 'string' ? address.address.trim() : '',
  };
}

function safeAddresses(list: Address[] | null | undefined): Address[] {
  return Array.isArray(list) ? list.map(safeAddress) : [];
}

export function unreadable(reason: string): MessageDetection {
  return {
    kind: 'other',
    direction: null,
    invoiceNumber: null,
    amountDue: null,
    currency: null,
    issueDate: null,
    dueDate: null,
    terms: null,
    client: null,
    promiseDate: null,
    platform: null,
    confidence: 0.5,
    reason,
    signals: [],
  };
}
