import { minorDigits } from '../../money/currencies.ts';
import {
  DUE_LABEL,
  endsWithMentionWord,
  GROSS_LABEL,
  PAID_LABEL,
  PART_LABEL,
  TOTAL_LABEL,
  TRAILING_DUE,
  TRAILING_PAID,
  TRAILING_PART,
} from './amount-labels.ts';
import { type CurrencyHints, currencyOfMarker } from './currency-symbols.ts';
import { labelAbove, startsCell } from './layout.ts';
import { readAmountMinor } from './number-shape.ts';

/** What the words around an amount say it is. */
export type AmountRole = 'due' | 'total' | 'mention' | 'plain' | 'part' | 'paid';

export interface AmountMention {
  amountMinor: number;
  currency: string;
  /** The currency was written next to the number (not borrowed from the rest of the text). */
  explicit: boolean;
  role: AmountRole;
  index: number;
}

export interface AmountChoice {
  amountMinor: number;
  currency: string;
  role: AmountRole;
  confidence: number;
}

const NUMBER_SOURCE =
  "\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?|\\d{1,3}(?:(?<sep>[,.'’]|[ \\u00A0\\u202F\\u2009])\\d{3})(?:\\k<sep>\\d{3})*(?:[.,]\\d{1,3})?|\\d{1,12}(?:[.,]\\d{1,3})?";
const NUMBER = new RegExp(`(?<![\\d.,])(?:${NUMBER_SOURCE})(?!\\d|[.,]\\d)`, 'g');
/**
 * Currency markers are found in one cheap pass (symbols, "US$"-style prefixes, whole words)
 * and looked up in a table, then paired with the numbers right beside them.
 */
const MARKER_TOKEN = /[A-Za-z]{1,3}\$|[$£€¥￥₹₩₺₽₪₫₱₴฿₦円元]|[A-Za-zÀ-ÿłčšžŁČ]+\.?/g;
const GAP_BEFORE = /^[ \u00A0\u202F\u2009]{0,2}(?:-[ \u00A0\u202F\u2009]{0,2})?$/;
const GAP_AFTER = /^[ \u00A0\u202F\u2009]{0,2}$/;
const MAX_GAP = 5;

interface Marker {
  start: number;
  end: number;
  currency: string;
}
const MAX_MENTIONS = 400;
/** Numbers looked at in one text (page numbers, phone numbers, quantities included). */
const MAX_NUMBERS = 4000;
/** "10 h × €95.00", "2 @ $40": a unit price. */
const RATE_BEFORE = /(?:[×*@]|\bx|\bper|\bje|\bpar)\s*$/i;
const LABEL_WINDOW = 80;
const DATE_JOINER = /^\d[/-]$/;
const MONEY_SHAPE = /[.,]\d{2}$|\d[,.'’ \u00A0\u202F]\d{3}/;
/** Written right after an amount: "R42,000.00 total", "€ 300 in all". */
const TRAILING_TOTAL =
  /^\s*(?:in\s+)?(?:total|in\s+all|all\s+in|insgesamt|au\s+total|en\s+total|i\s+alt|totalt|no\s+total)(?!\p{L})/iu;

const ROLE_SCORE: Record<AmountRole, number> = { due: 6, total: 4, mention: 3, plain: 2, part: 0, paid: -1 };

/**
 * Finds amounts in text: numbers with a currency written beside them, and bare numbers
 * right after an amount label when the text's currency is known. Linear in the text.
 */
export function findAmounts(text: string, hints: CurrencyHints): AmountMention[] {
  const mentions: AmountMention[] = [];
  const bare: { raw: string; index: number; role: AmountRole }[] = [];
  const markers = findMarkers(text, hints);
  let nextMarker = 0;
  let previousEnd = 0;
  NUMBER.lastIndex = 0;
  let numbers = 0;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
    if (mentions.length + bare.length >= MAX_MENTIONS || ++numbers > MAX_NUMBERS) break;
    const raw = match[0];
    const numberIndex = match.index;
    const numberEnd = numberIndex + raw.length;
    // The last part of a date ("09/04/2026 €…"), not an amount.
    if (numberIndex >= 2 && DATE_JOINER.test(text.slice(numberIndex - 2, numberIndex))) continue;
    while (nextMarker < markers.length && markers[nextMarker]!.end <= numberIndex) nextMarker++;
    const before = markers[nextMarker - 1];
    const after = markers[nextMarker];
    const pre =
      before && numberIndex - before.end <= MAX_GAP && GAP_BEFORE.test(text.slice(before.end, numberIndex))
        ? before
        : null;
    const post =
      after &&
      after.start >= numberEnd &&
      after.start - numberEnd <= MAX_GAP &&
      GAP_AFTER.test(text.slice(numberEnd, after.start))
        ? after
        : null;
    // "R" alone (rand) is a letter too: only money-shaped numbers count beside it.
    const weakPre = pre && text[pre.start] === 'R' && pre.end - pre.start === 1 && !MONEY_SHAPE.test(raw);
    const currency = (weakPre ? null : pre?.currency) ?? post?.currency ?? null;
    const start = pre ? pre.start : numberIndex;
    const end = !pre && post ? post.end : numberEnd;
    const windowStart = Math.max(previousEnd, lineStart(text, start));
    if (!currency) {
      // Bare numbers count only when written like money (cents or thousands groups) and labelled.
      if (!/[.,]\d{2}$|\d[,.'’ \u00A0\u202F]\d{3}/.test(raw)) continue;
      const role = roleAt(text, windowStart, numberIndex, end);
      if (role === 'due' || role === 'total') bare.push({ raw, index: numberIndex, role });
      continue;
    }
    const role = roleAt(text, windowStart, start, end);
    previousEnd = end;
    const amountMinor = readAmountMinor(raw, minorDigits(currency));
    if (amountMinor === null) continue;
    mentions.push({ amountMinor, currency, explicit: true, role, index: start });
  }
  const documentCurrency = mostFrequentCurrency(mentions) ?? writtenCode(text);
  if (documentCurrency) {
    for (const { raw, index, role } of bare) {
      const amountMinor = readAmountMinor(raw, minorDigits(documentCurrency));
      if (amountMinor !== null)
        mentions.push({ amountMinor, currency: documentCurrency, explicit: false, role, index });
    }
    mentions.sort((a, b) => a.index - b.index);
  }
  return mentions;
}

/**
 * Picks the amount due: a labelled balance beats a total, a total beats an unlabelled
 * amount; a stated deposit or partial payment is subtracted from a total.
 */
export function chooseAmountDue(mentions: AmountMention[]): AmountChoice | null {
  let best: AmountMention | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const mention of mentions) {
    if (mention.amountMinor <= 0) continue;
    const score = ROLE_SCORE[mention.role] + (mention.explicit ? 0 : -1.5);
    if (score > bestScore) {
      best = mention;
      bestScore = score;
    }
  }
  if (!best || bestScore < 1.5) return null;
  let amountMinor = best.amountMinor;
  if (best.role !== 'due') {
    const paid = new Set(
      mentions
        .filter((m) => m.role === 'paid' && m.currency === best.currency && m.amountMinor < best.amountMinor)
        .map((m) => m.amountMinor),
    );
    const paidMinor = [...paid].reduce((sum, value) => sum + value, 0);
    if (paidMinor > 0 && paidMinor < amountMinor) amountMinor -= paidMinor;
  }
  const confidence = { due: 0.9, total: 0.82, mention: 0.75, plain: 0.6, part: 0.3, paid: 0.3 }[best.role];
  return {
    amountMinor,
    currency: best.currency,
    role: best.role,
    confidence: best.explicit ? confidence : confidence - 0.1,
  };
}

function roleAt(text: string, windowStart: number, start: number, end: number): AmountRole {
  const before = text.slice(Math.max(windowStart, start - LABEL_WINDOW), start);
  const after = text.slice(end, Math.min(text.length, end + 40, lineEnd(text, end)));
  if (TRAILING_PART.test(after) || RATE_BEFORE.test(before)) return 'part';
  if (TRAILING_PAID.test(after)) return 'paid';
  const labelled = roleOfLabel(before);
  if (labelled) return labelled;
  if (TRAILING_DUE.test(after)) return 'due';
  if (TRAILING_TOTAL.test(after)) return 'total';
  if (endsWithMentionWord(before)) return 'mention';
  if (startsCell(text, start)) {
    // A label above, in the same column: "Amount due\n€1,200.00".
    const above = labelAbove(text, start);
    if (above && !/\d[.,]\d/.test(above)) return roleOfLabel(above) ?? 'plain';
  }
  return 'plain';
}

function roleOfLabel(label: string): AmountRole | null {
  const due = DUE_LABEL.lastEnd(label);
  const total = TOTAL_LABEL.lastEnd(label);
  const paid = PAID_LABEL.lastEnd(label);
  const gross = lastMatchEnd(GROSS_LABEL, label);
  let part = PART_LABEL.lastEnd(label);
  if (gross >= 0 && part <= gross) part = -1;
  const closest = Math.max(due, total, paid, part);
  if (closest < 0) return gross >= 0 ? 'total' : null;
  if (closest === part) return 'part';
  if (closest === paid) return 'paid';
  if (closest === due) return 'due';
  return 'total';
}

function lastMatchEnd(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let end = -1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    end = match.index + match[0].length;
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return end;
}

function findMarkers(text: string, hints: CurrencyHints): Marker[] {
  const markers: Marker[] = [];
  MARKER_TOKEN.lastIndex = 0;
  for (let match = MARKER_TOKEN.exec(text); match; match = MARKER_TOKEN.exec(text)) {
    const token = match[0];
    if (token.length > 8) continue;
    const currency =
      currencyOfMarker(token, hints) ??
      (token.endsWith('.') ? currencyOfMarker(token.slice(0, -1), hints) : null);
    if (!currency) continue;
    const end = match.index + (currencyOfMarker(token, hints) ? token.length : token.length - 1);
    markers.push({ start: match.index, end, currency });
  }
  return markers;
}

function lineStart(text: string, index: number): number {
  const newline = text.lastIndexOf('\n', index - 1);
  return newline === -1 ? 0 : newline + 1;
}

function lineEnd(text: string, index: number): number {
  const newline = text.indexOf('\n', index);
  return newline === -1 ? text.length : newline;
}

function mostFrequentCurrency(mentions: AmountMention[]): string | null {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.currency, (counts.get(mention.currency) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [currency, count] of counts) {
    if (count > bestCount) {
      best = currency;
      bestCount = count;
    }
  }
  return best;
}

const WRITTEN_CODE =
  /\b(EUR|USD|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|INR|BRL|MXN|ZAR|SGD|HKD|CNY|KWD)\b/;

function writtenCode(text: string): string | null {
  return WRITTEN_CODE.exec(text)?.[1] ?? null;
}
