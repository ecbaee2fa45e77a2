import { QUOTE_BODY, QUOTE_SUBJECT } from '../keywords.ts';
import type { Rule } from '../signals.ts';

/** Quotes, estimates and pro-forma invoices announce a price; nothing is owed yet. */
export const quote: Rule = (input) => {
  const proforma = /pro[\s-]?forma/i.test(`${input.subject}\n${input.own}`);
  const inSubject = QUOTE_SUBJECT.test(input.subject);
  const inBody = QUOTE_BODY.test(input.own);
  const named = input.attachments.some((file) => QUOTE_SUBJECT.test(file.filename.replace(/[_-]/g, ' ')));
  const weight = (proforma ? 10 : 0) + (inSubject ? 6 : 0) + (inBody ? 3 : 0) + (named ? 3 : 0);
  if (weight === 0) return [];
  return [
    {
      kind: 'lookalike',
      weight,
      name: 'lookalike:quote',
      reason: 'a quote, estimate or pro-forma, not an invoice',
    },
  ];
};
