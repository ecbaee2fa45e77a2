/** Invoice numbers: after an invoice word and its "no./#/Nr./n°" marker, in a file name, or as INV-0042. */

export interface NumberMatch {
  value: string;
  index: number;
  /** 0..1: a marker ("Invoice No.") is surer than a bare word ("Invoice 12"). */
  confidence: number;
}

const INVOICE_WORD =
  '(?:invoice|inv\\.?(?=\\s|#)|rechnung|honorarnote|faktur[aeyę]?|facture|factura|fattura|factuur|fatura|nota\\s+fiscal|請求書)';
const MARKER =
  '(?:number|numbers|num|no|nr|nro|n[°ºo]|n(?=\\.)|#|nummer|numéro|numero|número|núm|id|ref(?:erence)?|réf(?:érence)?)';
/** An id: letters, digits and joiners, with at least one digit, not ending in a joiner. */
const TOKEN = '[A-Za-z0-9][A-Za-z0-9\\-_/.]{0,28}[A-Za-z0-9]|\\d';

const LABELLED = new RegExp(
  `(?<![\\p{L}/.@-])${INVOICE_WORD}(?!\\p{L})\\s{0,3}(?:(?<marker>${MARKER})\\.?\\s{0,3}(?:de\\s+)?)?[:：#.\\-–(]?\\s{0,3}(?:#\\s{0,2})?(?<token>${TOKEN})`,
  'giu',
);
/** "Numéro de facture : F-12", "N° de facture", "Número de factura", "Invoice number" on its own line. */
const MARKER_FIRST = new RegExp(
  `(?<!\\p{L})(?:n[°ºo]|numéro|numero|número|núm|nr|no|number)\\.?\\s{0,3}(?:de\\s+(?:la\\s+)?|d[’']\\s?)?${INVOICE_WORD}\\s{0,3}[:：#.]?\\s{0,3}(?<token>${TOKEN})`,
  'giu',
);
const RECHNUNGSNUMMER = new RegExp(
  `(?<!\\p{L})(?:rechnungs-?(?:nummer|nr)|invoice\\s*(?:number|no|#)|factuurnummer|fakturanummer|fakturanr|bill\\s*(?:number|no)|請求書番号)\\.?\\s{0,3}[:：#.]?\\s{0,4}(?<token>${TOKEN})`,
  'giu',
);
/** Tokens that look like invoice ids on their own: INV-0042, RE-2026-001, F2026-031. */
const PREFIXED =
  /(?<![\p{L}\d\-/])(?<token>(?:INV|INVOICE|RE|RG|RN|FA|FAC|FACT|FV|FT|F)[-_/ #]?(?:\d+(?:[-_/.]\d+)+|\d{2,}))(?![\p{L}\d])/gu;

const WORD_AFTER =
  /^(?:for|from|to|of|and|the|your|our|is|was|has|vom|von|für|über|pour|para|por|del|de|du)$/i;

/** "#1043" anywhere: only trusted in a subject that already says "invoice". */
const HASH_TOKEN = /#\s?(?<token>[A-Za-z0-9][A-Za-z0-9\-_/.]{0,28}[A-Za-z0-9]|\d)/gu;

/** A table header cell naming the invoice number: its value sits in the same column below. */
const HEADER_CELL =
  /^(?:invoice\s*(?:number|no\.?|#|id)|inv\.?\s*(?:no\.?|#)|rechnungs-?(?:nummer|nr\.?)|n[°º]\s*(?:de\s+)?facture|num[ée]ro\s+de\s+facture|n[úu]mero\s+de\s+factura|factura\s+n[ºo°]|factuurnummer|numero\s+fattura|請求書番号)\s*:?$/iu;
const MAX_TABLE_LINES = 400;

export function findInvoiceNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  collectBelowHeader(found, text);
  collect(found, text, RECHNUNGSNUMMER, 0.92);
  collect(found, text, MARKER_FIRST, 0.9);
  collect(found, text, LABELLED, 0.85);
  collect(found, text, PREFIXED, 0.65);
  return found.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
}

/** "#1043" in a subject such as "New invoice from Studio Nord #1043". */
export function findHashNumber(subject: string): NumberMatch | null {
  const found: NumberMatch[] = [];
  collect(found, subject, HASH_TOKEN, 0.8);
  return found[0] ?? null;
}

/** The invoice number a file name carries: "Invoice-INV-0042.pdf", "Rechnung_2026-017.pdf". */
export function invoiceNumberFromFilename(filename: string): string | null {
  const stem = filename.replace(/\.[A-Za-z0-9]{2,5}$/, '');
  const prefixed = new RegExp(PREFIXED.source, 'u').exec(stem)?.groups?.token;
  const labelled = new RegExp(
    `${INVOICE_WORD}[\\s_\\-#.]*(?:${MARKER}[\\s_\\-#.]*)?(?<token>${TOKEN})`,
    'iu',
  ).exec(stem);
  const token = prefixed ?? labelled?.groups?.token ?? null;
  return token && /\d/.test(token) ? clean(token) : null;
}

function collectBelowHeader(found: NumberMatch[], text: string): void {
  if (!text.includes('\t')) return;
  const lines = text.split('\n', MAX_TABLE_LINES);
  let offset = 0;
  for (let index = 0; index < lines.length - 1; index++) {
    const line = lines[index]!;
    const column = line.includes('\t')
      ? line.split('\t').findIndex((cell) => HEADER_CELL.test(cell.trim()))
      : -1;
    if (column >= 0) {
      const below = lines.slice(index + 1).find((next) => next.trim() !== '');
      const value = below?.split('\t')[column]?.trim() ?? '';
      if (
        /^#?[A-Za-z0-9][A-Za-z0-9\-_/.]{0,28}[A-Za-z0-9]$|^\d$/.test(value) &&
        isPlausible(clean(value), '', 0, true)
      ) {
        found.push({ value: clean(value), index: offset, confidence: 0.88 });
        return;
      }
    }
    offset += line.length + 1;
  }
}

function collect(found: NumberMatch[], text: string, pattern: RegExp, confidence: number): void {
  pattern.lastIndex = 0;
  let count = 0;
  for (let match = pattern.exec(text); match && count < 50; match = pattern.exec(text), count++) {
    const token = match.groups?.token;
    if (!token) continue;
    const value = clean(token);
    const marked = Boolean(match.groups?.marker) || pattern === PREFIXED || pattern === RECHNUNGSNUMMER;
    if (!isPlausible(value, text, match.index + match[0].length, marked)) continue;
    const sure = match.groups?.marker ? confidence + 0.05 : confidence;
    found.push({ value, index: match.index, confidence: Math.min(0.95, sure) });
  }
}

function clean(token: string): string {
  return token.replace(/[.\-_/]+$/, '').replace(/^#/, '');
}

/** `marked`: written after "No.", "#", "Nr." or as INV-…, so a date-like shape is still an id. */
function isPlausible(value: string, text: string, end: number, marked: boolean): boolean {
  if (!/\d/.test(value) || value.length > 30) return false;
  if (WORD_AFTER.test(value)) return false;
  if (/^[,.]\d/.test(text.slice(end, end + 2))) return false;
  if (marked) return true;
  // A date or a year, not an id: "Invoice 2026-03-04", "Rechnung 03.2026", "invoice 2026".
  if (
    /^\d{4}-\d{2}-\d{2}$|^\d{1,2}([./-])\d{1,2}\1\d{2,4}$|^(?:0?[1-9]|1[0-2])\.\d{4}$|^0[1-9]\/\d{4}$/.test(
      value,
    )
  )
    return false;
  // An amount, not an id: "invoice 1,200.00 €".
  if (/^\d{1,3}(?:[,.]\d{3})*[,.]\d{2}$/.test(value)) return false;
  const after = text.slice(end, end + 6);
  if (/^[,.]\d/.test(after)) return false;
  if (/^\s?(?:[€$£¥%]|EUR|USD|GBP|CHF|days?|Tage|jours|días)/i.test(after)) return false;
  return true;
}
