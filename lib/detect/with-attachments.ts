import type { EInvoiceFields } from './einvoice/types.ts';
import { namesBusiness } from './extract/parties.ts';
import { detectWithAttachmentText } from './message.ts';
import type {
  Detected,
  DetectOptions,
  Direction,
  Identities,
  MailAttachment,
  MessageDetection,
  NormalisedMessage,
} from './types.ts';

const EINVOICE_CONFIDENCE = 0.99;
const MAX_FILES = 4;
const MAX_PDF_TEXTS = 2;

/**
 * Like detectMessage, then reads structured e-invoices (Factur-X, ZUGFeRD, XRechnung, UBL)
 * from PDF and XML attachments that carry bytes: their fields win over the text. The
 * e-invoice reader (and pdf.js behind it) is loaded only when such an attachment exists.
 */
export async function detectMessageWithAttachments(
  message: NormalisedMessage,
  identities: Identities,
  options: DetectOptions = {},
): Promise<MessageDetection> {
  const candidates = (Array.isArray(message?.attachments) ? message.attachments : [])
    .filter(isEInvoiceCandidate)
    .slice(0, MAX_FILES);
  const pdfText = await readPdfTexts(candidates.filter((file) => isPdf(file)));
  const detection = detectWithAttachmentText(message, identities, options, pdfText);
  if (candidates.length === 0 || isDecisiveLookalike(detection)) return detection;
  const fields = await readFirstEInvoice(candidates);
  return fields ? applyEInvoice(detection, fields, identities) : detection;
}

function isPdf(file: MailAttachment): boolean {
  return /\.pdf$/i.test(file.filename ?? '') || /pdf/i.test(file.mimeType ?? '');
}

async function readPdfTexts(files: (MailAttachment & { bytes: Uint8Array })[]): Promise<string> {
  const texts: string[] = [];
  for (const file of files.slice(0, MAX_PDF_TEXTS)) {
    try {
      const text = await (await import('./pdf-text.ts')).readPdfText(file.bytes);
      if (text) texts.push(text);
    } catch {
      // An unreadable PDF leaves the mail's own text to decide.
    }
  }
  return texts.join('\n\n');
}

function isEInvoiceCandidate(
  attachment: MailAttachment,
): attachment is MailAttachment & { bytes: Uint8Array } {
  if (!attachment?.bytes || attachment.bytes.length === 0) return false;
  const name = typeof attachment.filename === 'string' ? attachment.filename : '';
  const type = typeof attachment.mimeType === 'string' ? attachment.mimeType : '';
  return /\.(?:pdf|xml)$/i.test(name) || /pdf|xml/i.test(type);
}

async function readFirstEInvoice(
  files: (MailAttachment & { bytes: Uint8Array })[],
): Promise<EInvoiceFields | null> {
  let reader: typeof import('./einvoice/index.ts');
  try {
    reader = await import('./einvoice/index.ts');
  } catch {
    return null;
  }
  for (const file of files) {
    try {
      const fields = await reader.extractEInvoice(file.bytes, file.filename);
      if (fields && (fields.invoiceNumber || fields.amountDueMinor !== null)) return fields;
    } catch {
      // The reader promises not to throw; a broken attachment must not break detection either way.
    }
  }
  return null;
}

/** Phishing and auto-replies stay what they are, whatever is attached. */
function isDecisiveLookalike(detection: MessageDetection): boolean {
  return detection.signals.some(
    (name) => name.startsWith('lookalike:phishing') || name === 'lookalike:auto-reply',
  );
}

function applyEInvoice(
  detection: MessageDetection,
  fields: EInvoiceFields,
  identities: Identities,
): MessageDetection {
  const stated = <T>(value: T | null): Detected<T> | null =>
    value === null ? null : { value, source: 'einvoice', confidence: EINVOICE_CONFIDENCE };
  const kind = detection.kind === 'other' ? 'invoice' : detection.kind;
  const direction = directionFromParties(fields, identities) ?? detection.direction ?? null;
  const amountDue =
    fields.amountDueMinor !== null && fields.currency !== null && fields.documentType !== 'credit-note'
      ? stated({ amountMinor: Math.max(0, fields.amountDueMinor), currency: fields.currency })
      : null;
  const buyer =
    fields.buyerName || fields.buyerEmail ? { name: fields.buyerName, email: fields.buyerEmail } : null;
  const seller =
    fields.sellerName || fields.sellerEmail ? { name: fields.sellerName, email: fields.sellerEmail } : null;
  const counterparty = direction === 'received' ? seller : buyer;
  return {
    ...detection,
    kind,
    direction: kind === 'invoice' ? direction : detection.direction,
    invoiceNumber: stated(fields.invoiceNumber) ?? detection.invoiceNumber,
    amountDue: amountDue ?? detection.amountDue,
    currency: stated(fields.currency) ?? detection.currency,
    issueDate: stated(fields.issueDate) ?? detection.issueDate,
    dueDate: stated(fields.dueDate) ?? detection.dueDate,
    terms: stated(fields.terms) ?? detection.terms,
    client: stated(counterparty) ?? detection.client,
    confidence: Math.max(detection.confidence, kind === 'invoice' ? 0.95 : detection.confidence),
    reason: null,
    signals: [...detection.signals, `einvoice:${fields.profile}`],
  };
}

/** The e-invoice names seller and buyer: whichever is the user's business decides. */
function directionFromParties(fields: EInvoiceFields, identities: Identities): Direction | null {
  const mine = (email: string | null) =>
    email !== null && identities.addresses.some((address) => address.toLowerCase() === email.toLowerCase());
  if (
    mine(fields.sellerEmail) ||
    (fields.sellerName && namesBusiness(fields.sellerName, identities.businessName))
  ) {
    return 'sent';
  }
  if (
    mine(fields.buyerEmail) ||
    (fields.buyerName && namesBusiness(fields.buyerName, identities.businessName))
  ) {
    return 'received';
  }
  return null;
}
