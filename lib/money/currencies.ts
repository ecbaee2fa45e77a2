// ISO 4217 active codes and their minor-unit exponents (plus a few recently retired
// codes that still appear on older invoices). Anything not listed is an unknown currency.
const ZERO_DECIMALS = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE_DECIMALS = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR_DECIMALS = 'CLF UYW';
const TWO_DECIMALS =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
  'GHS GIP GMD GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR ' +
  'LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB ' +
  'PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP ' +
  'SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL';

const EXPONENTS: ReadonlyMap<string, number> = new Map([
  ...ZERO_DECIMALS.split(' ').map((code) => [code, 0] as const),
  ...TWO_DECIMALS.split(' ').map((code) => [code, 2] as const),
  ...THREE_DECIMALS.split(' ').map((code) => [code, 3] as const),
  ...FOUR_DECIMALS.split(' ').map((code) => [code, 4] as const),
]);

export function isKnownCurrency(code: string): boolean {
  return EXPONENTS.has(code);
}

/** Number of digits after the decimal point in the currency's minor unit (JPY 0, EUR 2, KWD 3). */
export function minorDigits(code: string): number {
  const digits = EXPONENTS.get(code);
  if (digits === undefined) throw new UnknownCurrencyError(code);
  return digits;
}

export function knownCurrencies(): string[] {
  return [...EXPONENTS.keys()].sort();
}

export class UnknownCurrencyError extends Error {
  constructor(readonly code: string) {
    super(`unknown currency "${code}": expected an ISO 4217 code such as EUR, USD, GBP or JPY`);
    this.name = 'UnknownCurrencyError';
  }
}
