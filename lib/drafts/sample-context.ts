import type { InvoicePlan, Policy } from '../ladder/types.ts';
import type { SenderProfile, TimelineEvent } from '../ledger/types.ts';
import { buildDraftContext, type DraftContext, type DraftInvoice } from './context.ts';
import { type DraftLanguage, draftLanguage } from './language.ts';

/**
 * A complete, realistic context for the editor's live preview: a part-paid invoice three weeks
 * overdue, three reminders and a call behind it, statutory interest running.
 */

interface SamplePeople {
  currency: string;
  client: DraftInvoice['client'];
  sender: SenderProfile;
  callNote: string;
}

const PEOPLE: Record<DraftLanguage, SamplePeople> = {
  en: {
    currency: 'GBP',
    client: { name: 'Jordan Ellis', email: 'jordan@brightwater.example', company: 'Brightwater Studio Ltd' },
    sender: {
      name: 'Sam Okafor',
      position: 'Founder',
      company: 'Okafor Design',
      email: 'sam@okafordesign.example',
      phone: '+44 20 7946 0321',
      signature: 'Sam Okafor\nFounder, Okafor Design\n+44 20 7946 0321',
      paymentInstructions:
        'Bank transfer to Okafor Design, sort code 12-34-56, account 12345678, quoting the invoice number.',
    },
    callNote: 'Payment to go out by 9 March',
  },
  de: {
    currency: 'EUR',
    client: { name: 'Jana Krüger', email: 'j.krueger@nordlicht.example', company: 'Nordlicht Medien GmbH' },
    sender: {
      name: 'Lukas Brandt',
      position: 'Inhaber',
      company: 'Brandt Grafik',
      email: 'lukas@brandtgrafik.example',
      phone: '+49 30 1234567',
      signature: 'Lukas Brandt\nInhaber, Brandt Grafik\n+49 30 1234567',
      paymentInstructions:
        'Überweisung an Brandt Grafik, IBAN DE12 3456 7890 1234 5678 90, Verwendungszweck: Rechnungsnummer.',
    },
    callNote: 'Zahlung bis 9. März zugesagt',
  },
  fr: {
    currency: 'EUR',
    client: {
      name: 'Camille Laurent',
      email: 'c.laurent@atelier-lumiere.example',
      company: 'Atelier Lumière SARL',
    },
    sender: {
      name: 'Hugo Martin',
      position: 'Gérant',
      company: 'Martin Conseil',
      email: 'hugo@martinconseil.example',
      phone: '+33 1 23 45 67 89',
      signature: 'Hugo Martin\nGérant, Martin Conseil\n+33 1 23 45 67 89',
      paymentInstructions:
        'Virement à Martin Conseil, IBAN FR76 1234 5678 9012 3456 7890 123, en indiquant le numéro de facture.',
    },
    callNote: 'Virement prévu d’ici le 9 mars',
  },
  es: {
    currency: 'EUR',
    client: { name: 'Lucía Romero', email: 'lucia@estudiobrisa.example', company: 'Estudio Brisa S.L.' },
    sender: {
      name: 'Diego Navarro',
      position: 'Director',
      company: 'Navarro Diseño',
      email: 'diego@navarrodiseno.example',
      phone: '+34 912 345 678',
      signature: 'Diego Navarro\nDirector, Navarro Diseño\n+34 912 345 678',
      paymentInstructions:
        'Transferencia a Navarro Diseño, IBAN ES12 3456 7890 1234 5678 9012, indicando el número de factura.',
    },
    callNote: 'Pago previsto antes del 9 de marzo',
  },
};

const SAMPLE_TODAY = '2026-03-10';

function samplePolicy(currency: string): Policy {
  return {
    steps: [
      { id: 'courtesy', offsetDays: -3 },
      { id: 'reminder', offsetDays: 3 },
      { id: 'follow-up', offsetDays: 14 },
      { id: 'call', offsetDays: 21 },
      { id: 'final', offsetDays: 30 },
      { id: 'collections', offsetDays: 45 },
    ],
    minGapDays: 5,
    finalDeadlineDays: 14,
    fees:
      currency === 'GBP'
        ? { kind: 'statutory-uk', referenceRates: [{ from: '2025-12-18', rate: '3.75' }] }
        : {
            kind: 'statutory-eu',
            referenceRates: [{ from: '2025-07-01', rate: '2.15' }],
            compensation: '40.00',
          },
  };
}

function samplePlan(currency: string): InvoicePlan {
  const fees =
    currency === 'GBP'
      ? { lateFeeMinor: 0, interestMinor: 1391, compensationMinor: 7000, totalMinor: 8391 }
      : { lateFeeMinor: 0, interestMinor: 1201, compensationMinor: 4000, totalMinor: 5201 };
  return {
    id: 'sample',
    currency,
    balanceMinor: 180000,
    status: 'overdue',
    daysOverdue: 24,
    daysUntilDue: 0,
    nextStep: 'call',
    nextDate: SAMPLE_TODAY,
    due: true,
    pausedReason: null,
    pausedUntil: null,
    finalDeadline: null,
    fees,
    currentStep: 'follow-up',
    remindersSent: 3,
    lastReminderDate: '2026-02-28',
    lastContactDate: '2026-03-05',
    reason: 'overdue: promise to pay by 9 Mar 2026 was not kept',
  };
}

function sampleHistory(callNote: string): TimelineEvent[] {
  const base = { invoiceId: 'sample', at: 0 };
  return [
    { ...base, id: 'e1', date: '2026-02-11', type: 'sent', step: 'courtesy' },
    { ...base, id: 'e2', date: '2026-02-17', type: 'sent', step: 'reminder' },
    { ...base, id: 'e3', date: '2026-02-28', type: 'sent', step: 'follow-up' },
    { ...base, id: 'e4', date: '2026-03-05', type: 'call', outcome: 'promised', note: callNote },
    { ...base, id: 'e5', date: '2026-03-05', type: 'promise', until: '2026-03-09', note: callNote },
  ];
}

/** The editor's preview context for a locale (English sample in pounds, others in euros). */
export function sampleDraftContext(locale: string): DraftContext {
  const people = PEOPLE[draftLanguage(locale)];
  const { currency } = people;
  return buildDraftContext({
    invoice: {
      number: 'INV-2026-014',
      currency,
      totalMinor: 240000,
      issueDate: '2026-01-15',
      dueDate: '2026-02-14',
      payments: [{ date: '2026-02-20', amountMinor: 60000 }],
      client: people.client,
    },
    plan: samplePlan(currency),
    policy: samplePolicy(currency),
    sender: people.sender,
    locale,
    today: SAMPLE_TODAY,
    extras: {
      proposal: { count: 3, firstDate: '2026-03-20', frequency: 'monthly' },
      discount: { percent: 2, payBy: '2026-03-17' },
      history: sampleHistory(people.callNote),
    },
  });
}
