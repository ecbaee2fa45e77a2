import { localIsoWithOffset } from '../../dates/calendar.ts';

/**
 * Reads the date OWA shows on a message ("Mon 10/14/2026 9:14 AM", "Di 14.10.2026 09:14",
 * "14 October 2026 09:14", "Yesterday 16:02"). The text follows the user's locale and carries no
 * zone: it is the browser's local time. Month and day words come from Intl for the page's
 * language, so no per-language month table is kept here.
 */

const BIDI_AND_SPACES = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

interface Words {
  months: Map<string, number>;
  today: string[];
  yesterday: string[];
}

const wordsCache = new Map<string, Words>();

function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

function wordsFor(lang: string): Words {
  const cached = wordsCache.get(lang);
  if (cached) return cached;
  const months = new Map<string, number>();
  const today: string[] = [];
  const yesterday: string[] = [];
  for (const locale of new Set([lang, 'en'])) {
    try {
      for (let month = 0; month < 12; month++) {
        const day = new Date(Date.UTC(2026, month, 15));
        for (const style of ['long', 'short'] as const) {
          const name = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(day);
          months.set(normaliseWord(name), month + 1);
          if (name.length > 3) months.set(normaliseWord(name.slice(0, 3)), month + 1);
        }
      }
      const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
      today.push(relative.format(0, 'day').toLowerCase());
      yesterday.push(relative.format(-1, 'day').toLowerCase());
    } catch {
      // An unknown language tag: English alone then.
    }
  }
  const words = { months, today, yesterday };
  wordsCache.set(lang, words);
  return words;
}

function makeDate(year: number, month: number, day: number, hours: number, minutes: number): Date | null {
  const fullYear = year < 100 ? 2000 + year : year;
  const date = new Date(fullYear, month - 1, day, hours, minutes);
  const valid =
    date.getFullYear() === fullYear &&
    date.getMonth() === month - 1 &&
    date.getDate() === day &&
    hours < 24 &&
    minutes < 60;
  return valid ? date : null;
}

function readTime(text: string): { hours: number; minutes: number } {
  const time =
    /(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap])\.?\s*m\.?(?![a-z])/i.exec(text) ??
    /(\d{1,2}):(\d{2})/.exec(text);
  if (!time) return { hours: 0, minutes: 0 };
  let hours = Number(time[1]);
  const meridiem = time[3]?.toLowerCase();
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  return { hours, minutes: Number(time[2]) };
}

/** Month-first when the page says US English, or when the numbers leave no other reading. */
function numericOrder(first: number, second: number, separator: string, lang: string): 'dmy' | 'mdy' {
  if (separator === '.') return 'dmy';
  if (first > 12) return 'dmy';
  if (second > 12) return 'mdy';
  return /^en-us$/i.test(lang) || /^en$/i.test(lang) ? 'mdy' : 'dmy';
}

function readCalendarDay(
  text: string,
  lang: string,
  now: Date,
): { year: number; month: number; day: number } | null {
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const numeric = /(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[3]);
    const order = numericOrder(first, second, numeric[2] ?? '/', lang);
    return order === 'dmy'
      ? { year: Number(numeric[4]), month: second, day: first }
      : { year: Number(numeric[4]), month: first, day: second };
  }
  const { months, today, yesterday } = wordsFor(lang);
  const lower = text.toLowerCase();
  const dayFirst = /(\d{1,2})\.?\s+([\p{L}]+\.?),?\s+(\d{4})/u.exec(lower);
  const dayFirstMonth = dayFirst ? months.get(normaliseWord(dayFirst[2] ?? '')) : undefined;
  if (dayFirst && dayFirstMonth)
    return { year: Number(dayFirst[3]), month: dayFirstMonth, day: Number(dayFirst[1]) };
  const monthFirst = /([\p{L}]+\.?)\s+(\d{1,2}),?\s+(\d{4})/u.exec(lower);
  const monthFirstMonth = monthFirst ? months.get(normaliseWord(monthFirst[1] ?? '')) : undefined;
  if (monthFirst && monthFirstMonth)
    return { year: Number(monthFirst[3]), month: monthFirstMonth, day: Number(monthFirst[2]) };
  const relative = today.some((word) => lower.includes(word))
    ? 0
    : yesterday.some((word) => lower.includes(word))
      ? -1
      : null;
  if (relative === null) return null;
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + relative);
  return { year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() };
}

/** The message's date as ISO 8601 with the local offset, or null when the text is not a date. */
export function parseDisplayedDate(text: string, lang = 'en', now: Date = new Date()): string | null {
  const line = text
    .replace(BIDI_AND_SPACES, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
  if (line === '') return null;
  const day = readCalendarDay(line, lang, now);
  if (!day) return null;
  const { hours, minutes } = readTime(line.replace(/\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/, ' '));
  const date = makeDate(day.year, day.month, day.day, hours, minutes);
  return date ? localIsoWithOffset(date) : null;
}
