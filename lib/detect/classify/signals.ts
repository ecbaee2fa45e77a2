import type { HtmlLink } from '../normalise/html-to-text.ts';
import type { Direction, MailAttachment, MessageKind } from '../types.ts';

/** What a rule votes for: a kind, or "lookalike" (mail that resembles an invoice but is none). */
export type SignalKind = MessageKind | 'lookalike';

export interface Signal {
  kind: SignalKind;
  weight: number;
  /** Short name shown in `signals` ("subject:invoice-word"). */
  name: string;
  /** For look-alikes: the reason given when the mail ends up `other`. */
  reason?: string;
}

/** Everything a rule may look at; texts use straight apostrophes. */
export interface ClassifyInput {
  subject: string;
  /** The sender's own text (quotes removed), bounded in length. */
  own: string;
  quoted: string;
  isReply: boolean;
  forwarded: boolean;
  attachments: MailAttachment[];
  links: HtmlLink[];
  fromMe: boolean;
  direction: Direction | null;
  platform: string | null;
  senderAddress: string;
  senderName: string;
  /** Every To and Cc address (for telling internal mail apart). */
  recipients: string[];
  /** Text of attached PDFs ('' when none was read). */
  attachmentText: string;
  fields: { invoiceNumber: boolean; amount: boolean; dueDate: boolean; terms: boolean };
}

export type Rule = (input: ClassifyInput) => Signal[];
