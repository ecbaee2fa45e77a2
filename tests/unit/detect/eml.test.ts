import { describe, expect, it } from 'vitest';
import { dateWithOffset, parseEml } from '../../../lib/detect/eml.ts';

const RAW = [
  'From: Anna Berg <anna@studio-nord.example>',
  'To: Tom Reed <tom@harbour-foods.example>, accounts@harbour-foods.example',
  'Cc: "Studio Nord" <office@studio-nord.example>',
  'Reply-To: anna@studio-nord.example',
  'Subject: =?UTF-8?Q?Rechnung_2026-017_=C3=BCber_2.380,00_=E2=82=AC?=',
  'Date: Tue, 3 Mar 2026 23:15:00 -0500',
  'Message-ID: <abc@studio-nord.example>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Anbei die Rechnung =C3=BCber 2.380,00 =E2=82=AC.',
  '--b1',
  'Content-Type: application/pdf; name="Rechnung_2026-017.pdf"',
  'Content-Disposition: attachment; filename="Rechnung_2026-017.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--b1--',
  '',
].join('\r\n');

describe('parseEml', () => {
  it('turns a MIME mail into a normalised message with attachment bytes', async () => {
    const message = await parseEml(new TextEncoder().encode(RAW));
    expect(message.from).toEqual({ name: 'Anna Berg', address: 'anna@studio-nord.example' });
    expect(message.to.map((address) => address.address)).toEqual([
      'tom@harbour-foods.example',
      'accounts@harbour-foods.example',
    ]);
    expect(message.cc).toEqual([{ name: 'Studio Nord', address: 'office@studio-nord.example' }]);
    expect(message.replyTo[0]?.address).toBe('anna@studio-nord.example');
    expect(message.subject).toBe('Rechnung 2026-017 über 2.380,00 €');
    expect(message.date).toBe('2026-03-03T23:15:00-05:00');
    expect(message.text.trim()).toBe('Anbei die Rechnung über 2.380,00 €.');
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]).toMatchObject({
      filename: 'Rechnung_2026-017.pdf',
      mimeType: 'application/pdf',
      size: 9,
    });
    expect(new TextDecoder().decode(message.attachments[0]?.bytes)).toBe('%PDF-1.4\n');
  });

  it('keeps the sender’s own offset in the date, so the calendar day is theirs', () => {
    expect(dateWithOffset('Tue, 3 Mar 2026 23:15:00 -0500')).toBe('2026-03-03T23:15:00-05:00');
    expect(dateWithOffset('3 Mar 26 08:05 GMT')).toBe('2026-03-03T08:05:00+00:00');
    expect(dateWithOffset('yesterday')).toBeNull();
  });
});
