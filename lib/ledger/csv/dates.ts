import { type IsoDate, isIsoDate, makeIsoDate } from '../../dates/calendar.ts';

export type DateOrder = 'dmy' | 'mdy';

/** A date cell read apart, before the day/month order is known. */
export type DateReading =
  | { kind: 'exact'; year: number; month: number; day: number }
  | { kind: 'numeric'; first: number; second: number; year: number; separator: string }
  | { kind: 'unreadable' };

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // German exports (sevDesk, lexoffice, DATEV) write these.
  januar: 1,
  februar: 2,
  märz: 3,
  mär: 3,
  mrz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  okt: 10,
  dez: 12,
};

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)];
}

function fullYear(text: string): number {
  const year = Number(text);
  // Two-digit years in invoice exports are this century's.
  return text.length === 2 ? 2000 + year : year;
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[T ,].*)?$/;
const DAY_MONTH_NAME = /^(\d{1,2})\.?[\s-]+([\p{L}]+\.?)[\s-]+(\d{4}|\d{2})$/u;
const MONTH_NAME_DAY = /^([\p{L}]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/u;

export function readDate(text: string): DateReading {
  const value = text.trim();
  let match = ISO.exec(value);
  if (match) return { kind: 'exact', year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  match = NUMERIC.exec(value);
  if (match) {
    return {
      kind: 'numeric',
      first: Number(match[1]),
      second: Number(match[3]),
      year: fullYear(match[4] ?? ''),
      separator: match[2] ?? '/',
    };
  }
  match = DAY_MONTH_NAME.exec(value);
  if (match) {
    const month = monthNumber(match[2] ?? '');
    if (month) return { kind: 'exact', year: fullYear(match[3] ?? ''), month, day: Number(match[1]) };
  }
  match = MONTH_NAME_DAY.exec(value);
  if (match) {
    const month = monthNumber(match[1] ?? '');
    if (month) return { kind: 'exact', year: Number(match[3]), month, day: Number(match[2]) };
  }
  return { kind: 'unreadable' };
}

/** What one reading says about the order: a part above 12 can only be a day; dots mean day first. */
export function orderEvidence(reading: DateReading): DateOrder | null {
  if (reading.kind !== 'numeric') return null;
  if (reading.first > 12 && reading.second <= 12) return 'dmy';
  if (reading.second > 12 && reading.first <= 12) return 'mdy';
  if (reading.separator === '.') return 'dmy';
  return null;
}

export type DateResult = { ok: true; date: IsoDate } | { ok: false; problem: string };

export function resolveDate(text: string, reading: DateReading, order: DateOrder): DateResult {
  if (reading.kind === 'unreadable') {
    return { ok: false, problem: `"${text}" is not a date (expected e.g. 2026-03-31 or 31/03/2026)` };
  }
  const [year, month, day] =
    reading.kind === 'exact'
      ? [reading.year, reading.month, reading.day]
      : order === 'dmy'
        ? [reading.year, reading.second, reading.first]
        : [reading.year, reading.first, reading.second];
  const date = makeIsoDate(year, month, day);
  return isIsoDate(date) ? { ok: true, date } : { ok: false, problem: `"${text}" is not a real date` };
}
