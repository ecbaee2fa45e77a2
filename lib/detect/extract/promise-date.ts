// The locale namespaces come from the package root: vitest's resolver cannot follow
// chrono-node's "./*" export pattern for its subpaths.
import { de as chronoDe, en as chronoEn, es as chronoEs, fr as chronoFr } from 'chrono-node';
import { daysInMonth, type IsoDate, isIsoDate, makeIsoDate, toEpochDay } from '../../dates/calendar.ts';
import { type DayOrder, findDates } from './dates.ts';

/** The day of month alone: "by the 20th", "am 20.", "le 20", "el día 20". */
const DAY_OF_MONTH =
  /\b(?:the|am|le|el(?:\s+día)?|il|op)\s+(\d{1,2})(?:st|nd|rd|th|er|\.|º)?(?!\s*(?:\d|[./-]\d|days?|tage|jours|días|%|€|\$))/iu;
const PARSERS = [chronoEn, chronoDe, chronoFr, chronoEs];
const SNIPPET = 240;

/**
 * The date a client promises to pay by, read from the sentence that makes the promise:
 * written dates first, then "the 20th", then weekdays and relative words (via chrono,
 * run only on that short sentence).
 */
export function findPromiseDate(
  text: string,
  promiseIndex: number,
  reference: IsoDate,
  order: DayOrder,
): IsoDate | null {
  const start = Math.max(0, sentenceStart(text, promiseIndex));
  const sentence = text.slice(start, Math.min(text.length, start + SNIPPET));
  const written = findDates(sentence, { reference, order }).find((mention) => mention.date >= reference);
  if (written) return written.date;
  const day = DAY_OF_MONTH.exec(sentence);
  if (day) {
    const next = nextDayOfMonth(Number(day[1]), reference);
    if (next) return next;
  }
  return relativeDate(sentence, reference);
}

function relativeDate(sentence: string, reference: IsoDate): IsoDate | null {
  const [year, month, day] = reference.split('-').map(Number) as [number, number, number];
  const referenceDate = new Date(year, month - 1, day, 12);
  for (const parser of PARSERS) {
    const results = parser.parse(sentence, referenceDate, { forwardDate: true });
    for (const result of results) {
      const date = makeIsoDate(
        result.start.get('year') ?? year,
        result.start.get('month') ?? month,
        result.start.get('day') ?? day,
      );
      if (isIsoDate(date) && date >= reference && toEpochDay(date) - toEpochDay(reference) <= 366)
        return date;
    }
  }
  return null;
}

function nextDayOfMonth(dayOfMonth: number, reference: IsoDate): IsoDate | null {
  if (dayOfMonth < 1 || dayOfMonth > 31) return null;
  const [year, month] = reference.split('-').map(Number) as [number, number];
  for (let offset = 0; offset < 3; offset++) {
    const index = year * 12 + (month - 1) + offset;
    const candidateYear = Math.floor(index / 12);
    const candidateMonth = (index % 12) + 1;
    if (dayOfMonth > daysInMonth(candidateYear, candidateMonth)) continue;
    const date = makeIsoDate(candidateYear, candidateMonth, dayOfMonth);
    if (date >= reference) return date;
  }
  return null;
}

function sentenceStart(text: string, index: number): number {
  let start = index;
  const floor = Math.max(0, index - 120);
  while (start > floor) {
    const char = text[start - 1];
    if (char === '\n' || char === '.' || char === '!' || char === '?') break;
    start--;
  }
  return start;
}
