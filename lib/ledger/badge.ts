import { formatMoney } from '../money/amount.ts';
import type { BadgeSummary } from './views.ts';

export interface BadgeDisplay {
  /** The toolbar badge: the count, '' when nothing is overdue. */
  text: string;
  /** The toolbar button's tooltip. */
  title: string;
}

/** Chrome shows about four characters on a badge. */
const MAX_BADGE_COUNT = 999;

/**
 * Badge text and tooltip for an overdue summary. Currencies appear by ISO code, so the order
 * stays put as amounts change; sums in different currencies are never compared or added.
 */
export function badgeDisplay(summary: BadgeSummary, locale = 'en-GB'): BadgeDisplay {
  if (summary.count <= 0) return { text: '', title: 'Tactful — nothing overdue' };
  const text = summary.count > MAX_BADGE_COUNT ? `${MAX_BADGE_COUNT}+` : String(summary.count);
  const amounts = [...summary.totalsByCurrency]
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0))
    .map(({ currency, amountMinor }) => formatMoney(amountMinor, currency, locale));
  return { text, title: [`${summary.count} overdue`, ...amounts].join(' · ') };
}
