import type { IsoDate } from '../../dates/calendar.ts';
import { dueDateFromTermsText } from './dates.ts';

export interface TermsFields {
  terms: string | null;
  dueDate: IsoDate | null;
}

/**
 * Joins the terms texts and settles the due date: the latest structured due date (several
 * terms mean instalments or discount dates; the last is the net date), else a date written
 * in the terms prose, noted as such.
 */
export function settleTerms(texts: string[], structuredDueDates: IsoDate[], notes: string[]): TermsFields {
  const unique = [...new Set(texts)];
  const terms = unique.length > 0 ? unique.join('\n') : null;
  const structured = structuredDueDates.reduce<IsoDate | null>(
    (latest, date) => (latest === null || date > latest ? date : latest),
    null,
  );
  if (structured !== null) return { terms, dueDate: structured };
  const fromText = terms === null ? null : dueDateFromTermsText(terms);
  if (fromText !== null) notes.push('due date read from the payment terms text');
  return { terms, dueDate: fromText };
}

// Words that mark a free-text note as payment terms (German, English, French, Italian).
const TERMS_WORDS =
  /zahlbar|zahlungsziel|netto|fällig|payable|payment terms|\bnet \d+|\bdue\b|à payer|échéance|pagabile/i;

/**
 * Payment terms hidden in free-text notes, for documents without a terms element (ZUGFeRD 1
 * BASIC puts "Zahlbar … bis 04.04.2013" in a note): lines of notes whose subject is AAB
 * (terms of payment) or unset that read like terms.
 */
export function termsFromNotes(notes: { text: string; subject: string | null }[]): string[] {
  return notes
    .filter((note) => note.subject === null || note.subject === 'AAB')
    .flatMap((note) => note.text.split(/\r?\n/))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && TERMS_WORDS.test(line));
}
