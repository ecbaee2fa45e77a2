import type { NormalisedMessage } from '../../detect/types.ts';
import type { MailClient } from '../../ledger/types.ts';

/**
 * The seam between a mail client's adapter (Gmail through InboxSDK, Outlook through our own DOM
 * adapter) and the shared layer (detection, ledger messages, the Preact panel, drafts). Adapters
 * know their mail client and nothing else; the shared layer knows no mail client.
 */

/** A thread the user opened, read by the adapter. */
export interface OpenedThread {
  mailClient: MailClient;
  /** The mail client's own stable thread / conversation id (opaque). */
  threadId: string;
  subject: string;
  /** Oldest first. Collapsed messages the adapter could not read fully are included with what it has. */
  messages: NormalisedMessage[];
  /** Ids of messages whose body could not be read (collapsed, not loaded). */
  partialMessageIds: string[];
}

/** A compose or reply window, as the adapter exposes it to the shared compose controller. */
export interface ComposeTarget {
  mailClient: MailClient;
  /** The thread a reply belongs to; null for a new message. */
  threadId: string | null;
  isReply: boolean;
  /** Current To addresses (lower-cased by the shared layer). */
  recipients(): string[];
  /** The current subject ('' when empty). */
  subject(): string;
  /**
   * Puts the draft into the editor: the body at the cursor (or the top of the body), and the
   * subject only when `setSubject` is true (new messages). Must go through the editor's own
   * insertion path so its undo and autosave see the change.
   */
  insert(
    draft: { subject: string; html: string; text: string },
    options: { setSubject: boolean },
  ): Promise<void>;
  /** Subscribes to the mail client telling us the message was sent; returns an unsubscribe. */
  onSent(listener: () => void): () => void;
}

/** One entry of the compose button's menu. */
export interface DraftChoice {
  invoiceId: string;
  /** "INV-1042 · Harbour Lane Bakery · £1,200.00" */
  invoiceLabel: string;
  templateId: string;
  /** "Friendly reminder (due now)" */
  label: string;
  /** The current step's draft: the default action of the button. */
  primary: boolean;
}
