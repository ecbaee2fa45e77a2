import { de, en, es, fr } from 'chrono-node';
import { localIsoWithOffset } from '../../dates/calendar.ts';

// InboxSDK's public MessageView has no timestamp, only the date element's tooltip
// ("Tue, Mar 4, 2025, 10:12 AM", "Di., 4. März 2025, 10:12"), written in the user's Gmail
// language and in this browser's time zone. chrono already ships in the bundle for detection.
const PARSERS = [en, de, fr, es];
// Chrome's Intl puts a narrow no-break space before AM/PM.
const ODD_SPACES = /[\u00a0\u2007\u2009\u202f]/g;

const ENGLISH_MONTHS = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((name, index) => [
    name,
    index,
  ]),
);
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const TIME = String.raw`,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?`;
/** "Tue, Mar 4, 2025, 10:12 AM" (US) and "Tue, 4 Mar 2025, 10:12" (UK): Gmail's English tooltips. */
const US_DATE = new RegExp(
  String.raw`^(?:[A-Za-z]{3},\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),\s+(\d{4})${TIME}$`,
);
const UK_DATE = new RegExp(String.raw`^(?:[A-Za-z]{3},\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})${TIME}$`);

function englishMonth(name: string): number | null {
  const lower = name.toLowerCase();
  const full = FULL_MONTHS.indexOf(lower);
  if (full >= 0) return full;
  return ENGLISH_MONTHS.get(lower === 'sept' ? 'sep' : lower) ?? null;
}

/** The common English tooltips without chrono, which costs ~0.2 ms a call; null to fall back. */
function parseEnglish(text: string): Date | null {
  const us = US_DATE.exec(text);
  const uk = us ? null : UK_DATE.exec(text);
  const match = us ?? uk;
  if (!match) return null;
  const [monthName, dayText] = us ? [match[1], match[2]] : [match[2], match[1]];
  const month = englishMonth(monthName ?? '');
  if (month === null) return null;
  const day = Number(dayText);
  let hour = Number(match[4]);
  const meridiem = match[7]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const moment = new Date(Number(match[3]), month, day, hour, Number(match[5]), Number(match[6] ?? 0));
  return moment.getDate() === day && moment.getMonth() === month ? moment : null;
}

/**
 * The message's moment as ISO 8601 with this browser's offset, from Gmail's date tooltip;
 * null when the string names no full calendar date.
 */
export function parseGmailDate(display: string): string | null {
  const cleaned = display.replace(ODD_SPACES, ' ').trim();
  if (cleaned === '') return null;
  const english = parseEnglish(cleaned);
  if (english) return localIsoWithOffset(english);
  for (const parser of PARSERS) {
    for (const result of parser.strict.parse(cleaned)) {
      const start = result.start;
      if (start.isCertain('year') && start.isCertain('month') && start.isCertain('day')) {
        return localIsoWithOffset(start.date());
      }
    }
  }
  return null;
}
