import { describe, expect, it } from 'vitest';
import { parseGmailDate } from '../../../lib/adapters/gmail/message-date.ts';
import { localIsoWithOffset } from '../../../lib/dates/calendar.ts';

const local = (year: number, month: number, day: number, hour: number, minute: number) =>
  localIsoWithOffset(new Date(year, month - 1, day, hour, minute));

describe('Gmail date tooltips', () => {
  const cases: { name: string; display: string; expected: string | null }[] = [
    { name: 'US English', display: 'Tue, Mar 3, 2026, 10:12 AM', expected: local(2026, 3, 3, 10, 12) },
    { name: 'US English, afternoon', display: 'Mar 3, 2026, 10:12 PM', expected: local(2026, 3, 3, 22, 12) },
    {
      name: 'Chrome’s narrow space before PM',
      display: 'Tue, Mar 3, 2026, 4:05\u202fPM',
      expected: local(2026, 3, 3, 16, 5),
    },
    { name: 'British English', display: 'Tue, 3 Mar 2026, 10:12', expected: local(2026, 3, 3, 10, 12) },
    { name: 'German', display: 'Di., 3. März 2026, 10:12', expected: local(2026, 3, 3, 10, 12) },
    { name: 'French', display: 'mar. 3 mars 2026, 10:12', expected: local(2026, 3, 3, 10, 12) },
    { name: 'Spanish', display: 'mar, 3 mar 2026, 10:12', expected: local(2026, 3, 3, 10, 12) },
    { name: 'midnight hour', display: 'Thu, Jan 1, 2026, 12:05 AM', expected: local(2026, 1, 1, 0, 5) },
    {
      name: 'US English with "at"',
      display: 'Tue, Mar 3, 2026 at 10:12 AM',
      expected: local(2026, 3, 3, 10, 12),
    },
    {
      name: 'a full month name',
      display: 'September 30, 2026, 5:45 PM',
      expected: local(2026, 9, 30, 17, 45),
    },
    {
      name: 'seconds',
      display: 'Tue, 3 Mar 2026, 10:12:09',
      expected: localIsoWithOffset(new Date(2026, 2, 3, 10, 12, 9)),
    },
    {
      name: 'Spanish January (not an English month)',
      display: 'vie, 9 ene 2026, 8:30',
      expected: local(2026, 1, 9, 8, 30),
    },
    { name: 'a day the month does not have', display: 'Feb 30, 2026, 10:00 AM', expected: null },
    { name: 'a time alone', display: '10:12 AM', expected: null },
    { name: 'nothing', display: '', expected: null },
    { name: 'not a date', display: 'yesterday-ish', expected: null },
  ];
  for (const { name, display, expected } of cases) {
    it(`reads ${name} (${JSON.stringify(display)})`, () => {
      expect(parseGmailDate(display)).toBe(expected);
    });
  }

  it('writes the local offset the moment had', () => {
    expect(localIsoWithOffset(new Date(2026, 6, 1, 8, 30, 15))).toMatch(
      /^2026-07-01T08:30:15[+-]\d{2}:\d{2}$/,
    );
  });
});
