import { formatDate, fromEpochDay, type IsoDate, toEpochDay } from '../dates/calendar.ts';

// Planning thousands of invoices converts and formats the same few hundred dates over and over;
// Intl.DateTimeFormat in particular is costly to build. These memoise the calendar helpers.
const MAX_ENTRIES = 20_000;

function remember<K, V>(cache: Map<K, V>, key: K, compute: (key: K) => V): V {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute(key);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, value);
  return value;
}

const epochDays = new Map<IsoDate, number>();
const isoDates = new Map<number, IsoDate>();
const formatted = new Map<string, string>();

export function dayOf(date: IsoDate): number {
  return remember(epochDays, date, toEpochDay);
}

export function dateOf(day: number): IsoDate {
  return remember(isoDates, day, fromEpochDay);
}

export function formatDay(date: IsoDate, locale: string): string {
  return remember(formatted, `${locale}|${date}`, () => formatDate(date, locale));
}
