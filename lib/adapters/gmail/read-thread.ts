import type { Address, NormalisedMessage } from '../../detect/types.ts';
import type { OpenedThread } from '../shared/contract.ts';
import { type DownloadAttachment, isReadableAttachment, readAttachments } from './attachments.ts';
import { readOwnBody } from './message-body.ts';
import { parseGmailDate } from './message-date.ts';
import type { GmailMessageView, GmailThreadView } from './sdk-types.ts';

export interface ReadThreadOptions {
  /** When given, PDF and XML attachments of expanded messages are fetched for detection. */
  download?: DownloadAttachment;
  /** How long to wait for Gmail's full recipient list before using the displayed addresses. */
  recipientsTimeoutMs?: number;
}

interface ReadMessage {
  id: string;
  /** Null when Gmail has not loaded the message at all (no sender to read). */
  message: NormalisedMessage | null;
  partial: boolean;
}

/** Gmail's own methods throw on messages it has not loaded; a missing piece is not an error here. */
function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function address(name: string | undefined, emailAddress: string): Address {
  return { name: name?.trim() ?? '', address: emailAddress.trim() };
}

async function readRecipients(view: GmailMessageView, timeoutMs: number): Promise<Address[]> {
  const displayed = () =>
    attempt(() => view.getRecipientEmailAddresses(), []).map((email) => address(undefined, email));
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const full = await Promise.race([
      view.getRecipientsFull(),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), timeoutMs);
      }),
    ]);
    return full ? full.map((contact) => address(contact.name, contact.emailAddress)) : displayed();
  } catch {
    return displayed();
  } finally {
    clearTimeout(timer);
  }
}

async function readMessage(
  view: GmailMessageView,
  index: number,
  subject: string,
  options: ReadThreadOptions,
): Promise<ReadMessage> {
  const id = (await view.getMessageIDAsync().catch(() => null)) ?? `gmail-message-${index + 1}`;
  const expanded = attempt(() => view.getViewState(), 'COLLAPSED') === 'EXPANDED';
  if (!attempt(() => view.isLoaded(), false)) return { id, message: null, partial: true };
  const sender = attempt(() => view.getSender(), null);
  if (!sender) return { id, message: null, partial: true };
  const body = attempt(() => readOwnBody(view.getBodyElement()), { text: '', html: '' });
  const [to, attachments] = await Promise.all([
    readRecipients(view, options.recipientsTimeoutMs ?? 2000),
    readAttachments(
      attempt(() => view.getFileAttachmentCardViews(), []),
      expanded ? options.download : undefined,
    ),
  ]);
  return {
    id,
    partial: !expanded || body.text === '',
    message: {
      id,
      from: address(sender.name, sender.emailAddress),
      to,
      // Gmail's recipient list does not say which were Cc; detection only needs who was addressed.
      cc: [],
      bcc: [],
      replyTo: [],
      subject,
      date: parseGmailDate(attempt(() => view.getDateString(), '')),
      text: body.text,
      html: body.html || null,
      attachments,
    },
  };
}

/**
 * The thread as Gmail shows it, oldest message first. Collapsed messages give what Gmail has
 * loaded and are listed as partial; nothing is clicked open.
 */
export async function readThread(
  threadView: GmailThreadView,
  options: ReadThreadOptions = {},
): Promise<OpenedThread> {
  const subject = attempt(() => threadView.getSubject(), '').trim();
  const [threadId, read] = await Promise.all([
    threadView.getThreadIDAsync(),
    Promise.all(
      threadView.getMessageViewsAll().map((view, index) => readMessage(view, index, subject, options)),
    ),
  ]);
  return {
    mailClient: 'gmail',
    threadId,
    subject,
    messages: read.flatMap((entry) => (entry.message ? [entry.message] : [])),
    partialMessageIds: read.filter((entry) => entry.partial).map((entry) => entry.id),
  };
}

/** Whether any loaded message carries a PDF or XML worth fetching for detection. */
export function hasReadableAttachments(thread: OpenedThread): boolean {
  return thread.messages.some((message) =>
    message.attachments.some((attachment) => isReadableAttachment(attachment.filename)),
  );
}
