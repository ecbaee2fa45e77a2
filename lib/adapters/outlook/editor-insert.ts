import { findFirst } from './selectors.ts';

/**
 * Puts a draft into Outlook's RoosterJS editor through the editor's own paste path (OUTLOOK.md
 * §6): RoosterJS cancels a `paste` event carrying text/html, runs its own paste, takes undo
 * snapshots around it and raises `contentChanged`, so undo and autosave see the change. Only
 * when nobody took the paste does it fall back to `execCommand('insertHTML')`, which inserts
 * correctly but merges the insertion with the user's next typing in one undo step. Never
 * `innerHTML`: no editor event, a lost caret, and undo would revert everything.
 */

export type InsertMethod = 'paste' | 'insertHTML';

export class EditorInsertError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditorInsertError';
  }
}

/** A paragraph holding nothing but a line break (or nothing): where a new message's text goes. */
function isEmptyParagraph(element: Element): boolean {
  if ((element.textContent ?? '').trim() !== '') return false;
  const children = [...element.children];
  return children.every((child) => child.tagName === 'BR');
}

/**
 * The caret for the draft: inside the first paragraph when it is empty, otherwise just before
 * the signature or the reply's `appendonsend` marker, otherwise at the end.
 */
export function draftRange(editor: HTMLElement): Range {
  const doc = editor.ownerDocument;
  const range = doc.createRange();
  const first = editor.firstElementChild;
  if (first && isEmptyParagraph(first) && first !== findFirst(editor, 'editorInsertBefore')) {
    range.setStart(first, 0);
  } else {
    const marker = findFirst(editor, 'editorInsertBefore');
    if (marker?.parentNode) range.setStartBefore(marker);
    else range.setStart(editor, editor.childNodes.length);
  }
  range.collapse(true);
  return range;
}

function select(editor: HTMLElement): void {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(draftRange(editor));
}

function flat(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** A short line of the draft that must appear in the editor once it is in. */
function probeOf(text: string): string {
  const line =
    text
      .split('\n')
      .map(flat)
      .find((part) => part.length > 0) ?? '';
  return line.slice(0, 40);
}

function contains(editor: HTMLElement, probe: string): boolean {
  return probe === '' || flat(editor.textContent ?? '').includes(probe);
}

function nextFrame(editor: HTMLElement): Promise<void> {
  const win = editor.ownerDocument.defaultView;
  return new Promise((resolve) => {
    if (win?.requestAnimationFrame) win.requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 16);
  });
}

function pasteEvent(editor: HTMLElement, html: string, text: string): ClipboardEvent {
  const win = editor.ownerDocument.defaultView ?? globalThis;
  const transfer = new win.DataTransfer();
  transfer.setData('text/html', html);
  transfer.setData('text/plain', text);
  const event = new win.ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer });
  // Firefox hands the listener an empty DataTransfer unless the data is set on the event's own.
  if (event.clipboardData && event.clipboardData.getData('text/plain') !== text) {
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', text);
  }
  return event;
}

/** Inserts `html` (with `text` as its plain form) at the draft caret; says which path worked. */
export async function insertIntoEditor(
  editor: HTMLElement,
  html: string,
  text: string,
): Promise<InsertMethod> {
  const probe = probeOf(text);
  editor.focus();
  select(editor);
  const event = pasteEvent(editor, html, text);
  editor.dispatchEvent(event);
  await nextFrame(editor);
  if (event.defaultPrevented) {
    // The editor took the paste; pasting again could only duplicate the draft.
    for (let attempt = 0; attempt < 10 && !contains(editor, probe); attempt++) await nextFrame(editor);
    if (contains(editor, probe)) return 'paste';
    throw new EditorInsertError(
      'Outlook took the draft but changed it on the way in: please check the message.',
    );
  }
  editor.focus();
  select(editor);
  const doc = editor.ownerDocument;
  if (typeof doc.execCommand === 'function') doc.execCommand('insertHTML', false, html);
  await nextFrame(editor);
  if (contains(editor, probe)) return 'insertHTML';
  throw new EditorInsertError(
    'Tactful could not put the draft into Outlook’s editor. Copy it from the panel instead.',
  );
}
