/**
 * Structured e-invoices: Factur-X / ZUGFeRD 1 and 2 / XRechnung embedded in a PDF, or a bare
 * CII or UBL XML attachment, read into EInvoiceFields.
 *
 * `extractEInvoice` and `parseEInvoiceXml` answer null when there is no e-invoice and never
 * throw. To learn why (for the UI's "why" or a debug log), call `inspectEInvoice` or
 * `inspectEInvoiceXml`: same work, returning `{ fields, problem, notes, embeddedFile }`.
 */
import { chooseEmbeddedInvoice } from './choose-embedded.ts';
import { readPdfAttachments } from './pdf-attachments.ts';
import { readEInvoiceXml } from './read-xml.ts';
import type { EInvoiceFields, EInvoiceInspection } from './types.ts';
import { decodeXmlBytes, looksLikeXml } from './xml-text.ts';

export type { EInvoiceDocumentType, EInvoiceFields, EInvoiceInspection } from './types.ts';

/** Mail attachments above this are not hybrid invoices worth opening in the mailbox. */
export const MAX_EINVOICE_BYTES = 15 * 1024 * 1024;

export async function extractEInvoice(bytes: Uint8Array, filename: string): Promise<EInvoiceFields | null> {
  return (await inspectEInvoice(bytes, filename)).fields;
}

export function parseEInvoiceXml(xml: string): EInvoiceFields | null {
  return inspectEInvoiceXml(xml).fields;
}

/** Like extractEInvoice, with the reason when there is nothing and remarks when there is. */
export async function inspectEInvoice(bytes: Uint8Array, filename: string): Promise<EInvoiceInspection> {
  try {
    if (!isByteArray(bytes)) return failure('the input is not a byte array');
    if (bytes.length === 0) return failure('the file is empty');
    if (bytes.length > MAX_EINVOICE_BYTES) return failure('the file is larger than 15 MB');
    if (hasPdfHeader(bytes)) {
      const attachments = await readPdfAttachments(bytes);
      return attachments.ok ? chooseEmbeddedInvoice(attachments.files) : failure(attachments.problem);
    }
    if (/\.xml$/i.test(filename) || looksLikeXml(bytes)) {
      const decoded = decodeXmlBytes(bytes);
      return decoded.ok ? inspectEInvoiceXml(decoded.text) : failure(decoded.problem);
    }
    if (/\.pdf$/i.test(filename)) return failure('the file is named .pdf but is not a PDF (no %PDF header)');
    return failure('the file is neither a PDF nor XML');
  } catch (error) {
    // Belt and braces: the readers do not throw, but a mail must never break detection.
    return failure(`unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Like parseEInvoiceXml, with the reason when there is nothing and remarks when there is. */
export function inspectEInvoiceXml(xml: string): EInvoiceInspection {
  try {
    if (typeof xml !== 'string') return failure('the XML is not text');
    const result = readEInvoiceXml(xml);
    return result.ok
      ? { fields: result.fields, problem: null, notes: result.notes, embeddedFile: null }
      : failure(result.problem);
  } catch (error) {
    return failure(`unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function failure(problem: string): EInvoiceInspection {
  return { fields: null, problem, notes: [], embeddedFile: null };
}

// Checked by tag, not instanceof: bytes may come from another realm (a frame, a message).
function isByteArray(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

// PDF readers accept the header anywhere in the first kilobyte (ISO 32000 implementation note).
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let at = head.indexOf(0x25); at !== -1; at = head.indexOf(0x25, at + 1)) {
    if (PDF_MAGIC.every((byte, offset) => head[at + offset] === byte)) return true;
  }
  return false;
}
