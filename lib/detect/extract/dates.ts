import { addDays, daysBetween, type IsoDate, isIsoDate, makeIsoDate } from '../../dates/calendar.ts';
import type { Phrases } from '../classify/phrases.ts';
import { DUE_LABEL, TOTAL_LABEL } from './amount-labels.ts';
import {
  DAYS_OVERDUE,
  DUE_DATE_LABEL,
  ISSUE_DATE_LABEL,
  OTHER_DATE_LABEL,
  PAY_WORD,
  WEAK_DUE_DATE_LABEL,
} from './date-labels.ts';
import { headerRowCells, labelAbove, startsCell } from './layout.ts';
import { MONTH_NAME_SOURCE, monthNumber } from './month-names.ts';

export type DayOrder = 'dmy' | 'mdy';
export type DateRole = 'due' | 'issue' | 'other' | 'none';

export interface DateMention {
  date: IsoDate;
  index: number;
  end: number;
  role: DateRole;
}

export interface DateContext {
  /** The message's own day: completes dates written without a year. */
  reference: IsoDate | null;
  order: DayOrder;
}

type PatternKind = 'iso' | 'ymd' | 'numeric' | 'dmy-name' | 'mdy-name' | 'cjk' | 'cjk-no-year';

/**
 * Month-name patterns run on lower-cased text without the `i` flag or a look-behind (the word
 * boundary before a month is checked in code): twenty times faster on long mails.
 */
const MONTH = `(?<month>${MONTH_NAME_SOURCE})(?!\\p{L})\\.?`;
const PATTERNS: ReadonlyArray<{ pattern: RegExp; kind: PatternKind }> = [
  { kind: 'iso', pattern: /(?<![\d.])(?<year>\d{4})-(?<mm>\d{1,2})-(?<dd>\d{1,2})(?!\d)/gu },
  { kind: 'ymd', pattern: /(?<![\d.])(?<year>\d{4})[/.](?<mm>\d{1,2})[/.](?<dd>\d{1,2})(?![\d])/gu },
  {
    kind: 'numeric',
    pattern: /(?<![\d./-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})(?!\d|[./-]\d)/gu,
  },
  {
    kind: 'dmy-name',
    pattern: new RegExp(
      `(?<!\\d)(?<dd>\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?\\s{0,2}(?:de\\s+|of\\s+|-)?${MONTH}(?:,?\\s{0,2}(?:de\\s+|del\\s+|-)?(?<year>\\d{4}(?!\\d)|\\d{2}(?![\\d:.,/])))?`,
      'gdu',
    ),
  },
  {
    kind: 'mdy-name',
    pattern: new RegExp(
      `${MONTH}\\s{0,2}(?<dd>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s{0,2}(?<year>\\d{4})(?!\\d))?`,
      'gdu',
    ),
  },
  { kind: 'cjk', pattern: /(?<year>\d{4})\s*年\s*(?<mm>\d{1,2})\s*月\s*(?<dd>\d{1,2})\s*日/gu },
  { kind: 'cjk-no-year', pattern: /(?<![\d年])(?<mm>\d{1,2})\s*月\s*(?<dd>\d{1,2})\s*日/gu },
];
const LETTER = /\p{L}/u;

const LABEL_WINDOW = 60;
const MONTH_FIRST = new RegExp(`${MONTH}\\s{0,2}\\d{1,2}(?:st|nd|rd|th)?,?\\s{0,2}\\d{4}`, 'u');
const DAY_FIRST = new RegExp(
  `(?<!\\d)\\d{1,2}(?:st|nd|rd|th|\\.)?\\s{0,2}(?:of\\s+)?${MONTH},?\\s{0,2}\\d{4}`,
  'u',
);
const MAX_DATES = 200;

/**
 * US or European day order for dates like 03/04/2026: unambiguous dates in the text
 * decide first, then how month names are written, the currency and the sender's domain.
 */
export function decideDayOrder(text: string, currency: string | null, senderDomain: string): DayOrder {
  let mdy = 0;
  const numeric = /(?<![\d./-])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/g;
  let seen = 0;
  for (let match = numeric.exec(text); match && seen < 50; match = numeric.exec(text), seen++) {
    const a = Number(match[1]);
    const b = Number(match[3]);
    if (a > 12 && b <= 12) mdy -= 3;
    else if (b > 12 && a <= 12) mdy += 3;
  }
  if (/(?<![\d./-])\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d)/.test(text)) mdy -= 1;
  const lower = text.toLowerCase();
  if (MONTH_FIRST.test(lower)) mdy += 1;
  if (DAY_FIRST.test(lower)) mdy -= 1;
  if (currency === 'USD') mdy += 1.5;
  else if (currency && currency !== 'CAD') mdy -= 1.5;
  const tld = senderDomain.split('.').pop()?.toLowerCase() ?? '';
  if (tld === 'us') mdy += 1;
  else if (tld.length === 2 && tld !== 'ca' && tld !== 'io' && tld !== 'co' && tld !== 'ai') mdy -= 1;
  return mdy > 0 ? 'mdy' : 'dmy';
}

/** Finds written dates (numeric, ISO, month names in several languages, 2026年3月4日) and their role. */
export function findDates(text: string, context: DateContext): DateMention[] {
  const found: DateMention[] = [];
  const folded = text.toLowerCase();
  // Lower-casing keeps positions except for rare letters (Turkish İ); then names are matched as written.
  const lower = folded.length === text.length ? folded : text;
  for (const { kind, pattern } of PATTERNS) {
    const named = kind === 'dmy-name' || kind === 'mdy-name';
    const subject = named ? lower : text;
    pattern.lastIndex = 0;
    for (
      let match = pattern.exec(subject);
      match && found.length < MAX_DATES;
      match = pattern.exec(subject)
    ) {
      const groups = { ...(match.groups ?? {}) };
      if (named) {
        const [monthStart, monthEnd] = match.indices?.groups?.month ?? [0, 0];
        if (kind === 'mdy-name' && monthStart > 0 && LETTER.test(text[monthStart - 1]!)) continue;
        groups.month = text.slice(monthStart, monthEnd);
      }
      const date = toDate(kind, groups, context);
      if (date) found.push({ date, index: match.index, end: match.index + match[0].length, role: 'none' });
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const dates: DateMention[] = [];
  let lastEnd = -1;
  for (const mention of found) {
    if (mention.index < lastEnd) continue;
    dates.push(mention);
    lastEnd = mention.end;
  }
  let previousEnd = 0;
  let currentLine = -1;
  let ordinal = 0;
  for (const mention of dates) {
    const start = lineStart(text, mention.index);
    ordinal = start === currentLine ? ordinal + 1 : 0;
    currentLine = start;
    mention.role = roleAt(text, Math.max(previousEnd, start), mention.index, mention.end, ordinal);
    previousEnd = mention.end;
  }
  return dates;
}

/** The due date implied by "10 days overdue" and a reference day. */
export function dueFromDaysOverdue(text: string, reference: IsoDate | null): IsoDate | null {
  if (!reference) return null;
  const match = DAYS_OVERDUE.exec(text);
  const days = Number(match?.[1] ?? match?.[2] ?? Number.NaN);
  if (!Number.isFinite(days) || days <= 0) return null;
  return addDays(reference, -days);
}

function toDate(
  kind: PatternKind,
  groups: Record<string, string | undefined>,
  context: DateContext,
): IsoDate | null {
  let year = groups.year ? Number(groups.year) : null;
  let month: number | null;
  let day: number;
  if (kind === 'numeric') {
    const a = Number(groups.a);
    const b = Number(groups.b);
    if (groups.sep === '.' || a > 12) [day, month] = [a, b];
    else if (b > 12) [day, month] = [b, a];
    else [day, month] = context.order === 'dmy' ? [a, b] : [b, a];
  } else if (kind === 'dmy-name' || kind === 'mdy-name') {
    // "we may 3…", "3 days ago": lower-case words that are also month names need a year.
    if (year === null && (groups.month === 'may' || groups.month === 'ago')) return null;
    month = monthNumber(groups.month ?? '');
    day = Number(groups.dd);
  } else {
    month = Number(groups.mm);
    day = Number(groups.dd);
  }
  if (month === null) return null;
  if (year !== null && year < 100) year += 2000;
  if (year === null) year = inferYear(month, day, context.reference);
  if (year === null || year < 1990 || year > 2100) return null;
  const date = makeIsoDate(year, month, day);
  return isIsoDate(date) ? date : null;
}

/** A date written without a year is the one nearest the reference day. */
function inferYear(month: number, day: number, reference: IsoDate | null): number | null {
  if (!reference) return null;
  const year = Number(reference.slice(0, 4));
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of [year - 1, year, year + 1]) {
    const date = makeIsoDate(candidate, month, day);
    if (!isIsoDate(date)) continue;
    const distance = Math.abs(daysBetween(reference, date));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function roleAt(text: string, windowStart: number, start: number, end: number, ordinal: number): DateRole {
  const before = text.slice(Math.max(windowStart, start - LABEL_WINDOW), start);
  const role = roleOfLabel(text, before, start);
  if (role !== 'none') return role;
  // "Invoice Date  Due Date  Amount Due" above "4 Mar 2026  3 Apr 2026  $900.00": the n-th date of
  // the row takes the n-th date label of the header row.
  const header = headerRowCells(text, start, DATE_CELLS);
  if (header) {
    const cell = header.filter((candidate) => candidate.kind !== 'amount')[ordinal];
    return cell && cell.kind !== 'amount' ? cell.kind : 'none';
  }
  if (TRAILING_ISSUE.test(text.slice(end, end + 4))) return 'issue';
  // Value-first rows put the label after its value: "20-10-2015\tInvoice Date:", "17 Apr 26 Payment due".
  const trailingLabel = TRAILING_LABEL.exec(text.slice(end, end + 48))?.[1];
  if (trailingLabel) {
    const trailing = roleOfLabel(text, trailingLabel, start);
    if (trailing !== 'none') return trailing;
  }
  if (PLACE_DATE_LINE.test(text.slice(lineStart(text, start), start)) && lineEndsAfterDate(text, start))
    return 'issue';
  if (!startsCell(text, start)) return role;
  const above = labelAbove(text, start);
  // A line above that holds a date of its own is a row, not this value's label.
  return above && !/\d{2}/.test(above) ? roleOfLabel(text, above, start) : 'none';
}

function roleOfLabel(text: string, label: string, start: number): DateRole {
  const weak = WEAK_DUE_DATE_LABEL.lastSpan(label);
  const candidates: [DateRole, { start: number; end: number } | null][] = [
    ['due', DUE_DATE_LABEL.lastSpan(label)],
    ['due', weak && PAY_WORD.test(sentenceAround(text, start)) ? weak : null],
    ['other', OTHER_DATE_LABEL.lastSpan(label)],
    ['issue', ISSUE_DATE_LABEL.lastSpan(label)],
  ];
  // The label closest to the date wins; of two ending together, the longer ("invoice from" over "from").
  let best: DateRole = 'none';
  let bestSpan: { start: number; end: number } | null = null;
  for (const [role, span] of candidates) {
    if (!span) continue;
    if (!bestSpan || span.end > bestSpan.end || (span.end === bestSpan.end && span.start < bestSpan.start)) {
      best = role;
      bestSpan = span;
    }
  }
  return best;
}

const TRAILING_LABEL = /^(?:\t|[ \u00A0]{1,3})([^\t\n\d:]{2,40}?):?[ \t]*(?:\n|$)/u;

/** Written right after a date: "2026年2月28日付で" (dated). */
const TRAILING_ISSUE = /^\s?付(?:で|の|け|にて)/u;

/** A letter's place-and-date line: "Wien, am 16. März 2026", "Lisboa, 3 de março de 2026". */
const PLACE_DATE_LINE = /^\s*\p{Lu}[\p{L}. -]{1,30},\s{1,3}(?:(?:am|den|le|el|il|op|the|à|em|a)\s{1,3})?$/u;

function lineEndsAfterDate(text: string, start: number): boolean {
  const newline = text.indexOf('\n', start);
  const rest = text.slice(start, newline === -1 ? text.length : newline);
  return rest.length <= 40;
}

const DATE_CELLS: ReadonlyArray<{ kind: DateRole | 'amount'; phrases: Phrases }> = [
  { kind: 'amount', phrases: DUE_LABEL },
  { kind: 'amount', phrases: TOTAL_LABEL },
  { kind: 'due', phrases: DUE_DATE_LABEL },
  { kind: 'issue', phrases: ISSUE_DATE_LABEL },
  { kind: 'other', phrases: OTHER_DATE_LABEL },
];

function sentenceAround(text: string, index: number): string {
  return text.slice(Math.max(lineStart(text, index), index - 120), Math.min(text.length, index + 40));
}

function lineStart(text: string, index: number): number {
  const newline = text.lastIndexOf('\n', index - 1);
  return newline === -1 ? 0 : newline + 1;
}
