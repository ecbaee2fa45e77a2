import { findFirst, REPLY_HEADER } from './selectors.ts';

/**
 * The new part of a displayed message as plain text: what the sender wrote above the quoted
 * history. It works on a clone (their DOM is never touched) and reads text only, never
 * re-rendering the body's HTML, which is untrusted.
 *
 * `innerText` cannot be used on the clone: a detached element has no layout, and the spec then
 * returns its bare text content, losing every line break. `layoutFreeText` follows innerText's
 * rules for line breaks instead (blocks, `<br>`, paragraphs, table cells) from the markup alone.
 */
export function newPartText(body: Element): string {
  const clone = body.cloneNode(true) as Element;
  cutQuotedHistory(clone);
  return cutAtReplyHeader(layoutFreeText(clone));
}

/** Removes the first quote marker and everything after it, at every level up to `root`. */
export function cutQuotedHistory(root: Element): void {
  const marker = findFirst(root, 'quoteStart');
  if (!marker) return;
  let node: Node | null = marker;
  while (node && node !== root) {
    while (node.nextSibling) node.nextSibling.remove();
    node = node.parentNode;
  }
  // A separator rule right above the marker belongs to the quote.
  const previous = marker.previousElementSibling;
  if (previous?.tagName === 'HR') previous.remove();
  marker.remove();
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'IMG', 'svg', 'SVG']);

function hidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** Text with innerText's line breaks, from markup only. Numbers stand for required line breaks. */
export function layoutFreeText(root: Element): string {
  const items: (string | number)[] = [];
  const walk = (node: Node, preformatted: boolean): void => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      items.push(preformatted ? text : text.replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || SKIPPED.has(element.tagName) || hidden(element)) return;
    if (tag === 'BR') {
      items.push('\n');
      return;
    }
    const breaks = tag === 'P' ? 2 : BLOCKS.has(tag) ? 1 : 0;
    if (breaks) items.push(breaks);
    const inner = preformatted || tag === 'PRE';
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child, inner);
    if ((tag === 'TD' || tag === 'TH') && element.nextElementSibling) items.push('\t');
    if (breaks) items.push(breaks);
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child, false);

  let text = '';
  let pending = 0;
  for (const item of items) {
    if (typeof item === 'number') {
      if (text !== '') pending = Math.max(pending, item);
      continue;
    }
    if (item === '') continue;
    // Collapsible spaces at the start or end of a line vanish, as in rendered text.
    if (/^ +$/.test(item) && (pending > 0 || text === '' || text.endsWith('\n'))) continue;
    if (pending > 0) {
      // A <br> ending a block already gave one of the block's line breaks.
      const trailing = text.length - text.replace(/\n+$/, '').length;
      text += '\n'.repeat(Math.max(0, pending - trailing));
      pending = 0;
    }
    text += item;
  }
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function headerLine(labels: readonly string[]): RegExp {
  const escaped = labels.map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`^\\s*\\*?(?:${escaped})\\s*:`, 'i');
}

const FROM_LINE = headerLine(REPLY_HEADER.from);
const SENT_LINE = headerLine(REPLY_HEADER.sent);

/**
 * Cuts plain text at a quoted header block the markup did not mark: a localised "From:" line
 * with a "Sent:" line just below it, or an "-----Original Message-----" separator.
 */
export function cutAtReplyHeader(text: string): string {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const separator = REPLY_HEADER.separators.some((mark) => line.trim().startsWith(mark));
    const header =
      FROM_LINE.test(line) && lines.slice(index + 1, index + 4).some((next) => SENT_LINE.test(next));
    if (separator || header)
      return lines
        .slice(0, index)
        .join('\n')
        .replace(/\n[_\-\u2014]{5,}\s*$/, '')
        .trim();
  }
  return text;
}
