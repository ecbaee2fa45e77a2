import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/detect/normalise/html-to-text.ts';

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks as lines and drops styles and scripts', () => {
    const { text } = htmlToText(
      '<html><head><style>p{color:red}</style><title>x</title></head><body><p>Hello Tom,</p><p>Invoice attached.<br>Thanks</p><script>alert(1)</script></body></html>',
    );
    expect(text).toBe('Hello Tom,\n\nInvoice attached.\nThanks');
  });

  it('decodes named, decimal and hexadecimal entities', () => {
    expect(
      htmlToText('<p>Total&nbsp;&euro;1.234,56 &amp; caf&eacute; &#8364;5 &#x20AC;6 &uuml;</p>').text,
    ).toBe('Total\u00A0€1.234,56 & café €5 €6 ü');
  });

  it('separates table cells with tabs and rows with line breaks', () => {
    const { text } = htmlToText(
      '<table><tr><td>Amount due</td><td>$640.00</td></tr><tr><td>Due date</td><td>Mar 20, 2026</td></tr></table>',
    );
    expect(text).toBe('Amount due\t$640.00\nDue date\tMar 20, 2026');
  });

  it('moves a Gmail quote container to the quoted part', () => {
    const result = htmlToText(
      '<div dir="ltr">We paid today.</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon, Anna wrote:</div><blockquote class="gmail_quote">Invoice 12 for €300</blockquote></div>',
    );
    expect(result.text).toBe('We paid today.');
    expect(result.quoted).toContain('Invoice 12 for €300');
  });

  it('treats everything after an Outlook reply header as quoted', () => {
    const result = htmlToText(
      '<div>Thanks, we will pay on Friday.</div><hr><div id="x_divRplyFwdMsg"><b>From:</b> Anna</div><div>Invoice 12</div>',
    );
    expect(result.text).toBe('Thanks, we will pay on Friday.');
    expect(result.quoted).toContain('Invoice 12');
  });

  it('keeps text written after a nested blockquote as the sender’s own', () => {
    const result = htmlToText(
      '<blockquote>old <blockquote>older</blockquote> old</blockquote><p>new words</p>',
    );
    expect(result.text).toBe('new words');
    expect(result.quoted).toContain('older');
  });

  it('collects links with their visible text', () => {
    const { links } = htmlToText('<a href="https://evil.example/x">https://bank.example/login</a>');
    expect(links).toEqual([{ href: 'https://evil.example/x', text: 'https://bank.example/login' }]);
  });

  it('survives broken markup: unclosed tags, stray angle brackets and comments', () => {
    expect(htmlToText('<div>1 < 2 <b>bold <!-- hidden --> text<p>end').text).toBe('1 < 2 bold text\nend');
    expect(htmlToText('<script>never closed').text).toBe('');
    expect(htmlToText('<div').text).toBe('');
  });

  it('reads only the head and the tail of a huge document', () => {
    const html = `<p>Head text</p>${'<p>filler paragraph with words</p>'.repeat(20_000)}<p>Unsubscribe here</p>`;
    const { text } = htmlToText(html);
    expect(text.startsWith('Head text')).toBe(true);
    expect(text).toContain('Unsubscribe here');
    expect(text.length).toBeLessThan(140_000);
  });
});
