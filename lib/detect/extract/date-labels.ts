/** Words before a date that say which date it is, matched case-insensitively on one line. */

import { Phrases } from '../classify/phrases.ts';

function wordsPattern(words: string[], unbounded: string[] = []): Phrases {
  return new Phrases(words, unbounded);
}

export const DUE_DATE_LABEL = wordsPattern(
  [
    'due(?:\\s+date)?',
    'date\\s+due',
    'due\\s+(?:on|by|before)',
    'payment\\s+due(?:\\s+(?:date|on|by))?',
    'payment\\s+date',
    'payable\\s+(?:by|before|until|on|no\\s+later\\s+than)',
    'pay(?:ment)?\\s+(?:by|before|until|no\\s+later\\s+than)',
    'settle(?:d)?\\s+(?:by|before)',
    'no\\s+later\\s+than',
    'deadline',
    'expir(?:es|y|ation)(?:\\s+date)?',
    'fällig(?:keit(?:sdatum)?)?(?:\\s+(?:am|bis|zum))?',
    'zahlbar\\s+(?:bis|zum|am)(?:\\s+zum)?',
    'zahlungsziel',
    'zahlungsfrist',
    'zahlungstermin',
    'spätestens(?:\\s+(?:am|bis(?:\\s+zum)?))?',
    "date\\s+d[’']échéance",
    'échéance',
    'à\\s+(?:régler|payer)\\s+(?:avant|au\\s+plus\\s+tard)\\s+le',
    'au\\s+plus\\s+tard\\s+le',
    'date\\s+limite(?:\\s+de\\s+(?:paiement|règlement))?',
    'exigible\\s+le',
    'payable\\s+le',
    'fecha\\s+de\\s+vencimiento',
    'vencimiento',
    'vence(?:\\s+el)?',
    'fecha\\s+l[ií]mite(?:\\s+de\\s+pago)?',
    'pagadero\\s+(?:el|antes\\s+del?|hasta\\s+el)',
    'scadenza',
    'vervaldatum',
    'vencimento',
    'förfallodatum',
    'forfallsdato',
    'eräpäivä',
    'datum\\s+splatnosti',
    'splatnost',
    'son\\s+ödeme\\s+tarihi',
    'termin\\s+zapłaty',
    'forfaldsdato',
    'termin\\s+płatności',
    'minął',
    'upłynął',
    'scadut[ao](?:\\s+(?:il|in\\s+data))?',
    'entro\\s+il',
  ],
  ['(?:支払|振込|入金|お支払い?)(?:期限|期日|予定日)', '期日', '期限'],
);

/** Weak due words: they mean "due" only in a sentence about paying ("please pay by …"). */
export const WEAK_DUE_DATE_LABEL = wordsPattern([
  'by',
  'before',
  'until',
  'bis(?:\\s+zum)?',
  'avant\\s+le',
  'antes\\s+del?',
  'hasta\\s+el',
]);
export const PAY_WORD =
  /pay|paid|settle|transfer|remit|zahl|überweis|begleich|pai|régl|virement|pag|transfer/iu;

export const ISSUE_DATE_LABEL = wordsPattern(
  [
    'invoice\\s+date',
    'date\\s+of\\s+(?:issue|invoice)',
    'issue\\s+date',
    'issued(?:\\s+on)?',
    'date\\s+issued',
    'dated',
    'invoiced\\s+on',
    'sent\\s+on',
    'date',
    'rechnungsdatum',
    'ausstellungsdatum',
    'datum',
    'rechnung\\p{L}*\\s+(?:nr\\.?\\s*)?(?:[\\p{L}\\d/.-]+\\s+)?vom',
    'rechnung\\s+vom',
    'datiert\\s+(?:vom|auf\\s+den)',
    'date\\s+de\\s+(?:la\\s+)?factur(?:e|ation)',
    "date\\s+d[’']émission",
    'émise?\\s+le',
    'en\\s+date\\s+du',
    'datée?\\s+du',
    'factur\\p{L}*\\s+(?:n[°º]\\s*)?(?:[\\p{L}\\d/.-]+\\s+)?du',
    'fattur\\p{L}*\\s+(?:n\\.?\\s*)?(?:[\\p{L}\\d/.-]+\\s+)?del',
    'factura\\s+(?:n[ºo°.]\\s*)?(?:[\\p{L}\\d/.-]+\\s+)?del',
    'data\\s+wystawienia',
    'fecha(?:\\s+de\\s+(?:emisi[oó]n|(?:la\\s+)?factura|expedici[oó]n))?',
    'de\\s+fecha',
    'emitida\\s+el',
    'data(?:\\s+(?:fattura|emissione|de\\s+emissão))?',
    'factuurdatum',
    'factuur\\s+(?:[\\p{L}\\d/.-]+\\s+)?van',
    'invoice\\s+(?:no\\.?\\s*|#\\s*)?(?:[\\p{L}\\d/.-]+\\s+)?(?:dated|from|of)',
    'billing\\s+date',
    'bill\\s+date',
    'fakturadato',
    'datum\\s+vystavení',
    'fatura\\s+tarihi',
    'laskun\\s+päivä(?:määrä|ys)',
    'fakturadatum',
  ],
  ['発行日', '請求日', '日付'],
);

/** Dates that are neither: service periods, delivery, orders, payments. */
export const OTHER_DATE_LABEL = wordsPattern([
  'period',
  'service\\s+period',
  'from',
  'to',
  'through',
  'delivery(?:\\s+date)?',
  'delivered',
  'order(?:\\s+date)?',
  'paid(?:\\s+on)?',
  'received(?:\\s+on)?',
  'shipped',
  'valid\\s+until',
  'leistungs(?:datum|zeitraum)',
  'lieferdatum',
  'zeitraum',
  'bezahlt(?:\\s+am)?',
  'période',
  'livraison',
  'payé\\s+le',
  'periodo',
  'entrega',
  'pagado\\s+el',
]);

/** "10 days overdue", "seit 10 Tagen überfällig", "en retard de 10 jours". */
export const DAYS_OVERDUE =
  /(?<!\d)(\d{1,3})\s+(?:days?|tage[n]?|jours|días|dias|giorni|dagen)\s+(?:overdue|past\s+due|late|überfällig|en\s+retard|de\s+retraso|vencid[oa]|in\s+ritardo|te\s+laat)|(?:overdue|past\s+due|überfällig|en\s+retard|vencid[oa]|in\s+ritardo)\s+(?:by|for|seit|de(?:puis)?|desde\s+hace|hace|da)\s+(\d{1,3})\s+(?:days?|tage[n]?|jours|días|dias|giorni)/iu;
