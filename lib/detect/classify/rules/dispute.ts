import { DISPUTE } from '../keywords.ts';
import type { Rule } from '../signals.ts';

/** The client contests the invoice: wrong hours, wrong amount, work not done. */
export const dispute: Rule = (input) => {
  if (input.fromMe || input.direction === 'sent') return [];
  return DISPUTE.test(`${input.subject}\n${input.own}`)
    ? [{ kind: 'dispute', weight: 5, name: 'body:dispute' }]
    : [];
};
