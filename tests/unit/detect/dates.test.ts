import { describe, expect, it } from 'vitest';
import { decideDayOrder, findDates } from '../../../lib/detect/extract/dates.ts';

const reference = '2026-03-04';
const dated = (text: string, order: 'dmy' | 'mdy' = 'dmy') =>
  findDates(text, { reference, order }).map((mention) => [mention.date, mention.role]);

describe('dates', () => {
  it.each([
    ['Due date: 2026-04-03', '2026-04-03'],
    ['Due: 03.04.2026', '2026-04-03'],
    ['Due: April 3, 2026', '2026-04-03'],
    ['Due: 3rd April 2026', '2026-04-03'],
    ['fällig am 3. April 2026', '2026-04-03'],
    ['échéance : 3 avril 2026', '2026-04-03'],
    ['vencimiento: 3 de abril de 2026', '2026-04-03'],
    ['scadenza 3 aprile 2026', '2026-04-03'],
    ['vervaldatum 3 april 2026', '2026-04-03'],
    ['支払期限：2026年4月3日', '2026-04-03'],
    ['Due 03-Apr-2026', '2026-04-03'],
  ])('reads "%s" as a due date', (text, date) => {
    expect(dated(text)).toEqual([[date, 'due']]);
  });

  it('labels issue dates, due dates and service periods apart', () => {
    expect(dated('Invoice date: 4 March 2026\tDue date: 3 April 2026\nService period: 1 Feb 2026')).toEqual([
      ['2026-03-04', 'issue'],
      ['2026-04-03', 'due'],
      ['2026-02-01', 'other'],
    ]);
  });

  it('reads the issue date a reminder mentions in passing', () => {
    expect(dated('about my invoice from 3 February 2026, which is still open')).toEqual([
      ['2026-02-03', 'issue'],
    ]);
    expect(dated('la facture n° 12 du 3 février 2026')).toEqual([['2026-02-03', 'issue']]);
    expect(dated('die Rechnung Nr. 12 vom 03.02.2026')).toEqual([['2026-02-03', 'issue']]);
  });

  it('completes a date without a year with the one nearest the message', () => {
    expect(dated('Please pay by 15 March')).toEqual([['2026-03-15', 'due']]);
    expect(findDates('due 10 January', { reference: '2025-12-20', order: 'dmy' })[0]?.date).toBe(
      '2026-01-10',
    );
  });

  it('reads ambiguous numeric dates in the order the message implies', () => {
    expect(dated('Due 03/04/2026', 'mdy')).toEqual([['2026-03-04', 'due']]);
    expect(dated('Due 03/04/2026', 'dmy')).toEqual([['2026-04-03', 'due']]);
    expect(dated('Due 13/04/2026', 'mdy')).toEqual([['2026-04-13', 'due']]);
  });

  it('takes US order from dollars and an unambiguous month-first date, European order from euros', () => {
    expect(decideDayOrder('Total $500, due 03/04/2026', 'USD', 'example.com')).toBe('mdy');
    expect(decideDayOrder('Total 500 €, due 03/04/2026', 'EUR', 'example.com')).toBe('dmy');
    expect(decideDayOrder('issued 03/24/2026, due 04/03/2026', 'EUR', 'example.de')).toBe('mdy');
    expect(decideDayOrder('issued 24/03/2026, due 04/03/2026', 'USD', 'example.com')).toBe('dmy');
  });

  it('does not read words that look like months as dates', () => {
    expect(dated('We may 3 times ask, 5 out of 10 agree')).toEqual([]);
    expect(dated('version 1.2.3 and room 12')).toEqual([]);
  });
});
