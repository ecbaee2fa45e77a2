import { isKnownCurrency } from '../../money/currencies.ts';

/**
 * Currency markers written next to amounts. `null` means "decided by the message's hints"
 * ($ may be USD, CAD, AUD…; kr may be SEK, NOK or DKK; ¥ may be JPY or CNY).
 */
const MARKERS: ReadonlyArray<readonly [string, string | null]> = [
  ['US$', 'USD'],
  ['U$S', 'USD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['CAN$', 'CAD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['SG$', 'SGD'],
  ['R$', 'BRL'],
  ['MX$', 'MXN'],
  ['R', 'ZAR'],
  ['$', null],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', null],
  ['￥', null],
  ['円', 'JPY'],
  ['元', 'CNY'],
  ['₹', 'INR'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['₩', 'KRW'],
  ['₺', 'TRY'],
  ['₽', 'RUB'],
  ['₪', 'ILS'],
  ['₫', 'VND'],
  ['₱', 'PHP'],
  ['₴', 'UAH'],
  ['฿', 'THB'],
  ['₦', 'NGN'],
  ['zł', 'PLN'],
  ['Kč', 'CZK'],
  ['Ft', 'HUF'],
  ['lei', 'RON'],
  ['SFr.', 'CHF'],
  ['Fr.', 'CHF'],
  ['kr.', null],
  ['kr', null],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['Euro', 'EUR'],
  ['Euros', 'EUR'],
  ['EUROS', 'EUR'],
  ['dollars', null],
  ['pounds', 'GBP'],
];

/** Three-letter codes that are also ordinary words or abbreviations; never read as currencies alone. */
const WORD_CODES = new Set([
  'ALL',
  'TOP',
  'CUP',
  'MOP',
  'BOB',
  'AMD',
  'PEN',
  'GEL',
  'MAD',
  'BAM',
  'SOS',
  'ANG',
]);

const MARKER_MAP = new Map(MARKERS);

export interface CurrencyHints {
  dollar: string;
  krone: string;
  yen: string;
}

export const DEFAULT_HINTS: CurrencyHints = { dollar: 'USD', krone: 'SEK', yen: 'JPY' };

/** Resolves a written marker to an ISO code, or null when it is not a currency. */
export function currencyOfMarker(marker: string, hints: CurrencyHints): string | null {
  if (MARKER_MAP.has(marker)) {
    const code = MARKER_MAP.get(marker) ?? null;
    if (code) return code;
    if (marker === '$' || marker === 'dollars') return hints.dollar;
    if (marker === '¥' || marker === '￥') return hints.yen;
    return hints.krone;
  }
  if (/^[A-Z]{3}$/.test(marker) && isKnownCurrency(marker) && !WORD_CODES.has(marker)) {
    return marker === 'RMB' ? 'CNY' : marker;
  }
  if (marker === 'RMB') return 'CNY';
  return null;
}

const DOLLAR_BY_TLD: Record<string, string> = {
  ca: 'CAD',
  au: 'AUD',
  nz: 'NZD',
  sg: 'SGD',
  hk: 'HKD',
  mx: 'MXN',
};
const DOLLAR_CODES = ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'];
const KRONE_BY_TLD: Record<string, string> = { se: 'SEK', no: 'NOK', dk: 'DKK', is: 'ISK' };

/**
 * Which dollar, krone and yen a message means: an ISO code written in it wins, then the
 * sender's country domain, then USD / SEK / JPY.
 */
export function currencyHints(text: string, senderDomain: string): CurrencyHints {
  const tld = senderDomain.split('.').pop()?.toLowerCase() ?? '';
  const dollar =
    DOLLAR_CODES.find((code) => code !== 'USD' && new RegExp(`\\b${code}\\b`).test(text)) ??
    (/\bUSD\b/.test(text) ? 'USD' : (DOLLAR_BY_TLD[tld] ?? (canadianText(text) ? 'CAD' : 'USD')));
  const krone =
    ['NOK', 'DKK', 'SEK', 'ISK'].find((code) => text.includes(code)) ??
    KRONE_BY_TLD[tld] ??
    (/kr/i.test(text) ? kroneOfLanguage(text) : 'SEK');
  const yen = /\b(?:CNY|RMB)\b|人民币|元/.test(text) ? 'CNY' : 'JPY';
  return { dollar, krone, yen };
}

// Words the two languages spell differently (fakturadato, hilsen and vedlagt are shared).
const DANISH = /\b(?:beløb|forfaldsdato|moms|venlig|dage|at\s+betale|tak\s+for|hermed)\b/giu;
const NORWEGIAN = /\b(?:beløp|forfallsdato|mva|vennlig|dager|å\s+betale|følger|takk)\b/giu;
const SWEDISH =
  /\b(?:belopp|förfallodatum|fakturadatum|moms|vänliga\s+hälsningar|hälsningar|dagar|att\s+betala)\b|[äö]/giu;

/** Which krone "kr" means when no code or country domain says so: the language of the mail. */
function kroneOfLanguage(text: string): string {
  const sample = text.length > 8000 ? text.slice(0, 8000) : text;
  const danish = sample.match(DANISH)?.length ?? 0;
  const norwegian = sample.match(NORWEGIAN)?.length ?? 0;
  const swedish = sample.match(SWEDISH)?.length ?? 0;
  if (danish > swedish && danish >= norwegian) return 'DKK';
  if (norwegian > swedish && norwegian > danish) return 'NOK';
  return 'SEK';
}

/** Québec French or Canadian sales taxes next to "$": Canadian dollars. */
function canadianText(text: string): boolean {
  if (/\b(?:TPS|TVQ|TVH|GST\/HST|HST|QST|PST)\b/.test(text)) return true;
  const french = text.match(/\b(?:facture|bonjour|merci|montant|payable|jours|votre|vous)\b/gi)?.length ?? 0;
  return french >= 3;
}
