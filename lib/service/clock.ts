import { todayIn } from '../dates/calendar.ts';

/** The user's calendar date follows the time zone in settings, which can change at run time. */
export function createClock(initialTimeZone: string, now: () => number = Date.now) {
  let timeZone = initialTimeZone;
  return {
    now,
    today: () => todayIn(timeZone, new Date(now())),
    setTimeZone(next: string) {
      timeZone = next;
    },
  };
}

export type Clock = ReturnType<typeof createClock>;
