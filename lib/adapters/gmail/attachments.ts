import type { MailAttachment } from '../../detect/types.ts';
import type { GmailAttachmentCard } from './sdk-types.ts';

/** Larger files are not fetched: invoices are small, and the bytes stay in this tab's memory. */
export const MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024;

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  xml: 'application/xml',
  csv: 'text/csv',
  txt: 'text/plain',
  html: 'text/html',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** Only these can carry an invoice detection reads: PDF text, embedded or plain e-invoice XML. */
const READABLE = new Set(['pdf', 'xml']);

/** Fetches an attachment's bytes; null when it is too large or cannot be fetched. */
export type DownloadAttachment = (url: string) => Promise<Uint8Array | null>;

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0
    ? ''
    : filename
        .slice(dot + 1)
        .trim()
        .toLowerCase();
}

export function mimeTypeOf(filename: string): string {
  return MIME_BY_EXTENSION[extensionOf(filename)] ?? 'application/octet-stream';
}

export function isReadableAttachment(filename: string): boolean {
  return READABLE.has(extensionOf(filename));
}

/**
 * Attachment names from the message's file cards; with `download`, the bytes of its PDFs and
 * XMLs too (Gmail's card hands out a short-lived URL that needs no cookies).
 */
export async function readAttachments(
  cards: GmailAttachmentCard[],
  download?: DownloadAttachment,
): Promise<MailAttachment[]> {
  return Promise.all(
    cards.map(async (card): Promise<MailAttachment> => {
      const filename = card.getTitle().trim();
      const attachment: MailAttachment = { filename, mimeType: mimeTypeOf(filename), size: 0 };
      if (!download || !isReadableAttachment(filename)) return attachment;
      try {
        const url = await card.getDownloadURL();
        const bytes = url ? await download(url) : null;
        if (bytes) return { ...attachment, size: bytes.length, bytes };
      } catch (error) {
        console.warn(`Tactful: could not fetch the attachment "${filename}"`, error);
      }
      return attachment;
    }),
  );
}

/** The default download: `fetch`, refusing anything over MAX_ATTACHMENT_BYTES. */
export const fetchAttachment: DownloadAttachment = async (url) => {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) return null;
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_ATTACHMENT_BYTES) return null;
  const buffer = await response.arrayBuffer();
  return buffer.byteLength > MAX_ATTACHMENT_BYTES ? null : new Uint8Array(buffer);
};
