import { describe, expect, it } from 'vitest';
import { detectMessage } from '../../../lib/detect/message.ts';
import type { NormalisedMessage } from '../../../lib/detect/types.ts';
import { detectMessageWithAttachments } from '../../../lib/detect/with-attachments.ts';
import { mail, STUDIO } from './mail.ts';

describe('bad input', () => {
  it('answers other with a reason for an empty message', () => {
    const result = detectMessage(mail({ subject: '', text: '' }), STUDIO);
    expect(result).toMatchObject({ kind: 'other', reason: 'the message is empty' });
  });

  it('reads a message that has only HTML', () => {
    const result = detectMessage(
      mail({
        subject: 'Invoice 12',
        text: '',
        html: '<p>Please find attached invoice 12.</p><p>Total due: <b>€300.00</b></p>',
      }),
      STUDIO,
    );
    expect(result.kind).toBe('invoice');
    expect(result.amountDue?.value.amountMinor).toBe(30000);
  });

  it('survives binary junk and mislabelled charsets', () => {
    const junk = Array.from({ length: 20_000 }, (_, index) =>
      String.fromCharCode((index * 7919) % 65_535),
    ).join('');
    for (const text of [
      junk,
      '\u0000\u0001\uFFFD\uFFFD Rechnung Ã¼ber 1.234,56 â‚¬',
      'ÿþI\u0000n\u0000v\u0000o\u0000i\u0000c\u0000e\u0000',
    ]) {
      const result = detectMessage(mail({ subject: '=?utf-8?B?broken', text }), STUDIO);
      expect(['invoice', 'other']).toContain(result.kind);
    }
  });

  it('stays fast and bounded on a 5 MB body', () => {
    const text = `Please find attached invoice 77.\n${'Lorem ipsum dolor sit amet 1,234.56 € 03/04/2026 '.repeat(110_000)}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = detectMessage(mail({ subject: 'Invoice 77', text }), STUDIO);
    expect(result.kind).toBe('invoice');
  });

  it('copes with regex-hostile input: long runs of digits, spaces, separators and angle brackets', () => {
    const hostile = [
      '1'.repeat(100_000),
      ' '.repeat(100_000),
      '1,'.repeat(50_000),
      '<'.repeat(100_000),
      'On '.repeat(30_000),
    ];
    for (const text of hostile) {
      expect(detectMessage(mail({ subject: 'Invoice', text, html: text }), STUDIO).kind).toBeDefined();
    }
  });

  it('never throws on missing or malformed fields', () => {
    const broken = [
      {} as NormalisedMessage,
      { from: null, to: null, subject: null, text: null, attachments: null } as unknown as NormalisedMessage,
      mail({ date: 'not a date', from: { name: 'X', address: '' } }),
    ];
    for (const message of broken) {
      const result = detectMessage(message, {
        addresses: null,
        businessName: undefined,
      } as unknown as typeof STUDIO);
      expect(result.kind).toBe('other');
      expect(result.reason).toEqual(expect.any(String));
    }
  });

  it('ignores attachments whose bytes are not a PDF or XML', async () => {
    const result = await detectMessageWithAttachments(
      mail({
        subject: 'Invoice 12',
        text: 'Please find attached invoice 12 for €300.00.',
        attachments: [
          {
            filename: 'invoice-12.pdf',
            mimeType: 'application/pdf',
            size: 4,
            bytes: new Uint8Array([1, 2, 3, 4]),
          },
        ],
      }),
      STUDIO,
    );
    expect(result.kind).toBe('invoice');
    expect(result.amountDue?.value.amountMinor).toBe(30000);
  });
});
