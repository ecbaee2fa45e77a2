import { ACTIVITY_NOTICE } from '../keywords.ts';
import type { Rule } from '../signals.ts';

/** "Hannah viewed invoice #1045": a platform telling the user what a client did, not an invoice. */
export const activity: Rule = (input) => {
  const head = `${input.subject}\n${input.own.slice(0, 400)}`;
  return ACTIVITY_NOTICE.test(head)
    ? [
        {
          kind: 'lookalike',
          weight: 10,
          name: 'lookalike:activity-notice',
          reason: 'a notice that a client viewed an invoice',
        },
      ]
    : [];
};
