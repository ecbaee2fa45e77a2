import { decodeEntities } from './entities.ts';

export interface HtmlLink {
  href: string;
  text: string;
}

export interface HtmlText {
  /** The message's own text, quote containers removed. */
  text: string;
  /** Text inside quote containers (Gmail, Outlook, Apple Mail, Thunderbird…). */
  quoted: string;
  links: HtmlLink[];
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);
/** Paragraph-like blocks: a break before and after, so they stand apart by a blank line. */
const PARAGRAPH_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'hr',
]);
const CELL_TAGS = new Set(['td', 'th']);
/** Elements whose content is never shown as text. */
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'xml']);

/** Containers holding an earlier message: their content is quoted until they close. */
const QUOTE_CONTAINER =
  /\b(?:class|id)\s*=\s*["']?[^"'>]*\b(?:gmail_quote|moz-cite-prefix|yahoo_quoted|protonmail_quote|zmail_extra|OutlookMessageHeader)\b/i;
/** Outlook writes the earlier message as siblings after these markers: everything after is quoted. */
const QUOTE_REST =
  /\bid\s*=\s*["']?(?:x_)?(?:divRplyFwdMsg|appendonsend|mail-editor-reference-message-container)\b/i;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const SPACES = /[ \t\r\n\f]+/g;
const MAX_LINKS = 200;
/** Past this much text, only the document's tail (where footers live) is still read. */
const DEFAULT_MAX_CHARS = 96 * 1024;
const TAIL_BYTES = 16 * 1024;
const BLANK_RUN = /[ \t\u00A0\r]+/g;

/**
 * Converts mail HTML to plain text without a DOM: drops scripts, styles and comments,
 * decodes entities, turns blocks into line breaks and table cells into tabs, and keeps
 * quoted earlier messages apart. One linear pass; never throws.
 */
export function htmlToText(html: string, maxChars = DEFAULT_MAX_CHARS): HtmlText {
  const own: string[] = [];
  let ownChars = 0;
  let skippedToTail = false;
  const quoted: string[] = [];
  const links: HtmlLink[] = [];
  let quoteTag: string | null = null;
  let quoteDepth = 0;
  let quoteForever = false;
  let link: { href: string; start: number } | null = null;
  let position = 0;
  const length = html.length;

  const out = () => (quoteForever || quoteTag !== null ? quoted : own);
  const emit = (text: string) => {
    if (!text) return;
    const target = out();
    target.push(text);
    if (target === own) ownChars += text.length;
  };

  while (position < length) {
    if (!skippedToTail && ownChars > maxChars && length - position > TAIL_BYTES) {
      skippedToTail = true;
      position = length - TAIL_BYTES;
      own.push('\n…\n');
    }
    const found = html.indexOf('<', position);
    const open = found === -1 ? length : found;
    if (open > position) {
      // A huge run of text without tags is read up to the budget; the rest is skipped like any other.
      const end = skippedToTail ? open : Math.min(open, position + Math.max(0, maxChars - ownChars) + 1);
      emit(textNode(html.slice(position, end)));
      if (end < open) {
        position = end;
        continue;
      }
    }
    if (found === -1) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      position = close === -1 ? length : close + 3;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close === -1) {
      position = length;
      break;
    }
    const tag = html.slice(open + 1, close);
    position = close + 1;
    const closing = tag.startsWith('/');
    const name = tagName(closing ? tag.slice(1) : tag);
    if (!name) {
      // "<" that opens no tag (a stray less-than sign) is text; declarations are dropped.
      if (!/^[!?/]/.test(tag)) {
        emit('<');
        position = open + 1;
      }
      continue;
    }
    if (!closing && SKIPPED_TAGS.has(name)) {
      position = skipElement(html, position, name);
      continue;
    }
    if (name === 'a') {
      if (!closing) {
        const href = HREF.exec(tag);
        link = { href: href ? decodeEntities(href[1] ?? href[2] ?? href[3] ?? '') : '', start: own.length };
      } else if (link) {
        if (links.length < MAX_LINKS && link.href && quoteTag === null && !quoteForever) {
          links.push({ href: link.href, text: own.slice(link.start).join('').trim() });
        }
        link = null;
      }
      continue;
    }
    const marked = !closing && name === 'div' && (tag.includes('id') || tag.includes('class'));
    if (marked && !quoteForever && QUOTE_REST.test(tag)) quoteForever = true;
    if (quoteTag === null && !quoteForever && !closing) {
      if (name === 'blockquote' || (marked && QUOTE_CONTAINER.test(tag))) {
        quoteTag = name;
        quoteDepth = 0;
      }
    }
    if (quoteTag === name) {
      if (!closing && !tag.endsWith('/')) quoteDepth++;
      else if (closing) quoteDepth--;
    }
    if (PARAGRAPH_TAGS.has(name)) out().push('\n');
    else if (BLOCK_TAGS.has(name) && !closing) out().push('\n');
    else if (CELL_TAGS.has(name) && closing) out().push('\t');
    if (quoteTag === name && quoteDepth <= 0) {
      quoteTag = null;
      own.push('\n');
    }
  }
  return { text: tidy(own.join('')), quoted: tidy(quoted.join('')), links };
}

function tagName(tag: string): string {
  let end = 0;
  while (end < tag.length && end < 20) {
    const code = tag.charCodeAt(end);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    const digit = code >= 48 && code <= 57;
    if (!letter && !(digit && end > 0) && !(code === 58 && end > 0) && !(code === 45 && end > 0)) break;
    end++;
  }
  return tag.slice(0, end).toLowerCase();
}

function skipElement(html: string, from: number, name: string): number {
  const lower = `</${name}`;
  let search = from;
  // Case-insensitive search for the closing tag without lowercasing the whole document.
  while (search < html.length) {
    const next = html.indexOf('</', search);
    if (next === -1) return html.length;
    if (html.slice(next, next + lower.length).toLowerCase() === lower) {
      const end = html.indexOf('>', next);
      return end === -1 ? html.length : end + 1;
    }
    search = next + 2;
  }
  return html.length;
}

function textNode(raw: string): string {
  const text = raw.includes('&') ? decodeEntities(raw) : raw;
  return text.replace(SPACES, ' ');
}

/** Trims each line, merges blank space around cell tabs and keeps at most one empty line. */
function tidy(text: string): string {
  const lines: string[] = [];
  let blank = 0;
  for (const raw of text.split('\n')) {
    const line = tidyLine(raw);
    if (line === '') {
      blank++;
      continue;
    }
    if (lines.length > 0) lines.push(blank > 0 ? '\n\n' : '\n');
    lines.push(line);
    blank = 0;
  }
  return lines.join('');
}

function tidyLine(raw: string): string {
  return raw.replace(BLANK_RUN, collapseBlank).trim();
}

function collapseBlank(run: string): string {
  if (run.includes('\t')) return '\t';
  return run === '\u00A0' ? run : ' ';
}
