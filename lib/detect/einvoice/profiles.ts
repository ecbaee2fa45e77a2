// Guideline / customization identifiers (BT-24) mapped to short profile names. ZUGFeRD 2.1+
// and Factur-X share identifiers, so both read as 'factur-x:…'; only ZUGFeRD 2.0 had its own.

const CII_LEVELS: readonly [RegExp, string][] = [
  [/minimum/i, 'minimum'],
  [/basicwl/i, 'basic-wl'],
  [/basic/i, 'basic'],
  [/extended/i, 'extended'],
];

/** Profile of a CrossIndustryInvoice (Factur-X, ZUGFeRD 2.x, XRechnung CII). */
export function ciiProfile(guideline: string | null): string {
  if (guideline === null) return 'cii';
  if (/xrechnung/i.test(guideline)) return 'xrechnung';
  const family = /zugferd\.de:2p0/i.test(guideline) ? 'zugferd-2' : 'factur-x';
  for (const [pattern, level] of CII_LEVELS) if (pattern.test(guideline)) return `${family}:${level}`;
  if (/^urn:cen\.eu:en16931:2017$/i.test(guideline)) return 'factur-x:en16931';
  if (/en16931/i.test(guideline)) return `${family}:en16931`;
  return 'cii';
}

/** Profile of a ZUGFeRD 1.0 CrossIndustryDocument: 'zugferd-1:basic', ':comfort' or ':extended'. */
export function zugferd1Profile(guideline: string | null): string {
  const level = /:1p0:(basic|comfort|extended)\b/i.exec(guideline ?? '')?.[1];
  return level ? `zugferd-1:${level.toLowerCase()}` : 'zugferd-1';
}

/** Profile of a UBL Invoice or CreditNote. */
export function ublProfile(customization: string | null): string {
  if (customization === null) return 'ubl-2.1';
  if (/xrechnung/i.test(customization)) return 'xrechnung';
  if (/peppol\.eu:2017:poacc:billing:3\.0/i.test(customization)) return 'peppol-bis-3';
  return 'ubl-2.1';
}

// UNTDID 1001 codes EN 16931 lists as credit notes.
const CREDIT_NOTE_CODES = new Set([
  '81',
  '83',
  '261',
  '262',
  '296',
  '308',
  '381',
  '396',
  '420',
  '458',
  '532',
]);

export function isCreditNoteCode(typeCode: string | null): boolean {
  return typeCode !== null && CREDIT_NOTE_CODES.has(typeCode);
}
