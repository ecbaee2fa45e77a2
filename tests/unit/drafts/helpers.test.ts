import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { DRAFT_HELPERS } from '../../../lib/drafts/helpers.ts';

function render(source: string, context: Record<string, unknown>): string {
  const env = Handlebars.create();
  env.registerHelper(DRAFT_HELPERS);
  return env.compile(source, { noEscape: true })(context);
}

describe('draft helpers', () => {
  it('money formats minor units for the context locale', () => {
    expect(render('{{money 123456 "EUR"}}', { locale: 'de-DE' })).toBe('1.234,56\u00a0€');
    expect(render('{{money 5000 "JPY"}}', { locale: 'en-GB' })).toBe('JP¥5,000');
    expect(render('{{money 1500 "KWD"}}', { locale: 'en-GB' })).toBe('KWD\u00a01.500');
  });

  it('money renders nothing for a bad amount or an unknown currency', () => {
    expect(
      render('[{{money "12" "EUR"}}][{{money 12.5 "EUR"}}][{{money 12 "XYZ"}}]', { locale: 'en-GB' }),
    ).toBe('[][][]');
  });

  it('date formats an ISO date, medium or long, and nothing for a bad one', () => {
    expect(render('{{date "2026-03-05"}}', { locale: 'en-GB' })).toBe('5 Mar 2026');
    expect(render('{{date "2026-03-05" style="long"}}', { locale: 'fr-FR' })).toBe('5 mars 2026');
    expect(render('[{{date "2026-02-30"}}]', { locale: 'en-GB' })).toBe('[]');
  });

  it('date alone shows the current item’s date inside #each', () => {
    expect(render('{{#each rows}}{{date}};{{/each}}', { rows: [{ date: '5 Mar' }, { date: '6 Mar' }] })).toBe(
      '5 Mar;6 Mar;',
    );
  });

  it('plural picks the form by the locale’s rules and shows the number', () => {
    expect(
      render('{{plural 1 "day" "days"}}, {{plural 12 "day" "days"}}, {{plural 0 "day" "days"}}', {}),
    ).toBe('1 day, 12 days, 0 days');
    expect(render('{{plural 0 "jour" "jours"}}, {{plural 2 "jour" "jours"}}', { locale: 'fr-FR' })).toBe(
      '0 jour, 2 jours',
    );
    expect(render('{{plural 1500 "Tag" "Tage"}}', { locale: 'de-DE' })).toBe('1.500 Tage');
    expect(render('[{{plural "many" "a" "b"}}]', {})).toBe('[]');
  });
});
