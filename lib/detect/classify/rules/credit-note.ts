import { CREDIT_NOTE } from '../keywords.ts';
import type { Rule } from '../signals.ts';

/** Credit notes reduce what a client owes: there is nothing to chase. */
export const creditNote: Rule = (input) => {
  const inSubject = CREDIT_NOTE.test(input.subject);
  const named = input.attachments.some((file) =>
    CREDIT_NOTE.test((file.filename ?? '').replace(/[_-]/g, ' ')),
  );
  const weight =
    (inSubject ? 8 : 0) + (named ? 4 : 0) + (!inSubject && CREDIT_NOTE.test(input.own.slice(0, 600)) ? 4 : 0);
  if (weight === 0) return [];
  return [
    { kind: 'lookalike', weight, name: 'lookalike:credit-note', reason: 'a credit note, not an invoice' },
  ];
};
