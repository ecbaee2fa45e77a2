import { SUBSCRIPTION } from '../keywords.ts';
import type { Rule } from '../signals.ts';

export const subscription: Rule = (input) => {
  const inSubject = SUBSCRIPTION.test(input.subject);
  if (!inSubject && !SUBSCRIPTION.test(input.own)) return [];
  return [
    {
      kind: 'lookalike',
      weight: inSubject ? 5 : 3,
      name: 'lookalike:subscription',
      reason: 'a subscription renewal notice, not an invoice',
    },
  ];
};
