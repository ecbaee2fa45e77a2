import type { ComposeTarget } from '../shared/contract.ts';
import { insertIntoEditor } from './editor-insert.ts';
import { setInputValue } from './input-value.ts';
import { addressesIn } from './people.ts';
import { anyOf, findAll, findFirst, REPLY_PREFIXES } from './selectors.ts';

/** The parts of one compose form (OUTLOOK.md §6) that Tactful reads or writes. */
export interface ComposeParts {
  form: Element;
  editor: HTMLElement;
  /** The last text input of the form; null if the form has none (a handle change). */
  subject: HTMLInputElement | null;
  /** The `ComposeSendButton` wrapper, beside which Tactful's button goes. */
  send: Element | null;
  /** To, Cc, Bcc in that order: the form's editable fields other than the editor. */
  addressFields: Element[];
}

export function composeParts(form: Element): ComposeParts | null {
  const editor = findFirst(form, 'editor');
  if (!editor) return null;
  const inputs = findAll(form, 'subjectInput');
  const subject = inputs.at(-1);
  return {
    form,
    editor: editor as HTMLElement,
    subject: subject && subject.tagName === 'INPUT' ? (subject as HTMLInputElement) : null,
    send: findFirst(form, 'sendButton'),
    addressFields: findAll(form, 'addressFields').filter(
      (field) => !editor.contains(field) && field !== editor,
    ),
  };
}

function hasReplyPrefix(subject: string): boolean {
  const start = subject.trim().toLowerCase();
  return REPLY_PREFIXES.some((prefix) => start.startsWith(prefix.toLowerCase()));
}

/**
 * A reply by structure first: a form inside the conversation or after it in the pane. A pop-out
 * has no conversation around it, so there its subject's prefix ("RE:", "AW:"…) decides.
 */
export function isReplyForm(form: Element, subject: string): boolean {
  const conversation = findFirst(form.ownerDocument, 'conversation');
  if (conversation) {
    if (conversation.contains(form)) return true;
    if (conversation.compareDocumentPosition(form) & 4) return true;
  }
  return hasReplyPrefix(subject);
}

export interface OutlookComposeTarget extends ComposeTarget {
  /** The form's current parts; the adapter refreshes them when Outlook re-renders the form. */
  parts: ComposeParts;
  /** Called when the form left the page: a send if the user asked to send just before. */
  formRemoved(): void;
  dispose(): void;
}

/** How long after a click on Send the form's disappearance still counts as sent. */
const SEND_WINDOW_MS = 15_000;

export function createComposeTarget(
  parts: ComposeParts,
  context: { threadId: string | null; isReply: boolean; now?: () => number },
): OutlookComposeTarget {
  const now = context.now ?? Date.now;
  const listeners = new Set<() => void>();
  let sendAskedAt: number | null = null;
  const sendSelector = anyOf('sendButton');
  const onClick = (event: Event) => {
    const target = event.target as Element | null;
    if (target?.closest?.(sendSelector)) sendAskedAt = now();
  };
  const onKey = (event: Event) => {
    const key = event as KeyboardEvent;
    if (key.key === 'Enter' && (key.ctrlKey || key.metaKey)) sendAskedAt = now();
  };
  const form = parts.form;
  form.addEventListener('click', onClick, true);
  form.addEventListener('keydown', onKey, true);
  let disposed = false;

  const target: OutlookComposeTarget = {
    mailClient: 'outlook',
    threadId: context.threadId,
    isReply: context.isReply,
    parts,
    recipients() {
      const to = target.parts.addressFields[0];
      return to ? addressesIn(to) : [];
    },
    subject() {
      return target.parts.subject?.value ?? '';
    },
    async insert(draft, options) {
      const { subject, editor } = target.parts;
      if (options.setSubject && subject) setInputValue(subject, draft.subject);
      await insertIntoEditor(editor, draft.html, draft.text);
    },
    onSent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    formRemoved() {
      if (disposed) return;
      const sent = sendAskedAt !== null && now() - sendAskedAt <= SEND_WINDOW_MS;
      target.dispose();
      if (sent) for (const listener of [...listeners]) listener();
    },
    dispose() {
      disposed = true;
      form.removeEventListener('click', onClick, true);
      form.removeEventListener('keydown', onKey, true);
    },
  };
  return target;
}
