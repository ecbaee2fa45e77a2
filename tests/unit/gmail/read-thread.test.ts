// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../lib/adapters/gmail/attachments.ts';
import { hasReadableAttachments, readThread } from '../../../lib/adapters/gmail/read-thread.ts';
import { type FakeMessage, FakeThreadView } from './fake-inboxsdk.ts';
import { gmailFixture } from './fixtures.ts';

const sam = { name: 'Sam Rivera', emailAddress: 'sam@riverastudio.test' };
const dana = { name: 'Dana Whitfield', emailAddress: 'dana@whitfield.test' };

const invoice: FakeMessage = {
  id: '18e2a1f0c0de0001',
  from: sam,
  to: [dana],
  dateString: 'Sat, Feb 14, 2026, 10:00 AM',
  bodyHtml: gmailFixture('invoice-sent.html'),
  attachments: [{ title: 'INV-1042.pdf', url: 'https://mail-attachment.test/INV-1042' }],
};
const reminder: FakeMessage = {
  id: '18e2a1f0c0de0002',
  from: sam,
  to: [dana],
  dateString: 'Mon, Mar 16, 2026, 9:02\u202fAM',
  bodyHtml: gmailFixture('reminder-sent.html'),
};
const reply: FakeMessage = {
  id: '18e2a1f0c0de0003',
  from: dana,
  to: [sam, { emailAddress: 'accounts@whitfield.test' }],
  dateString: 'Tue, 17 Mar 2026, 14:30',
  bodyHtml: gmailFixture('client-reply-with-quote.html'),
};

const subject = 'Invoice INV-1042 from Rivera Studio';

describe('reading a Gmail thread', () => {
  it('maps every message to the normalised shape, oldest first', async () => {
    const view = new FakeThreadView('18e2a1f0c0de0001', subject, [invoice, reminder, reply]);
    const thread = await readThread(view);
    expect(thread).toMatchObject({
      mailClient: 'gmail',
      threadId: '18e2a1f0c0de0001',
      subject,
      partialMessageIds: [],
    });
    expect(thread.messages.map((message) => message.id)).toEqual([invoice.id, reminder.id, reply.id]);
    const [first, , last] = thread.messages;
    expect(first).toMatchObject({
      from: { name: 'Sam Rivera', address: 'sam@riverastudio.test' },
      to: [{ name: 'Dana Whitfield', address: 'dana@whitfield.test' }],
      subject,
      attachments: [{ filename: 'INV-1042.pdf', mimeType: 'application/pdf', size: 0 }],
    });
    expect(first?.text).toContain('Amount due: £4,000.00\nDue date: 2 March 2026');
    expect(last?.to).toEqual([
      { name: 'Sam Rivera', address: 'sam@riverastudio.test' },
      { name: '', address: 'accounts@whitfield.test' },
    ]);
  });

  it('reads dates from Gmail’s date tooltip as local time with its offset', async () => {
    const view = new FakeThreadView('t', subject, [invoice, reminder, reply]);
    const dates = (await readThread(view)).messages.map((message) => message.date);
    const local = (iso: string) => new Date(iso).toString();
    expect(dates.map((date) => local(date ?? ''))).toEqual([
      new Date(2026, 1, 14, 10, 0).toString(),
      new Date(2026, 2, 16, 9, 2).toString(),
      new Date(2026, 2, 17, 14, 30).toString(),
    ]);
    expect(dates[0]).toMatch(/^2026-02-14T10:00:00[+-]\d{2}:\d{2}$/);
  });

  it('keeps a message’s own words and leaves the quoted history out, without touching Gmail’s DOM', async () => {
    const view = new FakeThreadView('t', `Re: ${subject}`, [reply]);
    const body = view.messageViews[0]!.body;
    const before = body.innerHTML;
    const [message] = (await readThread(view)).messages;
    expect(message?.text).toContain('you should see it by 27 March');
    expect(message?.text).not.toContain('QUOTED-MARKER');
    expect(message?.text).not.toContain('wrote:');
    expect(message?.html).not.toContain('gmail_quote');
    expect(body.innerHTML).toBe(before);
    expect(body.querySelector('blockquote')).not.toBeNull();
  });

  it('includes a collapsed message with what Gmail shows and lists it as partial, never expanding it', async () => {
    const collapsed: FakeMessage = { ...reminder, viewState: 'COLLAPSED', bodyHtml: '' };
    const view = new FakeThreadView('t', subject, [invoice, collapsed, reply]);
    const thread = await readThread(view);
    expect(thread.messages).toHaveLength(3);
    expect(thread.messages[1]).toMatchObject({
      id: reminder.id,
      text: '',
      from: { address: 'sam@riverastudio.test' },
    });
    expect(thread.partialMessageIds).toEqual([reminder.id]);
    expect(view.messageViews[1]!.getViewState()).toBe('COLLAPSED');
  });

  it('lists a hidden message Gmail has not loaded as partial and leaves it out of the messages', async () => {
    const hidden: FakeMessage = { ...reminder, viewState: 'HIDDEN', loaded: false };
    const thread = await readThread(new FakeThreadView('t', subject, [invoice, hidden, reply]));
    expect(thread.messages.map((message) => message.id)).toEqual([invoice.id, reply.id]);
    expect(thread.partialMessageIds).toEqual([reminder.id]);
  });

  it('falls back to the displayed addresses when Gmail’s full recipient list does not come', async () => {
    const slow: FakeMessage = { ...invoice, recipientsHang: true };
    const [message] = (
      await readThread(new FakeThreadView('t', subject, [slow]), { recipientsTimeoutMs: 20 })
    ).messages;
    expect(message?.to).toEqual([{ name: '', address: 'dana@whitfield.test' }]);
  });

  it('fetches PDF and XML attachments only when asked, and never files above the size cap', async () => {
    const withFiles: FakeMessage = {
      ...invoice,
      attachments: [
        { title: 'INV-1042.pdf', url: 'https://files.test/pdf' },
        { title: 'factur-x.xml', url: 'https://files.test/xml' },
        { title: 'moodboard.png', url: 'https://files.test/png' },
        { title: 'archive.pdf', url: 'https://files.test/huge' },
      ],
    };
    const asked: string[] = [];
    const download = async (url: string) => {
      asked.push(url);
      return url.endsWith('huge') ? null : new TextEncoder().encode(`bytes of ${url}`);
    };
    const view = new FakeThreadView('t', subject, [withFiles]);
    const plain = await readThread(view);
    expect(plain.messages[0]?.attachments.every((attachment) => !attachment.bytes)).toBe(true);
    expect(hasReadableAttachments(plain)).toBe(true);

    const [message] = (await readThread(view, { download })).messages;
    expect(asked.sort()).toEqual([
      'https://files.test/huge',
      'https://files.test/pdf',
      'https://files.test/xml',
    ]);
    const byName = Object.fromEntries((message?.attachments ?? []).map((file) => [file.filename, file]));
    expect(new TextDecoder().decode(byName['INV-1042.pdf']?.bytes)).toBe('bytes of https://files.test/pdf');
    expect(byName['factur-x.xml']?.mimeType).toBe('application/xml');
    expect(byName['moodboard.png']?.bytes).toBeUndefined();
    expect(byName['archive.pdf']?.bytes).toBeUndefined();
    expect(MAX_ATTACHMENT_BYTES).toBe(15 * 1024 * 1024);
  });

  it('does not fetch attachments of collapsed messages', async () => {
    const asked: string[] = [];
    const collapsed: FakeMessage = { ...invoice, viewState: 'COLLAPSED' };
    await readThread(new FakeThreadView('t', subject, [collapsed]), {
      download: async (url) => {
        asked.push(url);
        return null;
      },
    });
    expect(asked).toEqual([]);
  });
});
