import type { MailAttachment } from '../../detect/types.ts';
import { findAll } from './selectors.ts';

const MIME_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  xml: 'application/xml',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

const FILE_NAME = /\S.*\.([a-z0-9]{1,5})$/i;
const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

function textParts(element: Element): string[] {
  const parts: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
  }
  return parts;
}

function sizeOf(parts: string[]): number {
  for (const part of parts) {
    const found = /^(\d+(?:[.,]\d+)?)\s*(b|kb|mb|gb)$/i.exec(part);
    if (found)
      return Math.round(Number((found[1] ?? '0').replace(',', '.')) * (UNITS[found[2]!.toLowerCase()] ?? 1));
  }
  return 0;
}

/** One tile: its file name (the tile's title, else its text that looks like a file name) and size. */
function readTile(tile: Element): MailAttachment | null {
  const parts = textParts(tile);
  const title = tile.getAttribute('title')?.trim() ?? '';
  const filename = FILE_NAME.test(title)
    ? title
    : (parts.find((part) => FILE_NAME.test(part)) ?? parts[0] ?? '');
  if (filename === '') return null;
  const extension = FILE_NAME.exec(filename)?.[1]?.toLowerCase() ?? '';
  return {
    filename,
    mimeType: MIME_TYPES[extension] ?? 'application/octet-stream',
    size: sizeOf(parts),
  };
}

/** The attachment names under a message's `_ATTACHMENTS` heading (bytes are never fetched here). */
export function readAttachments(heading: Element): MailAttachment[] {
  let tiles = findAll(heading, 'attachmentTile');
  const next = heading.nextElementSibling;
  if (tiles.length === 0 && next) tiles = findAll(next, 'attachmentTile');
  return tiles.flatMap((tile) => {
    const attachment = readTile(tile);
    return attachment ? [attachment] : [];
  });
}
