// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { conversationKeyOf } from '../../../lib/adapters/outlook/conversation-key.ts';
import { readOpenedThread } from '../../../lib/adapters/outlook/read-thread.ts';
import type { OpenedThread } from '../../../lib/adapters/shared/contract.ts';
import { localIsoWithOffset } from '../../../lib/dates/calendar.ts';
import { detectThread } from '../../../lib/detect/index.ts';
import { loadFixture } from './fixtures.ts';

const NOW = new Date(2026, 10, 23, 12, 0);

function read(name: string): OpenedThread {
  const { lang } = loadFixture(name);
  const key = conversationKeyOf(document, window.location.href);
  const thread = readOpenedThread(document, { threadId: key?.key ?? '', lang, now: NOW });
  if (!thread) throw new Error(`${name}: no conversation read`);
  return thread;
}

const local = (year: number, month: number, day: number, hours: number, minutes: number) =>
  localIsoWithOffset(new Date(year, month - 1, day, hours, minutes));

describe('reading the English invoice conversation', () => {
  const thread = read('invoice-thread.en');

  it('names the conversation by the id in the address, unescaped, and by its full subject', () => {
    expect(thread.mailClient).toBe('outlook');
    expect(thread.threadId).toBe(
      'AAQkAGRhZTY1NzQ4LTExMDQtNDI1Ny1hMWZmLTQ1MTA0MkNFMDQyABAdNq9kC0xJvLhE1042+q=',
    );
    expect(thread.subject).toBe('Invoice INV-1042 for the October design sprint');
  });

  it('reads three messages, oldest first, and skips the saved draft', () => {
    expect(thread.messages.map((message) => message.from.name)).toEqual([
      'Sam Rivera',
      'Dana Whitfield',
      'Dana Whitfield',
    ]);
    expect(thread.messages.some((message) => message.text.includes('next payment run'))).toBe(false);
  });

  it("reads the user's invoice with sender, recipients, date, line breaks and attachment", () => {
    const invoice = thread.messages[0]!;
    expect(invoice.id).toBe('AAMkADm1042a');
    expect(invoice.from).toEqual({ name: 'Sam Rivera', address: 'sam@riverastudio.test' });
    expect(invoice.to).toEqual([{ name: 'Dana Whitfield', address: 'dana@whitfield.test' }]);
    expect(invoice.cc).toEqual([{ name: 'Whitfield Accounts', address: 'accounts@whitfield.test' }]);
    expect(invoice.date).toBe(local(2026, 10, 14, 9, 14));
    expect(invoice.text).toContain('Amount due: £2,400.00\nDue date: 13 November 2026 (30 days)');
    expect(invoice.text.startsWith('Hi Dana,\n\nThank you again')).toBe(true);
    expect(invoice.text.endsWith('Kind regards,\nSam Rivera\nRivera Studio')).toBe(true);
    expect(invoice.attachments).toEqual([
      { filename: 'INV-1042.pdf', mimeType: 'application/pdf', size: 84 * 1024 },
    ]);
    expect(invoice.html).toBeNull();
  });

  it('marks the collapsed acknowledgement partial and keeps its name-only sender and preview', () => {
    const ack = thread.messages[1]!;
    expect(thread.partialMessageIds).toEqual([ack.id]);
    expect(ack.from).toEqual({ name: 'Dana Whitfield', address: '' });
    expect(ack.date).toBe(local(2026, 10, 15, 16, 2));
    expect(ack.text).toBe('Thanks Sam, got it. I have passed it on to our accounts team.');
  });

  it("keeps only the new part of the client's reply, not the quoted invoice", () => {
    const reply = thread.messages[2]!;
    expect(reply.text).toBe(
      'Hi Sam,\n\nSorry this slipped through. I have asked our accounts team to look into it this week.\n\nBest,\nDana',
    );
    expect(reply.date).toBe(local(2026, 11, 16, 10, 47));
    expect(reply.to).toEqual([{ name: 'Sam Rivera', address: 'sam@riverastudio.test' }]);
  });

  it('never changes the page it reads', () => {
    loadFixture('invoice-thread.en');
    const before = document.body.innerHTML;
    readOpenedThread(document, { threadId: 'x', lang: 'en-US', now: NOW });
    expect(document.body.innerHTML).toBe(before);
  });

  it("is detected as the user's sent invoice, from the page's text alone", () => {
    const detection = detectThread(
      thread.messages,
      { addresses: ['sam@riverastudio.test'], businessName: '' },
      {
        today: '2026-11-23',
      },
    );
    expect(detection.invoice?.direction).toBe('sent');
    expect(detection.invoice?.invoiceNumber?.value).toBe('INV-1042');
    expect(detection.invoice?.amountDue?.value).toEqual({ amountMinor: 240_000, currency: 'GBP' });
    expect(detection.invoice?.dueDate?.value).toBe('2026-11-13');
  });
});

describe('reading the German invoice conversation', () => {
  const thread = read('invoice-thread.de');

  it('reads German header labels, German dates and cuts the German quote', () => {
    expect(thread.messages).toHaveLength(3);
    const [invoice, ack, reply] = thread.messages;
    expect(invoice?.to).toEqual([{ name: 'Jonas Berger', address: 'j.berger@berger-moebel.test' }]);
    expect(invoice?.cc).toEqual([
      { name: 'Buchhaltung Berger Möbel', address: 'buchhaltung@berger-moebel.test' },
    ]);
    expect(invoice?.date).toBe(local(2026, 10, 14, 9, 14));
    expect(invoice?.text).toContain('Rechnungsbetrag: 1.850,00 €\nZahlbar bis: 13.11.2026');
    expect(ack?.date).toBe(local(2026, 10, 15, 16, 2));
    expect(thread.partialMessageIds).toEqual([ack?.id]);
    expect(reply?.text).toBe(
      'Sehr geehrte Frau Vogel,\n\nentschuldigen Sie die Verzögerung. Ich habe unsere Buchhaltung gebeten, sich diese Woche darum zu kümmern.\n\nViele Grüße\nJonas Berger',
    );
  });

  it('skips the draft marked [Entwurf]', () => {
    expect(thread.messages.some((message) => message.text.includes('Zahlungslaufs'))).toBe(false);
  });

  it("is detected as the user's sent invoice", () => {
    const detection = detectThread(
      thread.messages,
      { addresses: ['katrin@vogel-webdesign.test'], businessName: '' },
      { today: '2026-11-23' },
    );
    expect(detection.invoice?.direction).toBe('sent');
    expect(detection.invoice?.amountDue?.value).toEqual({ amountMinor: 185_000, currency: 'EUR' });
    expect(detection.invoice?.dueDate?.value).toBe('2026-11-13');
  });
});

describe('reading newsletters', () => {
  it.each([
    ['newsletter.en', { name: 'Studio Team', address: '' }, local(2026, 11, 3, 8, 30), 'Winter party'],
    [
      'newsletter.de',
      { name: 'Team Vogel Webdesign', address: '' },
      local(2026, 11, 3, 8, 30),
      'Weihnachtsfeier',
    ],
  ])(
    'reads %s: a name-only sender, the date in the page locale, no hidden preheader',
    (name, sender, date, heading) => {
      const thread = read(name);
      expect(thread.messages).toHaveLength(1);
      expect(thread.partialMessageIds).toEqual([]);
      const [newsletter] = thread.messages;
      expect(newsletter?.from).toEqual(sender);
      expect(newsletter?.to[0]?.address).toBe('');
      expect(newsletter?.date).toBe(date);
      expect(newsletter?.text).toContain(`\n\n${heading}\n\n`);
      expect(newsletter?.text).not.toMatch(/plotter, and who|Bereitschaftsplan für die Feiertage\./);
    },
  );

  it('is not an invoice thread', () => {
    const thread = read('newsletter.en');
    const detection = detectThread(thread.messages, {
      addresses: ['sam@riverastudio.test'],
      businessName: '',
    });
    expect(detection.invoice).toBeNull();
  });
});

describe('reading a conversation with an inline reply open', () => {
  it.each([
    [
      'inline-reply.en',
      'Hi Sam,\n\nSorry this slipped through. I have asked our accounts team to look into it this week.\n\nBest,\nDana',
    ],
    [
      'inline-reply.de',
      'Sehr geehrte Frau Vogel,\n\nentschuldigen Sie die Verzögerung. Ich habe unsere Buchhaltung gebeten, sich diese Woche darum zu kümmern.\n\nViele Grüße\nJonas Berger',
    ],
  ])('%s: cuts a plain-text quote at its From/Sent block and does not read the reply form', (name, text) => {
    const thread = read(name);
    expect(thread.messages).toHaveLength(2);
    expect(thread.messages[1]?.text).toBe(text);
    expect(thread.partialMessageIds).toEqual([thread.messages[0]?.id]);
  });
});

describe('pages without a conversation', () => {
  it.each(['new-compose.en', 'new-compose.de', 'popout-compose.en', 'popout-compose.de'])(
    '%s reads as none',
    (name) => {
      const { lang } = loadFixture(name);
      expect(readOpenedThread(document, { threadId: 'x', lang })).toBeNull();
    },
  );
});
