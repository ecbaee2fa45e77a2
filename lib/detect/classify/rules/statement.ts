import { STATEMENT } from '../keywords.ts';
import type { Rule } from '../signals.ts';

export const statement: Rule = (input) => {
  const inSubject = STATEMENT.test(input.subject);
  if (!inSubject && !STATEMENT.test(input.own)) return [];
  return [
    {
      kind: 'lookalike',
      weight: inSubject ? 6 : 3,
      name: 'lookalike:statement',
      reason: 'an account statement, not an invoice',
    },
  ];
};
