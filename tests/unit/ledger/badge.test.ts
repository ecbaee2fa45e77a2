import { describe, expect, it } from 'vitest';
import { badgeDisplay } from '../../../lib/ledger/badge.ts';
import type { BadgeSummary } from '../../../lib/ledger/views.ts';

const cases: { name: string; summary: BadgeSummary; locale?: string; text: string; title: string }[] = [
  {
    name: 'shows no count and says so when nothing is overdue',
    summary: { count: 0, totalsByCurrency: [] },
    text: '',
    title: 'Tactful — nothing overdue',
  },
  {
    name: 'counts one overdue invoice with its amount',
    summary: { count: 1, totalsByCurrency: [{ currency: 'GBP', amountMinor: 120_000 }] },
    text: '1',
    title: '1 overdue · £1,200.00',
  },
  {
    name: 'lists each currency by its code, with its own decimals (JPY none, KWD three)',
    summary: {
      count: 5,
      totalsByCurrency: [
        { currency: 'USD', amountMinor: 65_050 },
        { currency: 'KWD', amountMinor: 1_250_500 },
        { currency: 'JPY', amountMinor: 480_000 },
        { currency: 'EUR', amountMinor: 340_000 },
        { currency: 'GBP', amountMinor: 120_000 },
      ],
    },
    text: '5',
    title: '5 overdue · €3,400.00 · £1,200.00 · JP¥480,000 · KWD 1,250.500 · US$650.50',
  },
  {
    name: 'caps the badge at 999+ so it fits the icon',
    summary: { count: 1234, totalsByCurrency: [{ currency: 'EUR', amountMinor: 99 }] },
    text: '999+',
    title: '1234 overdue · €0.99',
  },
  {
    name: 'formats amounts in the user’s locale',
    summary: { count: 2, totalsByCurrency: [{ currency: 'EUR', amountMinor: 123_456 }] },
    locale: 'de-DE',
    text: '2',
    title: '2 overdue · 1.234,56 €',
  },
];

describe('badgeDisplay', () => {
  it.each(cases)('$name', ({ summary, locale, text, title }) => {
    const display = badgeDisplay(summary, locale);
    // Intl may use narrow no-break spaces; compare with plain ones.
    expect({ text: display.text, title: display.title.replace(/[\u00a0\u202f]/g, ' ') }).toEqual({
      text,
      title,
    });
  });
});
