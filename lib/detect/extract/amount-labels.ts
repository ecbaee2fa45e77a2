/**
 * Words written before (or just after) an amount that say what it is, in English, German,
 * French, Spanish and a few neighbours. Matched case-insensitively on one line of text.
 */

import { Phrases } from '../classify/phrases.ts';

/** Label words that must stand as whole words (so "ust" never hits "August"). */
function wordsPattern(words: string[]): Phrases {
  return new Phrases(words);
}

/** The amount the reader must pay now. */
export const DUE_LABEL = wordsPattern([
  'amount\\s+(?:now\\s+)?due',
  'balance\\s+(?:now\\s+)?due',
  'total\\s+(?:amount\\s+)?due',
  'due\\s+amount',
  'amount\\s+ow(?:ing|ed)',
  'balance\\s+owing',
  'outstanding(?:\\s+(?:balance|amount))?',
  'amount\\s+outstanding',
  'remaining\\s+(?:balance|amount)',
  'balance\\s+remaining',
  'balance',
  'amount\\s+payable',
  'total\\s+payable',
  'payable',
  'to\\s+pay',
  'please\\s+pay',
  'pay\\s+now',
  'due\\s+now',
  'now\\s+due',
  'unpaid',
  'open\\s+amount',
  'overdue(?:\\s+(?:amount|balance))?',
  'past\\s+due',
  'due',
  'gesamtbetrag',
  'zu\\s+zahlen(?:der\\s+betrag)?',
  'zahlbetrag',
  'rechnungsbetrag',
  'offene[rn]?\\s+(?:betrag|saldo|posten)',
  'restbetrag',
  'fällige[rn]?\\s+betrag',
  'endbetrag',
  'noch\\s+offen',
  'montant\\s+(?:total\\s+)?d[uû]',
  'montant\\s+à\\s+(?:payer|régler)',
  'montant\\s+restant(?:\\s+dû)?',
  'total\\s+ttc',
  'net\\s+à\\s+payer',
  'reste\\s+à\\s+payer',
  'restant\\s+dû',
  'solde(?:\\s+(?:dû|restant|à\\s+payer))?',
  'à\\s+régler',
  'importe\\s+total',
  'total\\s+a\\s+pagar',
  'importe\\s+(?:a\\s+pagar|pendiente|adeudado)',
  'saldo\\s+(?:pendiente|a\\s+pagar)',
  'pendiente\\s+de\\s+pago',
  'importo\\s+(?:dovuto|da\\s+pagare|residuo)',
  'netto\\s+a\\s+pagare',
  '(?:ancora\\s+)?da\\s+saldare',
  'residuo',
  'totale\\s+da\\s+pagare',
  'te\\s+betalen',
  'openstaand(?:\\s+bedrag)?',
  'valor\\s+(?:a\\s+pagar|em\\s+aberto)',
  'att\\s+betala',
  'rest(?:beløb|belopp|beløp|summa)',
  'resterende\\s+(?:beløb|beløp)',
  'återstående\\s+belopp',
  'skyldig(?:t)?\\s+belopp',
  'saldo\\s+(?:devedor|em\\s+aberto|restante)',
  'valor\\s+(?:restante|pendente|devido)',
  'em\\s+aberto',
  'openstaand\\s+saldo',
  'å\\s+betale',
  'at\\s+betale',
  'do\\s+zapłaty',
  'należność(?:\\s+(?:ogółem|razem))?',
  'pozostało\\s+do\\s+zapłaty',
  'maksettava(?:\\s+yhteensä)?',
  'k\\s+úhradě',
  'ödenecek\\s+tutar',
  'maksettava(?:\\s+yhteensä)?',
  'k\\s+úhradě',
  'ödenecek\\s+tutar',
]);

/** A total that may still include what was already paid. */
export const TOTAL_LABEL = wordsPattern([
  'valor',
  'total\\s+(?:geral|a\\s+receber)',
  'honorar',
  'importe\\s+total',
  'grand\\s+total',
  'invoice\\s+(?:total|amount|value)',
  'total(?:\\s+amount)?',
  'amount',
  'sum',
  'summe',
  'gesamt(?:summe)?',
  'betrag',
  'brutto(?:betrag)?',
  'montant(?:\\s+total)?',
  'importe',
  'totale(?:\\s+documento)?',
  'kwot[aęy]',
  'celkem',
  'toplam',
  'summa',
  'totalt',
  'i\\s+alt',
  'yhteensä',
  'celkem',
  'toplam',
  'summa',
  'totalt',
  'i\\s+alt',
  'yhteensä',
  'razem',
  'totaal',
  'bedrag',
  'valor\\s+total',
  'belopp',
  'beløb',
  'kwota',
]);

/** "incl. VAT" and friends: they make a nearby "VAT" mean the gross total, not the tax. */
export const GROSS_LABEL =
  /incl(?:\.|uding|usive|uded)?\s+(?:of\s+)?(?:vat|tax(?:es)?|gst)|inkl(?:\.|usive)?\s+(?:mwst|ust|umsatzsteuer)|brutto|\bttc\b|iva\s+incluido|con\s+iva|tva\s+comprise|btw\s+inbegrepen|inkl(?:\.|usive)?\s+(?:moms|mva|btw)|inkl\s+moms|inc(?:l)?\.?\s+gst|incl(?:\.|usief)?\s+btw|iva\s+incluso|impostos\s+inclusos|med\s+moms/giu;

/** Parts of a total: never the amount due. */
export const PART_LABEL = wordsPattern([
  'sub-?\\s?total',
  'zwischensumme',
  'sous-total',
  'net(?:to)?\\s*(?:amount|betrag|summe)',
  'nettobetrag',
  'netto',
  'total\\s+h\\.?t\\.?',
  'montant\\s+h\\.?t\\.?',
  '\\bh\\.?t\\.?\\b',
  'base\\s+imponible',
  'excl(?:\\.|uding)?\\s+(?:vat|tax)',
  'vat',
  'tax(?:es)?',
  'mwst',
  'm\\.?w\\.?st',
  'ust',
  'umsatzsteuer',
  'mehrwertsteuer',
  'tva',
  'iva',
  'gst',
  'hst',
  'btw',
  'moms',
  'discount',
  'rabatt',
  'remise',
  'descuento',
  'skonto',
  'shipping',
  'postage',
  'versand(?:kosten)?',
  'frais\\s+de\\s+port',
  '(?:gastos|costos?|cargos?|costes?)\\s+de\\s+envío',
  'unit\\s+price',
  'price',
  'rate',
  'qty',
  'quantity',
  'einzelpreis',
  'preis',
  'prix(?:\\s+unitaire)?',
  'precio(?:\\s+unitario)?',
  'late\\s+(?:payment\\s+)?(?:fee|charge)',
  'fee',
  'interest',
  'zinsen',
  'verzugszinsen',
  'mahngebühr',
  'intérêts',
  'pénalités',
  'indemnité',
  'intereses',
  "ritenuta(?:\\s+d['’]acconto)?",
  'imponibile',
  'recargo',
]);

/** Money already received: a deposit or partial payment to subtract from the total. */
export const PAID_LABEL = wordsPattern([
  'amount\\s+paid',
  'already\\s+paid',
  'paid(?:\\s+to\\s+date)?',
  'deposit(?:\\s+(?:paid|received))?',
  'partial\\s+payment',
  'payments?\\s+received',
  'payments?\\s*/\\s*credits?',
  'less\\s+payments?',
  'credit(?:\\s+applied)?',
  'retainer',
  'anzahlung',
  'abschlag(?:szahlung)?',
  'bereits\\s+(?:bezahlt|gezahlt|erhalten|beglichen)',
  'teilzahlung',
  'dankend\\s+erhalten',
  'acompte(?:\\s+versé)?',
  'déjà\\s+(?:payé|réglé|versé)',
  'versé',
  'anticipo',
  'acconto',
  'ya\\s+pagado',
  'pago\\s+parcial',
  'pagado',
  'abonado',
  'señal',
  'indbetaling(?:en)?',
  'innbetaling(?:en)?',
  'inbetalning(?:en)?',
  'delbetaling(?:en)?',
  'delbetalning(?:en)?',
  'pagamento\\s+parcial',
  'já\\s+pago',
  'sinal',
  'aanbetaling',
  'reeds\\s+betaald',
]);

/** Written right after an amount: "€700 outstanding", "$500 paid on 3 March". */
export const TRAILING_DUE =
  /^\s*(?:is\s+|are\s+|remains?\s+|still\s+|ist\s+|sont\s+|est\s+|está\s+)?(?:now\s+)?(?:due|payable|overdue|past\s+due|outstanding|owing|owed|remaining|unpaid|open|offen|fällig|überfällig|restant|dû|impayé|pendiente|vencid[oa]|adeudad[oa])/iu;
export const TRAILING_PAID =
  /^\s*(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+)?(?:paid|received|credited|bezahlt|gezahlt|erhalten|eingegangen|payé|reçu|réglé|pagad[oa]|recibid[oa])/iu;
export const TRAILING_PART =
  /^\s*(?:\/|per\s|pro\s|par\s|por\s|x\s|×|\(?\s*(?:excl|zzgl|plus|\+)|hours?|hrs?|stunden|heures|horas)/iu;

/** The words just before an amount that tie it to the invoice: "invoice 12 for €300". */
const MENTION_ENDINGS = [
  'for',
  'of',
  'over',
  'über',
  'von',
  'de',
  'por',
  'di',
  'da',
  'voor',
  'van',
  'på',
  'na',
  'totalling',
  'totaling',
  'amounting to',
  'in the amount of',
  'in höhe von',
  "d'un montant de",
  "d'un montant",
  'por un importe de',
  'por importe de',
  'por valor de',
  'por un total de',
  'ter hoogte van',
];

/** Whether `before` (the text up to an amount) ends with one of the mention words. */
export function endsWithMentionWord(before: string): boolean {
  const tail = before
    .slice(-24)
    .toLowerCase()
    .replace(/[\s:]+$/, '')
    .replace(/[’]/g, "'");
  return MENTION_ENDINGS.some((ending) => {
    if (!tail.endsWith(ending)) return false;
    const previous = tail[tail.length - ending.length - 1];
    return previous === undefined || !/[\p{L}\p{N}]/u.test(previous);
  });
}
