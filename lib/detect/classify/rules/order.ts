import { ORDER } from '../keywords.ts';
import type { Rule } from '../signals.ts';

export const order: Rule = (input) => {
  const inSubject = ORDER.test(input.subject);
  if (!inSubject && !ORDER.test(input.own)) return [];
  return [
    {
      kind: 'lookalike',
      weight: inSubject ? 5 : 2,
      name: 'lookalike:order',
      reason: 'an order or shipping confirmation, not an invoice',
    },
  ];
};
