import type { IsoDate } from '../dates/calendar.ts';
import type { Money } from '../money/amount.ts';

/** A mailbox: `address` may be '' when only a display name is known (Outlook work tenants). */
export interface Address {
  name: string;
  address: string;
}

export interface MailAttachment {
  filename: string;
  mimeType: string;
  size: number;
  bytes?: Uint8Array;
}

/** One mail as every adapter (Gmail, Outlook, .eml) hands it to detection. */
export interface NormalisedMessage {
  id?: string;
  from: Address;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  replyTo: Address[];
  subject: string;
  /** ISO 8601 with offset, or null when unknown. */
  date: string | null;
  text: string;
  html?: string | null;
  attachments: MailAttachment[];
}

/** Who the user is: their addresses and the business name their invoices carry. */
export interface Identities {
  addresses: string[];
  businessName: string;
}

export type MessageKind = 'invoice' | 'payment' | 'dispute' | 'promise' | 'other';

/** sent: the user issued the invoice (a receivable); received: someone bills the user. */
export type Direction = 'sent' | 'received';

/** 'attachment': read from the text of an attached PDF. */
export type FieldSource =
  | 'subject'
  | 'body'
  | 'quoted'
  | 'attachment-name'
  | 'attachment'
  | 'einvoice'
  | 'terms'
  | 'header';

/** A detected value, where it came from and how sure detection is (0..1). */
export interface Detected<T> {
  value: T;
  source: FieldSource;
  confidence: number;
}

/** The other party: the customer for a sent invoice, the biller for a received one. */
export interface Counterparty {
  name: string | null;
  email: string | null;
}

export interface MessageDetection {
  kind: MessageKind;
  direction: Direction | null;
  invoiceNumber: Detected<string> | null;
  /** Balance due after any stated deposit or partial payment. */
  amountDue: Detected<Money> | null;
  currency: Detected<string> | null;
  issueDate: Detected<IsoDate> | null;
  dueDate: Detected<IsoDate> | null;
  terms: Detected<string> | null;
  client: Detected<Counterparty> | null;
  /** For promises: the date the client said they would pay by. */
  promiseDate: Detected<IsoDate> | null;
  /** The invoicing platform that sent the mail (Stripe, Xero…), if any. */
  platform: string | null;
  confidence: number;
  /** Why the message is `other` (null otherwise). */
  reason: string | null;
  /** Short names of the signals that decided the kind, for debugging and the UI's "why". */
  signals: string[];
}

export interface ThreadInvoice {
  direction: Direction | null;
  invoiceNumber: Detected<string> | null;
  amountDue: Detected<Money> | null;
  currency: Detected<string> | null;
  issueDate: Detected<IsoDate> | null;
  dueDate: Detected<IsoDate> | null;
  terms: Detected<string> | null;
  client: Detected<Counterparty> | null;
}

export interface ThreadDetection {
  /** The invoice the thread is about, merged across messages; null when none was found. */
  invoice: ThreadInvoice | null;
  /** The latest meaningful state: the last message that was not `other` decides. */
  state: MessageKind;
  /** Index of the message that set `state` (-1 when every message is `other`). */
  stateIndex: number;
  promiseDate: IsoDate | null;
  messages: MessageDetection[];
  confidence: number;
}

export interface DetectOptions {
  /** Reference day for relative dates when the message has no date (default: today). */
  today?: IsoDate;
}
