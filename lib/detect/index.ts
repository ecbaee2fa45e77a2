/**
 * Invoice detection: pure TypeScript for content scripts, the service worker and Node.
 *
 * - `detectMessage(message, identities)`: kind, direction and invoice fields of one mail (sync).
 * - `detectMessageWithAttachments(message, identities)`: the same, e-invoice attachments winning.
 * - `detectThread(messages, identities)`: the thread's invoice and its latest state.
 * - `parseEml(bytes)`: a raw .eml as a NormalisedMessage.
 * - `htmlToText(html)`, `splitQuoted(text)`: the normalisation steps, for adapters.
 */
export { parseEml } from './eml.ts';
export { detectMessage } from './message.ts';
export { type HtmlLink, type HtmlText, htmlToText } from './normalise/html-to-text.ts';
export { type SplitText, splitQuoted } from './normalise/quotes.ts';
export { detectThread, summariseThread } from './thread.ts';
export type {
  Address,
  Counterparty,
  Detected,
  DetectOptions,
  Direction,
  FieldSource,
  Identities,
  MailAttachment,
  MessageDetection,
  MessageKind,
  NormalisedMessage,
  ThreadDetection,
  ThreadInvoice,
} from './types.ts';
export { detectMessageWithAttachments } from './with-attachments.ts';
