import type { Email, Address as MimeAddress } from 'postal-mime';
import PostalMime from 'postal-mime';
import type { Address, MailAttachment, NormalisedMessage } from './types.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RFC_DATE =
  /(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|UT|UTC|GMT|Z)?/;

/**
 * Parses a raw .eml (RFC 822 / MIME) into a NormalisedMessage with attachment bytes.
 * Throws only when the bytes are not a mail at all (no headers, no body).
 */
export async function parseEml(raw: Uint8Array | ArrayBuffer | string): Promise<NormalisedMessage> {
  const email: Email = await PostalMime.parse(raw);
  const dateHeader = email.headers.find((header) => header.key === 'date')?.value ?? null;
  const from = mailboxes(email.from ? [email.from] : email.sender ? [email.sender] : [])[0] ?? {
    name: '',
    address: '',
  };
  if (!email.headers.length && !email.text && !email.html) throw new Error('no mail headers or body found');
  return {
    id: email.messageId,
    from,
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    bcc: mailboxes(email.bcc),
    replyTo: mailboxes(email.replyTo),
    subject: email.subject ?? '',
    date: (dateHeader && dateWithOffset(dateHeader)) ?? email.date ?? null,
    text: email.text ?? '',
    html: email.html ?? null,
    attachments: email.attachments.map(toAttachment),
  };
}

function mailboxes(list: MimeAddress[] | undefined): Address[] {
  const result: Address[] = [];
  for (const entry of list ?? []) {
    if (entry.group)
      for (const member of entry.group)
        result.push({ name: member.name ?? '', address: member.address ?? '' });
    else result.push({ name: entry.name ?? '', address: entry.address ?? '' });
  }
  return result;
}

function toAttachment(attachment: Email['attachments'][number]): MailAttachment {
  const content = attachment.content;
  const bytes =
    typeof content === 'string'
      ? new TextEncoder().encode(content)
      : content instanceof Uint8Array
        ? content
        : new Uint8Array(content);
  return {
    filename: attachment.filename ?? '',
    mimeType: attachment.mimeType ?? 'application/octet-stream',
    size: bytes.byteLength,
    bytes,
  };
}

/**
 * "Tue, 3 Mar 2026 23:15:00 -0500" -> "2026-03-03T23:15:00-05:00": keeps the sender's offset,
 * so the message's own calendar day is the one the sender saw.
 */
export function dateWithOffset(header: string): string | null {
  const match = RFC_DATE.exec(header);
  if (!match) return null;
  const [, day, monthName, yearText, hour, minute, second = '00', zone = '+0000'] = match;
  const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(yearText);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const offset = /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : '+00:00';
  const pad = (value: string | number) => String(value).padStart(2, '0');
  const iso = `${year}-${pad(month)}-${pad(day!)}T${pad(hour!)}:${minute}:${pad(second)}${offset}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}
