import { anyOf, findFirst } from './selectors.ts';

/**
 * Which conversation the reading pane shows (OUTLOOK.md §4). The key is opaque: it is only
 * URL-unescaped, so the address bar's id and the list row's `data-convid` compare equal.
 */
export interface ConversationKey {
  /** The conversation's id, or the subject heading's id and title when no id is in sight. */
  key: string;
  /** Where the key came from: the URL, the selected list row, or the subject heading. */
  from: 'url' | 'list' | 'heading';
  /**
   * False while the URL and the selected row name different conversations: the app is between
   * two of them. (Should the two ever spell one id differently, the caller stops waiting.)
   */
  settled: boolean;
}

/** Standard and URL-safe base64 spell one id two ways; padding may be dropped. */
function sameId(a: string, b: string): boolean {
  const plain = (id: string) => id.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  return plain(a) === plain(b);
}

function fromUrl(href: string): string | null {
  let path: string;
  try {
    path = new URL(href).pathname;
  } catch {
    return null;
  }
  const match = /\/id\/([^/?#]+)/.exec(path);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** The selected row's conversation id: the listbox's active descendant, else the selected row. */
export function selectedRowKey(doc: Document): string | null {
  const listbox = findFirst(doc, 'activeListbox');
  const activeId = listbox?.getAttribute('aria-activedescendant');
  const active = activeId ? doc.getElementById(activeId) : null;
  const fromActive = active?.getAttribute('data-convid');
  if (fromActive) return fromActive;
  return findFirst(doc, 'selectedRow')?.getAttribute('data-convid') ?? null;
}

/** The subject heading's id and full title: what changes when the pane renders another conversation. */
export function headingSignature(root: ParentNode): string | null {
  const heading = findFirst(root, 'conversationSubject');
  if (!heading) return null;
  return `${heading.id}\u0000${heading.getAttribute('title') ?? heading.textContent ?? ''}`;
}

/** The shown conversation's key (URL first, then the selected row, then the heading), or null. */
export function conversationKeyOf(doc: Document, href: string): ConversationKey | null {
  const url = fromUrl(href);
  const list = selectedRowKey(doc);
  if (url) return { key: url, from: 'url', settled: !list || sameId(url, list) };
  if (list) return { key: list, from: 'list', settled: true };
  const heading = headingSignature(doc);
  return heading ? { key: heading.replace('\u0000', ' '), from: 'heading', settled: true } : null;
}

/** Counts that change when a message arrives or a body finishes loading in the same conversation. */
export function renderedMessageCount(root: ParentNode): string {
  return `${root.querySelectorAll(anyOf('messageFrom')).length}/${root.querySelectorAll(anyOf('messageBody')).length}`;
}
