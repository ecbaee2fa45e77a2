import type { NormalisedMessage } from '../types.ts';
import { type HtmlLink, htmlToText } from './html-to-text.ts';
import { splitQuoted } from './quotes.ts';

/** The parts of a message detection reads, cleaned and bounded. */
export interface PreparedText {
  subject: string;
  /** The sender's own words (first 64 KB). */
  own: string;
  /** Quoted or forwarded earlier messages (first 32 KB): context only. */
  quoted: string;
  forwarded: boolean;
  isReply: boolean;
  links: HtmlLink[];
}

/** Only this much of a body is read at all; huge bodies are cut before any regex sees them. */
const RAW_LIMIT = 256 * 1024;
const HTML_LIMIT = 2 * 1024 * 1024;
const OWN_LIMIT = 64 * 1024;
const QUOTED_LIMIT = 32 * 1024;
const REPLY_PREFIX =
  /^\s*(?:(?:re|aw|sv|antw|antwort|r|rif|ref|réf|rv|res|vs|odp|ynt)\s*(?:\[\d+\])?\s*:\s*)+/i;
const FORWARD_PREFIX = /^\s*(?:(?:fwd?|wg|tr|enc|rv|i|doorst|vs)\s*:\s*)+/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters (binary junk) is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]+/g;
const CURLY_APOSTROPHE = /[\u2018\u2019\u02BC]/g;

export function prepareText(message: NormalisedMessage): PreparedText {
  const subject = clean(typeof message.subject === 'string' ? message.subject : '').slice(0, 1000);
  const rawText = typeof message.text === 'string' ? message.text.slice(0, RAW_LIMIT) : '';
  const rawHtml = typeof message.html === 'string' ? message.html.slice(0, HTML_LIMIT) : '';
  let body = rawText;
  let htmlQuoted = '';
  let links: HtmlLink[] = [];
  if (rawHtml) {
    const converted = htmlToText(rawHtml);
    links = converted.links;
    if (body.trim() === '') {
      body = converted.text;
      htmlQuoted = converted.quoted;
    }
  }
  const split = splitQuoted(clean(body));
  const quoted = [split.quoted, clean(htmlQuoted)].filter(Boolean).join('\n');
  return {
    subject,
    own: split.own.slice(0, OWN_LIMIT),
    quoted: quoted.slice(0, QUOTED_LIMIT),
    forwarded: split.forwarded || FORWARD_PREFIX.test(subject),
    isReply: REPLY_PREFIX.test(subject),
    links,
  };
}

/** The subject without "Re:", "AW:", "Fwd:" prefixes. */
export function baseSubject(subject: string): string {
  let base = subject;
  for (let round = 0; round < 5; round++) {
    const next = base.replace(REPLY_PREFIX, '').replace(FORWARD_PREFIX, '');
    if (next === base) break;
    base = next;
  }
  return base.trim();
}

function clean(text: string): string {
  return text.replace(CONTROL, ' ').replace(CURLY_APOSTROPHE, "'").replace(/\r\n?/g, '\n');
}
