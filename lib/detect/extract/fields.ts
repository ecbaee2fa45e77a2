import { daysBetween, type IsoDate } from '../../dates/calendar.ts';
import type { Money } from '../../money/amount.ts';
import { INVOICE_WORD } from '../classify/keywords.ts';
import type { Detected, FieldSource, MailAttachment } from '../types.ts';
import { type AmountChoice, chooseAmountDue, findAmounts } from './amount.ts';
import { currencyHints } from './currency-symbols.ts';
import { type DateMention, type DayOrder, decideDayOrder, dueFromDaysOverdue, findDates } from './dates.ts';
import {
  findHashNumber,
  findInvoiceNumbers,
  invoiceNumberFromFilename,
  type NumberMatch,
} from './invoice-number.ts';
import { dueDateFromTerms, findTerms } from './terms.ts';

export interface FieldsInput {
  subject: string;
  own: string;
  quoted: string;
  attachments: MailAttachment[];
  senderDomain: string;
  /** The message's own day. */
  reference: IsoDate;
  /** A reminder: "please pay within 7 days" there sets a new deadline, not the invoice's due date. */
  reminder?: boolean;
  /** Text of attached PDFs: fills what the mail leaves out, or states it more surely. */
  attachmentText?: string;
}

export interface MessageFields {
  invoiceNumber: Detected<string> | null;
  amountDue: Detected<Money> | null;
  currency: Detected<string> | null;
  issueDate: Detected<IsoDate> | null;
  dueDate: Detected<IsoDate> | null;
  terms: Detected<string> | null;
  dayOrder: DayOrder;
}

/** Quoted history is older and may be about something else: trust it less. */
const QUOTED_TRUST = 0.75;

type FieldName = Exclude<keyof MessageFields, 'dayOrder'>;
const FIELD_NAMES: FieldName[] = ['invoiceNumber', 'amountDue', 'currency', 'issueDate', 'dueDate', 'terms'];

/**
 * Extracts every invoice field from the new part, the subject, file names, then quoted
 * history; with attachment text, a field the attachment states more surely wins.
 */
export function extractFields(input: FieldsInput): MessageFields {
  const fromMail = extractFrom(input);
  if (!input.attachmentText?.trim()) return fromMail;
  const withAttachment = extractFrom({ ...input, own: `${input.own}\n\n${input.attachmentText}` });
  const merged: MessageFields = { ...fromMail, dayOrder: withAttachment.dayOrder };
  for (const name of FIELD_NAMES) {
    const mail = fromMail[name] as Detected<unknown> | null;
    const both = withAttachment[name] as Detected<unknown> | null;
    if (!both || (mail && mail.confidence >= both.confidence)) continue;
    const same = mail !== null && JSON.stringify(mail.value) === JSON.stringify(both.value);
    const source = same ? mail.source : both.source === 'body' ? 'attachment' : both.source;
    (merged as unknown as Record<string, unknown>)[name] = { ...both, source };
  }
  return merged;
}

function extractFrom(raw: FieldsInput): MessageFields {
  const invoiceNumber = pickNumber(raw);
  const input = maskNumber(raw, invoiceNumber?.value ?? null);
  const hints = currencyHints(`${input.subject}\n${input.own}`, input.senderDomain);
  const amount = pickAmount(input, hints);
  const currency = amount ? amount.value.currency : null;
  const dayOrder = decideDayOrder(`${input.subject}\n${input.own}`, currency, input.senderDomain);
  const context = { reference: input.reference, order: dayOrder };
  const ownDates = findDates(input.own, context);
  const subjectDates = findDates(input.subject, context);
  let quotedCache: DateMention[] | null = null;
  const quotedDates = (): DateMention[] => {
    quotedCache ??= input.quoted ? findDates(input.quoted, context) : [];
    return quotedCache;
  };

  const issueDate =
    firstWithRole(ownDates, 'issue', 'body', 0.85) ??
    firstWithRole(subjectDates, 'issue', 'subject', 0.8) ??
    firstWithRole(quotedDates(), 'issue', 'quoted', 0.85 * QUOTED_TRUST);

  const termsFound =
    findTerms(input.own) ?? findTerms(input.subject) ?? (input.quoted ? findTerms(input.quoted) : null);
  const terms: Detected<string> | null = termsFound
    ? {
        value: termsFound.text,
        source: input.own.includes(termsFound.text) ? 'body' : 'quoted',
        confidence: 0.8,
      }
    : null;

  const statedIssue = issueDate?.source === 'header' ? undefined : issueDate?.value;
  let dueDate =
    firstWithRole(ownDates, 'due', 'body', 0.88, statedIssue) ??
    firstWithRole(subjectDates, 'due', 'subject', 0.85, statedIssue);
  if (!dueDate) {
    const overdue = dueFromDaysOverdue(input.own, input.reference);
    if (overdue) dueDate = { value: overdue, source: 'body', confidence: 0.6 };
  }
  if (!dueDate && termsFound && (issueDate || !input.reminder)) {
    const base = issueDate?.value ?? input.reference;
    dueDate = {
      value: dueDateFromTerms(termsFound, base),
      source: 'terms',
      confidence: issueDate ? 0.75 : 0.6,
    };
  }
  dueDate ??= firstWithRole(quotedDates(), 'due', 'quoted', 0.88 * QUOTED_TRUST, statedIssue);

  return {
    invoiceNumber,
    amountDue: amount,
    currency: amount
      ? { value: amount.value.currency, source: amount.source, confidence: amount.confidence }
      : null,
    issueDate,
    dueDate,
    terms,
    dayOrder,
  };
}

/** Blanks the invoice number out of the texts, so "FV 4/02/2026" is not also read as a date. */
function maskNumber(input: FieldsInput, value: string | null): FieldsInput {
  if (!value || !/[^\d]/.test(value)) return input;
  const blank = ' '.repeat(value.length);
  const mask = (text: string) => (text.includes(value) ? text.split(value).join(blank) : text);
  return { ...input, subject: mask(input.subject), own: mask(input.own), quoted: mask(input.quoted) };
}

function pickAmount(input: FieldsInput, hints: ReturnType<typeof currencyHints>): Detected<Money> | null {
  const body = chooseAmountDue(findAmounts(input.own, hints));
  const subject = chooseAmountDue(findAmounts(input.subject, hints));
  const strongBody = body && (body.role === 'due' || body.role === 'total');
  if (strongBody || (body && !subject)) return detected(body, 'body', 1);
  if (subject) return detected(subject, 'subject', 0.95);
  const quoted = input.quoted ? chooseAmountDue(findAmounts(input.quoted, hints)) : null;
  return quoted ? detected(quoted, 'quoted', QUOTED_TRUST) : null;
}

function detected(choice: AmountChoice, source: FieldSource, trust: number): Detected<Money> {
  return {
    value: { amountMinor: choice.amountMinor, currency: choice.currency },
    source,
    confidence: round(choice.confidence * trust),
  };
}

function pickNumber(input: FieldsInput): Detected<string> | null {
  const candidates: { match: NumberMatch; source: FieldSource }[] = [];
  const own = findInvoiceNumbers(input.own)[0];
  if (own) candidates.push({ match: own, source: 'body' });
  const subject =
    findInvoiceNumbers(input.subject)[0] ??
    (INVOICE_WORD.test(input.subject) ? findHashNumber(input.subject) : null);
  if (subject)
    candidates.push({ match: { ...subject, confidence: subject.confidence + 0.01 }, source: 'subject' });
  if (candidates.length === 0) {
    for (const attachment of input.attachments) {
      const value = invoiceNumberFromFilename(attachment.filename ?? '');
      if (value) {
        candidates.push({ match: { value, index: 0, confidence: 0.7 }, source: 'attachment-name' });
        break;
      }
    }
  }
  if (candidates.length === 0 && input.quoted) {
    const quoted = findInvoiceNumbers(input.quoted)[0];
    if (quoted)
      candidates.push({
        match: { ...quoted, confidence: quoted.confidence * QUOTED_TRUST },
        source: 'quoted',
      });
  }
  candidates.sort((a, b) => b.match.confidence - a.match.confidence);
  const best = candidates[0];
  if (!best) return null;
  const agreed = candidates.filter((candidate) => candidate.match.value === best.match.value).length > 1;
  return {
    value: best.match.value,
    source: best.source,
    confidence: round(Math.min(0.97, best.match.confidence + (agreed ? 0.05 : 0))),
  };
}

function firstWithRole(
  dates: DateMention[],
  role: 'issue' | 'due',
  source: FieldSource,
  confidence: number,
  notBefore?: IsoDate,
): Detected<IsoDate> | null {
  for (const mention of dates) {
    if (mention.role !== role) continue;
    // A due date before the issue date was misread (or belongs to something else).
    if (notBefore && daysBetween(notBefore, mention.date) < 0) continue;
    return { value: mention.date, source, confidence: round(confidence) };
  }
  return null;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
