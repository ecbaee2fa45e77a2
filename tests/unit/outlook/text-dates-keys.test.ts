// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cutAtReplyHeader, layoutFreeText, newPartText } from '../../../lib/adapters/outlook/body-text.ts';
import { conversationKeyOf, selectedRowKey } from '../../../lib/adapters/outlook/conversation-key.ts';
import { parseDisplayedDate } from '../../../lib/adapters/outlook/message-date.ts';
import { addressesIn, parsePerson, readPeople } from '../../../lib/adapters/outlook/people.ts';
import { localIsoWithOffset } from '../../../lib/dates/calendar.ts';
import { setUrl } from './fixtures.ts';

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('text with line breaks from markup alone', () => {
  it.each([
    ['blocks one per line', '<div>One</div><div>Two</div>', 'One\nTwo'],
    ['an empty paragraph as a blank line', '<div>One</div><div><br></div><div>Two</div>', 'One\n\nTwo'],
    ['paragraphs with a blank line between', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['a trailing <br> in a block adds nothing', '<div>One<br></div><div>Two</div>', 'One\nTwo'],
    ['inline markup kept on its line', '<div><b>Amount due:</b> £2,400.00</div>', 'Amount due: £2,400.00'],
    ['runs of spaces collapsed', '<div>  a \n   b  </div>', 'a b'],
    ['table cells separated by tabs', '<table><tr><td>Total</td><td>£10</td></tr></table>', 'Total\t£10'],
    [
      'hidden and script content skipped',
      '<div style="display: none">pre</div><script>x()</script><div>Hi</div>',
      'Hi',
    ],
    ['plain-text mail with <br>s', '<div class="PlainText">Hi,<br><br>Paid.<br></div>', 'Hi,\n\nPaid.'],
  ])('%s', (_name, html, text) => {
    expect(layoutFreeText(element(html))).toBe(text);
  });
});

describe('the new part of a message', () => {
  it.each([
    [
      'Outlook reply markers',
      '<div>New</div><div id="x_appendonsend"></div><hr><div id="x_divRplyFwdMsg"><b>From:</b> A</div><div>Old</div>',
    ],
    ['an unprefixed divRplyFwdMsg', '<div>New</div><hr><div id="divRplyFwdMsg">From: A</div><div>Old</div>'],
    [
      'the reference-message container',
      '<div>New</div><div class="x_mail-editor-reference-message-container"><div>Old</div></div>',
    ],
    [
      'a Gmail quote',
      '<div><div>New</div><div class="x_gmail_quote">On Monday A wrote:<blockquote>Old</blockquote></div></div>',
    ],
    [
      'a nested marker, with what follows its ancestors',
      '<div><div>New</div><div><div id="x_divRplyFwdMsg">From</div></div><div>Old</div></div><p>Old too</p>',
    ],
  ])('stops at %s', (_name, html) => {
    expect(newPartText(element(html))).toBe('New');
  });

  it('works on a copy: the displayed message keeps its quote', () => {
    const body = element('<div>New</div><hr><div id="x_divRplyFwdMsg">From: A</div><div>Old</div>');
    const before = body.innerHTML;
    newPartText(body);
    expect(body.innerHTML).toBe(before);
  });

  it.each([
    ['English', 'Thanks!\n\nFrom: Sam <s@x.test>\nSent: Monday\nTo: Dana\n\nOld', 'Thanks!'],
    ['German', 'Danke!\n________________________________\nVon: Sam\nGesendet: Montag\n\nAlt', 'Danke!'],
    ['French', 'Merci\n\nDe : Sam\nEnvoyé : lundi\n\nAncien', 'Merci'],
    ['an Original Message line', 'Paid\n-----Original Message-----\nOld', 'Paid'],
    [
      'a From: line alone is kept',
      'From: the accounts team\nPaid today',
      'From: the accounts team\nPaid today',
    ],
  ])('cuts a %s quoted header written as text', (_name, text, expected) => {
    expect(cutAtReplyHeader(text)).toBe(expected);
  });
});

describe('displayed dates', () => {
  const now = new Date(2026, 10, 23, 12, 0);
  const at = (y: number, m: number, d: number, h = 0, min = 0) =>
    localIsoWithOffset(new Date(y, m - 1, d, h, min));
  it.each([
    ['en-US', 'Mon 11/16/2026 10:47 AM', at(2026, 11, 16, 10, 47)],
    ['en-US', 'Thu 10/15/2026 4:02 PM', at(2026, 10, 15, 16, 2)],
    ['en-US', 'Fri 12/4/2026 12:05 AM', at(2026, 12, 4, 0, 5)],
    ['en-GB', 'Tue 03/11/2026 08:30', at(2026, 11, 3, 8, 30)],
    ['en-GB', 'Tue 11/25/2026 08:30', at(2026, 11, 25, 8, 30)],
    ['de-DE', 'Mo 16.11.2026 10:47', at(2026, 11, 16, 10, 47)],
    ['de-DE', 'Mittwoch, 14. Oktober 2026 09:14', at(2026, 10, 14, 9, 14)],
    ['en-US', 'Monday, November 16, 2026 10:47 AM', at(2026, 11, 16, 10, 47)],
    ['en-GB', '16 November 2026 10:47', at(2026, 11, 16, 10, 47)],
    ['he-IL', '\u200f16.11.2026\u200f 10:47', at(2026, 11, 16, 10, 47)],
    ['en-US', 'Today 9:05 AM', at(2026, 11, 23, 9, 5)],
    ['de-DE', 'Gestern 17:30', at(2026, 11, 22, 17, 30)],
    ['en-US', '2026-11-16 10:47', at(2026, 11, 16, 10, 47)],
  ])('%s "%s"', (lang, text, iso) => {
    expect(parseDisplayedDate(text, lang, now)).toBe(iso);
  });

  it.each([
    ['en-US', ''],
    ['en-US', 'Sam Rivera'],
    ['de-DE', '31.02.2026 10:00'],
  ])('%s "%s" is no date', (lang, text) => {
    expect(parseDisplayedDate(text, lang, now)).toBeNull();
  });
});

describe('people', () => {
  it.each([
    ['Dana Whitfield <dana@whitfield.test>', { name: 'Dana Whitfield', address: 'dana@whitfield.test' }],
    ['"Whitfield, Dana" <Dana@Whitfield.test>', { name: 'Whitfield, Dana', address: 'dana@whitfield.test' }],
    ['dana@whitfield.test', { name: '', address: 'dana@whitfield.test' }],
    ['Studio Team', { name: 'Studio Team', address: '' }],
    ['\u200eDana Whitfield\u200e', { name: 'Dana Whitfield', address: '' }],
  ])('"%s"', (text, person) => {
    expect(parsePerson(text)).toEqual(person);
  });

  it('reads chips, else the field text without its label', () => {
    expect(
      readPeople(
        element(
          '<span data-lpc-hover-target-id="1">A &lt;a@x.test&gt;</span><span data-lpc-hover-target-id="2">B</span>',
        ),
      ),
    ).toEqual([
      { name: 'A', address: 'a@x.test' },
      { name: 'B', address: '' },
    ]);
    expect(readPeople(element('To: A &lt;a@x.test&gt;; b@y.test'), ['To:'])).toEqual([
      { name: 'A', address: 'a@x.test' },
      { name: '', address: 'b@y.test' },
    ]);
  });

  it("finds every address in a compose form's To field, in text or chip attributes", () => {
    const field = element(
      '<span data-lpc-hover-target-id="x" title="Dana@Whitfield.test">Dana</span> ap@pinecrest.test',
    );
    expect(addressesIn(field).sort()).toEqual(['ap@pinecrest.test', 'dana@whitfield.test']);
  });
});

describe('the conversation key', () => {
  const list = (selected: string, active = true) =>
    `<div role="listbox" ${active ? 'aria-activedescendant="r2"' : ''}><div id="r1" role="option" data-convid="AAQkOther="></div><div id="r2" role="option" data-convid="${selected}" aria-selected="true"></div></div>`;

  it.each([
    ['https://outlook.office.com/mail/inbox/id/AAQkABC%2Bd%3D', 'AAQkABC+d='],
    ['https://outlook.live.com/mail/0/inbox/id/AQQkXYZ%3D', 'AQQkXYZ='],
    ['https://outlook.cloud.microsoft/mail/id/AAQkID', 'AAQkID'],
    ['https://outlook.office365.com/mail/sentitems/id/AAQkSent?nativeVersion=1', 'AAQkSent'],
  ])('reads the id in %s', (url, key) => {
    setUrl(url);
    document.body.innerHTML = '';
    expect(conversationKeyOf(document, window.location.href)).toEqual({ key, from: 'url', settled: true });
  });

  it("falls back to the selected row's data-convid, then to the subject heading", () => {
    setUrl('https://outlook.office.com/mail/inbox');
    document.body.innerHTML = list('AAQkRow=');
    expect(conversationKeyOf(document, window.location.href)).toEqual({
      key: 'AAQkRow=',
      from: 'list',
      settled: true,
    });
    document.body.innerHTML = list('AAQkSelected=', false);
    expect(selectedRowKey(document)).toBe('AAQkSelected=');
    document.body.innerHTML = '<span id="CONV_k_SUBJECT" role="heading" title="Invoice 7">Invoice 7</span>';
    expect(conversationKeyOf(document, window.location.href)).toEqual({
      key: 'CONV_k_SUBJECT Invoice 7',
      from: 'heading',
      settled: true,
    });
  });

  it('is unsettled while the address and the selected row name different conversations', () => {
    setUrl('https://outlook.office.com/mail/inbox/id/AAQkOld%3D');
    document.body.innerHTML = list('AAQkNew=');
    expect(conversationKeyOf(document, window.location.href)?.settled).toBe(false);
    document.body.innerHTML = list('AAQkOld');
    expect(conversationKeyOf(document, window.location.href)?.settled).toBe(true);
  });
});
