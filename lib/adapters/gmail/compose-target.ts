import type { ComposeTarget } from '../shared/contract.ts';
import type { GmailComposeView, SentListener } from './sdk-types.ts';

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * A Gmail compose or reply window as the shared compose controller sees it. Reply state and
 * thread id are read when asked, since Gmail can turn a window into a reply after it opened.
 */
export function composeTargetOf(composeView: GmailComposeView): ComposeTarget {
  const isReply = () => attempt(() => composeView.isReply() || composeView.isInlineReplyForm(), false);
  return {
    mailClient: 'gmail',
    get isReply() {
      return isReply();
    },
    get threadId() {
      return isReply() ? attempt(() => composeView.getThreadID() || null, null) : null;
    },
    recipients: () => composeView.getToRecipients().map((contact) => contact.emailAddress),
    subject: () => composeView.getSubject() ?? '',
    async insert(draft, { setSubject }) {
      if (setSubject) composeView.setSubject(draft.subject);
      // InboxSDK inserts through Gmail's editor, so undo and draft autosave see the change.
      composeView.insertHTMLIntoBodyAtCursor(draft.html);
    },
    onSent(listener) {
      const onSent: SentListener = () => listener();
      composeView.on('sent', onSent);
      return () => {
        composeView.removeListener('sent', onSent);
      };
    },
  };
}
