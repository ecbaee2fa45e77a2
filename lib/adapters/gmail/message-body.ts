import { htmlToText } from '../../detect/normalise/html-to-text.ts';

/** Where Gmail (and the mailers it displays) put the quoted history under a reply. */
const QUOTED_HISTORY = '.gmail_quote, .gmail_quote_container, blockquote';

export interface OwnBody {
  /** The message's own words, line breaks kept. */
  text: string;
  /** The same part as HTML, for links. */
  html: string;
}

/**
 * The new part of a message body, read from a clone so Gmail's own DOM is never touched.
 * Text comes from the HTML rather than `innerText`: a detached clone has no layout, and its
 * `innerText` would run every line together.
 */
export function readOwnBody(body: HTMLElement): OwnBody {
  let html: string;
  if (body.querySelector(QUOTED_HISTORY)) {
    const clone = body.cloneNode(true) as HTMLElement;
    for (const quoted of clone.querySelectorAll(QUOTED_HISTORY)) quoted.remove();
    html = clone.innerHTML;
  } else {
    html = body.innerHTML;
  }
  return { text: htmlToText(html).text.trim(), html };
}
