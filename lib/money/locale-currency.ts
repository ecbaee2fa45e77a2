const BY_REGION: Readonly<Record<string, string>> = {
  GB: 'GBP',
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  IE: 'EUR',
  IN: 'INR',
  JP: 'JPY',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  ZA: 'ZAR',
  SG: 'SGD',
  HK: 'HKD',
  MX: 'MXN',
  BR: 'BRL',
  CN: 'CNY',
  KR: 'KRW',
  AE: 'AED',
};
const EURO_LANGUAGES = new Set([
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'fi',
  'el',
  'sk',
  'sl',
  'et',
  'lv',
  'lt',
  'mt',
  'ga',
  'hr',
]);

/** A sensible first guess at the user's currency from their locale ("en-GB" → GBP), for forms only. */
export function currencyForLocale(locale: string): string {
  let region: string | undefined;
  let language = 'en';
  try {
    const parsed = new Intl.Locale(locale).maximize();
    region = parsed.region;
    language = parsed.language;
  } catch {
    return 'EUR';
  }
  const byRegion = region ? BY_REGION[region] : undefined;
  if (byRegion) return byRegion;
  return EURO_LANGUAGES.has(language) ? 'EUR' : 'USD';
}
