import { toDecimalString } from '../money/amount.ts';
import { parseEml } from './eml.ts';
import type { Identities, MessageDetection } from './types.ts';
import { detectMessageWithAttachments } from './with-attachments.ts';

/** One line of `npm run detect`: the message's kind and invoice fields, null when unknown. */
export interface DetectLine {
  file: string;
  kind: MessageDetection['kind'];
  direction: MessageDetection['direction'];
  invoiceNumber: string | null;
  /** Decimal string in major units ("1234.56"). */
  amount: string | null;
  currency: string | null;
  issueDate: string | null;
  dueDate: string | null;
  confidence: number;
}

export class UnreadableMailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableMailError';
  }
}

/** Parses raw .eml bytes and detects them as one message (the new part decides). */
export async function detectEml(bytes: Uint8Array, identities: Identities): Promise<MessageDetection> {
  if (bytes.length === 0) throw new UnreadableMailError('the file is empty');
  let message: Awaited<ReturnType<typeof parseEml>>;
  try {
    message = await parseEml(bytes);
  } catch (error) {
    throw new UnreadableMailError(
      `not a readable e-mail (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return detectMessageWithAttachments(message, identities);
}

export function toDetectLine(file: string, detection: MessageDetection): DetectLine {
  const amount = detection.amountDue?.value ?? null;
  return {
    file,
    kind: detection.kind,
    direction: detection.direction,
    invoiceNumber: detection.invoiceNumber?.value ?? null,
    amount: amount ? toDecimalString(amount.amountMinor, amount.currency) : null,
    currency: detection.currency?.value ?? amount?.currency ?? null,
    issueDate: detection.issueDate?.value ?? null,
    dueDate: detection.dueDate?.value ?? null,
    confidence: detection.confidence,
  };
}
