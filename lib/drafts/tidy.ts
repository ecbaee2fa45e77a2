/** Output clean-up shared by built-in and user templates, so optional parts leave no gaps. */

export interface RenderedDraft {
  subject: string;
  html: string;
  text: string;
}

/** One line, single spaces: a subject never carries a line break into the mail header. */
export function tidySubject(subject: string): string {
  return subject.replace(/\s+/g, ' ').trim();
}

/** No trailing spaces, never more than one blank line in a row, no blank lines at either end. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Drops paragraphs and list items that optional parts left empty, and blank lines. */
export function tidyHtml(html: string): string {
  return html
    .replace(/<(p|li)>(?:\s|<br>)*<\/\1>/g, '')
    .replace(/<ul>\s*<\/ul>/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
