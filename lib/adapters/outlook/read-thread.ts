import type { Address, NormalisedMessage } from '../../detect/types.ts';
import type { OpenedThread } from '../shared/contract.ts';
import { readAttachments } from './attachments.ts';
import { newPartText } from './body-text.ts';
import { parseDisplayedDate } from './message-date.ts';
import { parsePerson, readPeople } from './people.ts';
import { anyOf, findFirst, labelsFor, matches } from './selectors.ts';

/**
 * Reads the conversation in the reading pane (OUTLOOK.md §5) without touching it: no click, no
 * expansion, no hover card. The cards' wrappers are not relied on: one query returns every
 * landmark of the conversation in document order, and each message is what lies between its
 * start (a sender heading, or a collapsed header) and the next one.
 */

export interface ReadOptions {
  /** The conversation key (see conversation-key.ts): the thread id Tactful stores. */
  threadId: string;
  /** The page's language (`<html lang>`), for the last-resort labels and date words. */
  lang: string;
  now?: Date;
}

type TokenKind = 'form' | 'from' | 'body' | 'collapsed' | 'editor' | 'attachments' | 'date' | 'to' | 'cc';

interface Card {
  start: Element;
  collapsed: boolean;
  from: Element | null;
  date: Element | null;
  body: Element | null;
  attachments: Element | null;
  to: Element[];
  cc: Element[];
  draft: boolean;
}

function labelSelector(prefixes: readonly string[]): string[] {
  return prefixes.map((prefix) => `[aria-label^="${prefix.replace(/["\\]/g, '\\$&')}"]`);
}

function scanSelector(lang: string): { selector: string; to: string; cc: string } {
  const to = [...labelSelector(labelsFor(lang, 'to')), anyOf('recipientWell')].join(', ');
  const cc = labelSelector(labelsFor(lang, 'cc')).join(', ');
  const selector = [
    anyOf('composeForm'),
    anyOf('messageFrom'),
    anyOf('messageBody'),
    anyOf('collapsedHeader'),
    anyOf('anyEditable'),
    anyOf('messageAttachments'),
    anyOf('messageDate'),
    to,
    cc,
  ].join(', ');
  return { selector, to, cc };
}

function kindOf(element: Element, labels: { to: string; cc: string }): TokenKind | null {
  if (matches(element, 'composeForm')) return 'form';
  if (matches(element, 'messageFrom')) return 'from';
  if (matches(element, 'messageBody')) return 'body';
  if (matches(element, 'collapsedHeader')) return findFirst(element, 'messageDate') ? 'collapsed' : null;
  if (matches(element, 'anyEditable')) return 'editor';
  if (matches(element, 'messageAttachments')) return 'attachments';
  if (matches(element, 'messageDate')) return 'date';
  if (labels.cc && element.matches(labels.cc)) return 'cc';
  if (element.matches(labels.to)) return 'to';
  return null;
}

function newCard(start: Element, collapsed: boolean): Card {
  return {
    start,
    collapsed,
    from: null,
    date: null,
    body: null,
    attachments: null,
    to: [],
    cc: [],
    draft: false,
  };
}

/** Walks the conversation's landmarks once, in document order, into cards. */
function scanCards(conversation: Element, lang: string): Card[] {
  const scan = scanSelector(lang);
  const cards: Card[] = [];
  let card: Card | null = null;
  let skipWithin: Element | null = null;
  const close = (endedByForm: boolean) => {
    // A card cut short by a compose form with no body of its own is a draft opened in place.
    if (card && endedByForm && !card.body && !card.collapsed) card.draft = true;
    if (card && !card.draft) cards.push(card);
    card = null;
  };
  for (const element of conversation.querySelectorAll(scan.selector)) {
    if (skipWithin?.contains(element)) continue;
    const kind = kindOf(element, scan);
    if (!kind) continue;
    const current = card as Card | null;
    switch (kind) {
      case 'form':
        close(true);
        skipWithin = element;
        break;
      case 'from':
        close(false);
        card = newCard(element, false);
        card.from = element;
        break;
      case 'collapsed':
        if (current && !current.collapsed && !current.body && !current.date) {
          // The sender heading came first and the collapsible header holds the rest: one message.
          current.collapsed = true;
          current.start = element;
        } else {
          close(false);
          card = newCard(element, true);
        }
        skipWithin = element;
        break;
      case 'body':
        if (current && !current.body) current.body = element;
        skipWithin = element;
        break;
      case 'editor':
        if (current) current.draft = true;
        break;
      case 'attachments':
        if (current && !current.attachments) current.attachments = element;
        break;
      case 'date':
        if (current && !current.date) current.date = element;
        break;
      case 'to':
        current?.to.push(element);
        break;
      case 'cc':
        current?.cc.push(element);
        break;
    }
  }
  close(false);
  return cards;
}

/** The text groups of a collapsed header, date excluded: sender first, then the preview. */
function headerParts(header: Element): string[] {
  const date = findFirst(header, 'messageDate');
  const parts: string[] = [];
  const walker = header.ownerDocument.createTreeWalker(header, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (date?.contains(node)) continue;
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
  }
  return parts;
}

function messageKey(card: Card, threadId: string, index: number): string {
  const headingId = card.from?.id ?? findFirst(card.start, 'messageFrom')?.id ?? card.start.id;
  const key = /^MSG_(.+)_FROM$/.exec(headingId ?? '')?.[1];
  if (key) return key;
  return card.start.id || `${threadId}#${index}`;
}

function senderOf(card: Card, parts: string[]): Address {
  const element = card.from ?? findFirst(card.start, 'person');
  const person = element ? readPeople(element)[0] : parsePerson(parts[0] ?? '');
  return person ?? { name: '', address: '' };
}

function dateOf(card: Card, lang: string, now: Date): string | null {
  const element = card.date ?? findFirst(card.start, 'messageDate');
  if (!element) return null;
  return (
    parseDisplayedDate(element.getAttribute('title') ?? '', lang, now) ??
    parseDisplayedDate(element.textContent ?? '', lang, now)
  );
}

function subjectOf(key: string, fallback: string, doc: Document): string {
  const heading = doc.getElementById(`MSG_${key}_SUBJECT`);
  const subject = (heading?.getAttribute('title') ?? heading?.textContent ?? '').trim();
  return subject || fallback;
}

function isMarkedDraft(parts: string[], lang: string): boolean {
  const markers = labelsFor(lang, 'draft');
  return parts.some((part) => markers.some((marker) => part.startsWith(marker)));
}

/** The conversation shown in the reading pane, or null when none is. */
export function readOpenedThread(doc: Document, options: ReadOptions): OpenedThread | null {
  const conversation = findFirst(doc, 'conversation');
  const heading = findFirst(doc, 'conversationSubject');
  if (!conversation || !heading) return null;
  const now = options.now ?? new Date();
  const subject = (heading.getAttribute('title') ?? heading.textContent ?? '').replace(/\s+/g, ' ').trim();
  const messages: NormalisedMessage[] = [];
  const partialMessageIds: string[] = [];
  scanCards(conversation, options.lang).forEach((card, index) => {
    const parts = card.collapsed ? headerParts(card.start) : [];
    if (card.collapsed && isMarkedDraft(parts, options.lang)) return;
    const id = messageKey(card, options.threadId, index);
    const from = senderOf(card, parts);
    const partial = card.collapsed || !card.body;
    if (partial) partialMessageIds.push(id);
    const toPrefixes = labelsFor(options.lang, 'to');
    const ccPrefixes = labelsFor(options.lang, 'cc');
    messages.push({
      id,
      from,
      to: card.to.flatMap((field) => readPeople(field, toPrefixes)),
      cc: card.cc.flatMap((field) => readPeople(field, ccPrefixes)),
      bcc: [],
      replyTo: [],
      subject: subjectOf(id, subject, doc),
      date: dateOf(card, options.lang, now),
      text: card.body ? newPartText(card.body) : parts.slice(1).join('\n'),
      html: null,
      attachments: card.attachments ? readAttachments(card.attachments) : [],
    });
  });
  return { mailClient: 'outlook', threadId: options.threadId, subject, messages, partialMessageIds };
}
