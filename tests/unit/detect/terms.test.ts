import { describe, expect, it } from 'vitest';
import { dueDateFromTerms, findTerms } from '../../../lib/detect/extract/terms.ts';

const dueFor = (text: string, issued = '2026-03-04') => {
  const terms = findTerms(text);
  return terms ? dueDateFromTerms(terms, issued) : null;
};

describe('payment terms', () => {
  it.each([
    ['Terms: Net 30', '2026-04-03'],
    ['NET15', '2026-03-19'],
    ['Payment due within 14 days', '2026-03-18'],
    ['payable within 30 days of the invoice date', '2026-04-03'],
    ['Due on receipt', '2026-03-04'],
    ['Net 30 EOM', '2026-04-30'],
    ['Zahlbar innerhalb von 14 Tagen ohne Abzug', '2026-03-18'],
    ['Zahlungsziel: 30 Tage netto', '2026-04-03'],
    ['Zahlbar innert 30 Tagen', '2026-04-03'],
    ['Der Betrag ist sofort fällig.', '2026-03-04'],
    ['Règlement à 30 jours date de facture', '2026-04-03'],
    ['Paiement à 45 jours fin de mois', '2026-05-15'],
    ['Paiement à réception de facture', '2026-03-04'],
    ['Forma de pago: transferencia a 30 días', '2026-04-03'],
    ['Pagadero en 60 días', '2026-05-03'],
    ['a 30 días fin de mes', '2026-04-30'],
    ['de betalingstermijn is 14 dagen', '2026-03-18'],
    ['Please pay within 2 weeks', '2026-03-18'],
    ['Zahlbar innerhalb von 3 Wochen', '2026-03-25'],
    ['Payable by the end of the month', '2026-03-31'],
  ])('"%s" gives a due date of %s for an invoice of 4 March 2026', (text, date) => {
    expect(dueFor(text)).toBe(date);
  });

  it('does not read an amount after "net" as terms', () => {
    expect(findTerms('Total net 300,00 €')).toBeNull();
  });

  it('needs a word about paying before trusting a bare "within N days"', () => {
    expect(findTerms('We will deliver within 10 days.')).toBeNull();
    expect(findTerms('Please pay within 10 days.')?.days).toBe(10);
  });
});
