import type { FeePolicy } from '../ladder/types.ts';
import { formatMoney, parseDecimal } from '../money/amount.ts';
import type { DraftLanguage } from './language.ts';
import type { TemplateId } from './template-ids.ts';

/** Words the context puts into drafts, in each built-in language (history lines, plan frequency, fee basis). */

export type InstalmentFrequency = 'weekly' | 'fortnightly' | 'monthly';

const STEP_NAMES: Record<DraftLanguage, Record<TemplateId, string>> = {
  en: {
    courtesy: 'courtesy note',
    'due-today': 'due-date note',
    reminder: 'friendly reminder',
    'follow-up': 'follow-up',
    call: 'phone call',
    final: 'final notice',
    'plan-proposal': 'payment plan proposal',
    'plan-confirmation': 'payment plan confirmation',
    'discount-offer': 'early-payment offer',
    'partial-ack': 'part-payment acknowledgement',
    'thank-you': 'thank-you note',
    collections: 'collections notice',
  },
  de: {
    courtesy: 'Vorabhinweis',
    'due-today': 'Hinweis zum Fälligkeitstag',
    reminder: 'Zahlungserinnerung',
    'follow-up': 'Nachfrage',
    call: 'Telefonat',
    final: 'letzte Mahnung',
    'plan-proposal': 'Ratenzahlungsvorschlag',
    'plan-confirmation': 'Bestätigung der Ratenzahlung',
    'discount-offer': 'Skontoangebot',
    'partial-ack': 'Bestätigung der Teilzahlung',
    'thank-you': 'Dankesschreiben',
    collections: 'Mitteilung über die Abgabe an ein Inkassobüro',
  },
  fr: {
    courtesy: 'message de courtoisie',
    'due-today': 'rappel du jour d’échéance',
    reminder: 'rappel amical',
    'follow-up': 'relance',
    call: 'appel téléphonique',
    final: 'dernier rappel avant recouvrement',
    'plan-proposal': 'proposition d’échéancier',
    'plan-confirmation': 'confirmation d’échéancier',
    'discount-offer': 'offre d’escompte',
    'partial-ack': 'accusé de réception d’un paiement partiel',
    'thank-you': 'remerciement',
    collections: 'avis de transmission au recouvrement',
  },
  es: {
    courtesy: 'aviso de cortesía',
    'due-today': 'aviso del día de vencimiento',
    reminder: 'recordatorio',
    'follow-up': 'seguimiento',
    call: 'llamada telefónica',
    final: 'último aviso',
    'plan-proposal': 'propuesta de plan de pagos',
    'plan-confirmation': 'confirmación del plan de pagos',
    'discount-offer': 'oferta de descuento por pronto pago',
    'partial-ack': 'acuse de pago parcial',
    'thank-you': 'agradecimiento',
    collections: 'aviso de traspaso a cobro',
  },
};

const CALL_OUTCOMES: Record<DraftLanguage, Record<string, string>> = {
  en: {
    promised: 'promised to pay on a date',
    'paying-today': 'said they are paying today',
    'not-received': 'said the invoice had not arrived',
    'awaiting-approval': 'waiting for internal approval',
    disputed: 'disputed the invoice',
    unreachable: 'could not be reached',
    voicemail: 'voicemail left',
  },
  de: {
    promised: 'Zahlung zu einem Termin zugesagt',
    'paying-today': 'Zahlung für heute angekündigt',
    'not-received': 'Rechnung nach eigener Aussage nicht erhalten',
    'awaiting-approval': 'wartet auf interne Freigabe',
    disputed: 'Rechnung beanstandet',
    unreachable: 'nicht erreicht',
    voicemail: 'Nachricht auf der Mailbox hinterlassen',
  },
  fr: {
    promised: 'promesse de paiement à une date précise',
    'paying-today': 'paiement annoncé pour aujourd’hui',
    'not-received': 'facture non reçue, selon le client',
    'awaiting-approval': 'en attente de validation interne',
    disputed: 'facture contestée',
    unreachable: 'injoignable',
    voicemail: 'message laissé sur la messagerie',
  },
  es: {
    promised: 'se comprometió a pagar en una fecha',
    'paying-today': 'indicó que paga hoy',
    'not-received': 'indicó que no había recibido la factura',
    'awaiting-approval': 'pendiente de aprobación interna',
    disputed: 'discrepa de la factura',
    unreachable: 'no se pudo contactar',
    voicemail: 'se dejó un mensaje de voz',
  },
};

const FREQUENCIES: Record<DraftLanguage, Record<InstalmentFrequency, string>> = {
  en: { weekly: 'weekly', fortnightly: 'fortnightly', monthly: 'monthly' },
  de: { weekly: 'wöchentlich', fortnightly: 'alle zwei Wochen', monthly: 'monatlich' },
  fr: { weekly: 'hebdomadaire', fortnightly: 'de deux semaines', monthly: 'mensuel' },
  es: { weekly: 'cada semana', fortnightly: 'cada dos semanas', monthly: 'cada mes' },
};

/** A ladder step in words: the built-in name for its template, else the step's own label or id. */
export function stepName(language: DraftLanguage, templateId: string, fallback: string): string {
  return (STEP_NAMES[language] as Record<string, string>)[templateId] ?? fallback;
}

export function callOutcomeName(language: DraftLanguage, outcome: string): string {
  return CALL_OUTCOMES[language][outcome] ?? outcome;
}

export function frequencyName(language: DraftLanguage, frequency: InstalmentFrequency): string {
  return FREQUENCIES[language][frequency];
}

function percentText(percent: string, locale: string): string {
  const value = Number(percent);
  if (!Number.isFinite(value)) return `${percent}%`;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 4 }).format(value / 100);
}

function amountText(decimal: string, currency: string, locale: string): string {
  const parsed = parseDecimal(decimal, currency);
  return parsed.ok ? formatMoney(parsed.minor, currency, locale) : `${decimal} ${currency}`;
}

/**
 * What the fees rest on, as a phrase that fits after "this includes" / "based on": the user's
 * own terms or the statute. Empty when the policy charges nothing.
 */
export function feeBasis(fees: FeePolicy, language: DraftLanguage, locale: string, currency: string): string {
  switch (fees.kind) {
    case 'none':
      return '';
    case 'flat': {
      const amount = amountText(fees.amount, currency, locale);
      return {
        en: `a flat late-payment fee of ${amount}, as set out in our payment terms`,
        de: `eine pauschale Verzugsgebühr von ${amount} gemäß unseren Zahlungsbedingungen`,
        fr: `des frais de retard forfaitaires de ${amount}, prévus par nos conditions de paiement`,
        es: `un recargo fijo por demora de ${amount}, según nuestras condiciones de pago`,
      }[language];
    }
    case 'percent-per-month': {
      const percent = percentText(fees.percent, locale);
      return {
        en: `interest of ${percent} a month on the overdue balance, as set out in our payment terms`,
        de: `Zinsen von ${percent} pro Monat auf den offenen Betrag gemäß unseren Zahlungsbedingungen`,
        fr: `des intérêts de ${percent} par mois sur le solde impayé, prévus par nos conditions de paiement`,
        es: `intereses del ${percent} mensual sobre el saldo vencido, según nuestras condiciones de pago`,
      }[language];
    }
    case 'statutory-uk':
      return {
        en: 'statutory interest at 8% a year above the Bank of England base rate, plus fixed compensation, under the Late Payment of Commercial Debts (Interest) Act 1998',
        de: 'gesetzliche Zinsen von 8 % jährlich über dem Leitzins der Bank of England zuzüglich einer Pauschalentschädigung nach dem britischen Late Payment of Commercial Debts (Interest) Act 1998',
        fr: 'des intérêts légaux de 8 % par an au-delà du taux directeur de la Banque d’Angleterre, plus une indemnité forfaitaire, en application du Late Payment of Commercial Debts (Interest) Act 1998 britannique',
        es: 'intereses legales del 8 % anual sobre el tipo oficial del Banco de Inglaterra, más una compensación fija, conforme a la Late Payment of Commercial Debts (Interest) Act 1998 británica',
      }[language];
    case 'statutory-eu': {
      const compensation = amountText(fees.compensation, 'EUR', locale);
      return {
        en: `statutory interest at 8 percentage points above the reference rate, plus fixed compensation of ${compensation} for recovery costs, under the EU Late Payment Directive (2011/7/EU)`,
        de: `gesetzliche Verzugszinsen von 8 Prozentpunkten über dem Referenzzinssatz zuzüglich einer Pauschale von ${compensation} für Beitreibungskosten nach der EU-Zahlungsverzugsrichtlinie (2011/7/EU)`,
        fr: `des intérêts de retard au taux de référence majoré de 8 points, plus une indemnité forfaitaire de ${compensation} pour frais de recouvrement, en application de la directive européenne 2011/7/UE`,
        es: `intereses de demora al tipo de referencia más 8 puntos porcentuales, más una compensación fija de ${compensation} por costes de cobro, conforme a la Directiva europea 2011/7/UE`,
      }[language];
    }
    case 'statutory-de':
      return {
        en: 'default interest at 9 percentage points above the base rate, plus the flat EUR 40 default charge, under section 288 of the German Civil Code (BGB)',
        de: 'Verzugszinsen von 9 Prozentpunkten über dem Basiszinssatz sowie die Verzugspauschale von 40 € nach § 288 BGB',
        fr: 'des intérêts de retard de 9 points au-delà du taux de base, plus l’indemnité forfaitaire de 40 €, en application de l’article 288 du Code civil allemand (BGB)',
        es: 'intereses de demora de 9 puntos porcentuales sobre el tipo básico, más la indemnización fija de 40 €, conforme al artículo 288 del Código Civil alemán (BGB)',
      }[language];
  }
}
