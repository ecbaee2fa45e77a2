import { addDays, endOfMonth, type IsoDate } from '../../dates/calendar.ts';

/**
 * How terms turn an issue date into a due date:
 * - net: issue + N days;
 * - month-end-then: the end of the issue month, then + N days ("Net 30 EOM", "30 jours fin de mois");
 * - then-month-end: issue + N days, then that month's end ("30 giorni fine mese").
 */
export type TermsRule = 'net' | 'month-end-then' | 'then-month-end';

export interface PaymentTerms {
  /** The terms as written in the mail. */
  text: string;
  days: number;
  rule: TermsRule;
  index: number;
}

interface TermsPattern {
  pattern: RegExp;
  rule: TermsRule;
  /** Fixed day count (due on receipt = 0); otherwise read from the first capture. */
  days?: number;
  /** Days per counted unit: 7 for weeks. */
  unit?: number;
  /** Only counts when the line talks about paying (for "within 30 days" and the like). */
  needsPayWord?: boolean;
}

const N = '(\\d{1,3})';
const WEEKS = '(?:weeks?|wochen|semaines?|semanas?|settimane|weken|veckor|uger)';
const PATTERNS: TermsPattern[] = [
  // Any language: a number of weeks, or the end of the month
  {
    pattern: new RegExp(
      `(?:within|in|innerhalb\\s+von|binnen|innert|sous|dans\\s+les|en|entro|dentro\\s+de)\\s+${N}\\s+${WEEKS}`,
      'iu',
    ),
    rule: 'net',
    unit: 7,
    needsPayWord: true,
  },
  {
    pattern:
      /\b(?:due|payable)\s+(?:at|by)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?month\b|zahlbar\s+(?:zum|bis)\s+(?:monatsende|ende\s+des\s+monats)|(?:payable|à\s+régler)\s+(?:en|à\s+la)\s+fin\s+de\s+mois/iu,
    rule: 'month-end-then',
    days: 0,
  },
  // English
  {
    pattern: new RegExp(
      `\\bnet\\s*-?\\s*${N}\\s*(?:days?\\s*)?(?:EOM|end\\s+of\\s+(?:the\\s+)?month)\\b`,
      'iu',
    ),
    rule: 'month-end-then',
  },
  {
    pattern: new RegExp(
      `\\b${N}\\s+days?\\s+(?:EOM|end\\s+of\\s+(?:the\\s+)?month|after\\s+(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?month)`,
      'iu',
    ),
    rule: 'month-end-then',
  },
  {
    // "Net 30" but not "net 300,00 €"
    pattern: new RegExp(
      `\\bnet\\s*-?\\s*${N}(?![.,]?\\d)(?!\\s*(?:[€$£]|EUR|USD|GBP|CHF))(?:\\s*days?)?`,
      'iu',
    ),
    rule: 'net',
  },
  { pattern: new RegExp(`\\b${N}\\s+days?\\s+net\\b`, 'iu'), rule: 'net' },
  {
    pattern:
      /\b(?:due|payable)\s+(?:up)?on\s+receipt\b|\bupon\s+receipt\b|\b(?:due|payable)\s+immediately\b|\bdue\s+on\s+presentation\b/iu,
    rule: 'net',
    days: 0,
  },
  {
    pattern: new RegExp(
      `\\b(?:due|payable|pay(?:ment)?(?:\\s+is\\s+due)?|settle(?:ment)?)\\s+(?:with)?in\\s+${N}\\s+(?:calendar\\s+|business\\s+)?days?`,
      'iu',
    ),
    rule: 'net',
  },
  { pattern: new RegExp(`\\b(?:payment\\s+)?terms?\\s*:?\\s*${N}\\s+days?`, 'iu'), rule: 'net' },
  {
    pattern: new RegExp(
      `\\b${N}\\s+days?\\s+(?:from|after|of)\\s+(?:the\\s+)?(?:date\\s+of\\s+)?(?:invoice|receipt|issue)(?:\\s+date)?`,
      'iu',
    ),
    rule: 'net',
  },
  { pattern: new RegExp(`\\bwithin\\s+${N}\\s+days?`, 'iu'), rule: 'net', needsPayWord: true },
  // German
  { pattern: new RegExp(`${N}\\s+Tage(?:n)?\\s+nach\\s+Monatsende`, 'iu'), rule: 'month-end-then' },
  {
    pattern:
      /sofort\s+(?:fällig|zahlbar)|zahlbar\s+sofort|fällig\s+sofort|sofort\s+nach\s+(?:Erhalt|Rechnungserhalt)|ohne\s+Abzug\s+sofort/iu,
    rule: 'net',
    days: 0,
  },
  {
    pattern: new RegExp(
      `zahlbar\\s+(?:innerhalb|binnen|innert)\\s+(?:von\\s+)?${N}\\s+(?:Kalender)?tage(?:n)?`,
      'iu',
    ),
    rule: 'net',
  },
  {
    pattern: new RegExp(
      `(?:Zahlungsziel|Zahlungsfrist|Zahlungsbedingungen)\\s*:?\\s*${N}\\s*Tage(?:n)?`,
      'iu',
    ),
    rule: 'net',
  },
  {
    pattern: new RegExp(`(?:innerhalb|binnen|innert)\\s+(?:von\\s+)?${N}\\s+(?:Kalender)?tage(?:n)?`, 'iu'),
    rule: 'net',
    needsPayWord: true,
  },
  { pattern: new RegExp(`${N}\\s+Tage(?:n)?\\s+(?:netto|rein\\s+netto|ohne\\s+Abzug)`, 'iu'), rule: 'net' },
  // French
  { pattern: new RegExp(`${N}\\s+jours\\s+fin\\s+de\\s+mois`, 'iu'), rule: 'month-end-then' },
  {
    pattern:
      /(?:à|dès|a)\s+(?:la\s+)?réception(?:\s+de\s+(?:la\s+)?facture)?|paiement\s+comptant|payable\s+comptant|comptant\s+à\s+réception/iu,
    rule: 'net',
    days: 0,
  },
  {
    pattern: new RegExp(
      `(?<!\\p{L})(?:à|a)\\s+${N}\\s+jours(?:\\s+(?:net|nets|date\\s+de\\s+facture))?`,
      'iu',
    ),
    rule: 'net',
  },
  { pattern: new RegExp(`payable\\s+(?:dans\\s+les|sous|à)\\s+${N}\\s+jours`, 'iu'), rule: 'net' },
  {
    pattern: new RegExp(
      `(?:conditions(?:\\s+de\\s+(?:paiement|règlement))?|règlement|délai\\s+de\\s+paiement)\\s*:?\\s*(?:à\\s+)?${N}\\s+jours`,
      'iu',
    ),
    rule: 'net',
  },
  {
    pattern: new RegExp(
      `(?:sous|dans\\s+les|dans\\s+un\\s+délai\\s+de|sous\\s+un\\s+délai\\s+de)\\s+${N}\\s+jours`,
      'iu',
    ),
    rule: 'net',
    needsPayWord: true,
  },
  // Spanish
  { pattern: new RegExp(`${N}\\s+días\\s+fin\\s+de\\s+mes`, 'iu'), rule: 'month-end-then' },
  {
    pattern:
      /al\s+contado|a\s+la\s+vista|(?:a\s+la|tras\s+la)\s+recepción(?:\s+de\s+(?:la\s+)?factura)?|pago\s+inmediato/iu,
    rule: 'net',
    days: 0,
  },
  { pattern: new RegExp(`pagadero\\s+(?:en|a)\\s+${N}\\s+días`, 'iu'), rule: 'net' },
  {
    pattern: new RegExp(`(?<!\\p{L})a\\s+${N}\\s+días(?:\\s+(?:fecha\\s+(?:de\\s+)?factura|netos?))?`, 'iu'),
    rule: 'net',
  },
  {
    pattern: new RegExp(
      `(?:en\\s+un\\s+plazo\\s+(?:máximo\\s+)?de|plazo\\s+de\\s+pago\\s*:?)\\s+${N}\\s+días`,
      'iu',
    ),
    rule: 'net',
    needsPayWord: true,
  },
  // Italian, Dutch, Portuguese
  {
    pattern: new RegExp(`${N}\\s+giorni\\s+(?:data\\s+fattura\\s+)?fine\\s+mese`, 'iu'),
    rule: 'then-month-end',
  },
  { pattern: new RegExp(`(?<!\\p{L})a\\s+${N}\\s+giorni`, 'iu'), rule: 'net' },
  { pattern: new RegExp(`betalingstermijn\\s*(?:is|:|van|bedraagt)?\\s*${N}\\s+dagen`, 'iu'), rule: 'net' },
  { pattern: new RegExp(`binnen\\s+${N}\\s+dagen`, 'iu'), rule: 'net', needsPayWord: true },
  { pattern: new RegExp(`termin\\s+płatności\\s*:?\\s*${N}\\s+dni`, 'iu'), rule: 'net' },
  { pattern: new RegExp(`(?:em|no\\s+prazo\\s+de)\\s+${N}\\s+dias`, 'iu'), rule: 'net', needsPayWord: true },
  // Swedish, Danish, Norwegian
  { pattern: new RegExp(`${N}\\s+(?:dagar|dage|dager)\\s+netto`, 'iu'), rule: 'net' },
  { pattern: new RegExp(`netto\\s+${N}\\s+(?:dagar|dage|dager)`, 'iu'), rule: 'net' },
  {
    pattern: new RegExp(
      `(?:betalningsvillkor|betalingsbetingelser|betalingsbetingelse|betalingsvilkår|betalingsfrist)\\s*:?\\s*(?:netto\\s+)?${N}\\s+(?:dagar|dage|dager)`,
      'iu',
    ),
    rule: 'net',
  },
  {
    pattern: new RegExp(
      `(?:inom|inden\\s+for|indenfor|innen|innenfor)\\s+${N}\\s+(?:dagar|dage|dager)`,
      'iu',
    ),
    rule: 'net',
    needsPayWord: true,
  },
];

const PAY_WORD =
  /pay|settle|remit|zahl|überweis|paie|régl|virement|pag|factur|fattur|rechnung|invoice|betal|overmak|over\s+te\s+maken|bonifico|przelew|płat/iu;
const SCAN_LIMIT = 20_000;

/** Every terms phrase has one of these: a day count, "net N", or a word for "on receipt". */
const CUE =
  /\d\s*(?:-\s*)?(?:calendar\s+|business\s+|kalender)?(?:days?|tage|tagen|jours|días|dias|giorni|gg|dagen|dagar|dage|dager|dni|weeks?|wochen|semaines?|semanas?|settimane|weken|veckor|uger)|net\s*-?\s*\d|receipt|immediately|sofort|erhalt|r[ée]ception|comptant|recepci[óo]n|contado|vista|inmediato|end\s+of\s+(?:the\s+)?month|monatsende|ende\s+des\s+monats|fin\s+de\s+mois/giu;
const WINDOW = 110;

/** Finds the first payment terms written in the text ("Net 30", "zahlbar innerhalb von 14 Tagen"…). */
export function findTerms(text: string): PaymentTerms | null {
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  // The dozens of term patterns only run around cues, so long mails cost one pass.
  for (const [start, end] of cueWindows(scanned)) {
    const found = termsIn(scanned.slice(start, end));
    if (found) return { ...found, index: found.index + start };
  }
  return null;
}

function cueWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  CUE.lastIndex = 0;
  for (let match = CUE.exec(text); match && windows.length < 40; match = CUE.exec(text)) {
    const start = Math.max(0, match.index - WINDOW);
    const end = Math.min(text.length, match.index + match[0].length + WINDOW);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

function termsIn(scanned: string): PaymentTerms | null {
  let best: PaymentTerms | null = null;
  for (const { pattern, rule, days, unit, needsPayWord } of PATTERNS) {
    const match = pattern.exec(scanned);
    if (!match) continue;
    // Patterns are listed most specific first: a later one wins only if it starts before, without overlapping.
    if (best && match.index + match[0].length > best.index) continue;
    if (needsPayWord && !PAY_WORD.test(lineAround(scanned, match.index))) continue;
    const count = days ?? Number(match[1]) * (unit ?? 1);
    if (!Number.isFinite(count) || count > 365) continue;
    best = { text: match[0].trim(), days: count, rule, index: match.index };
  }
  return best;
}

/** The due date the terms give for an invoice issued on `issueDate`. */
export function dueDateFromTerms(terms: PaymentTerms, issueDate: IsoDate): IsoDate {
  switch (terms.rule) {
    case 'net':
      return addDays(issueDate, terms.days);
    case 'month-end-then':
      return addDays(endOfMonth(issueDate), terms.days);
    case 'then-month-end':
      return endOfMonth(addDays(issueDate, terms.days));
  }
}

function lineAround(text: string, index: number): string {
  return text.slice(Math.max(0, index - 100), Math.min(text.length, index + 100));
}
