import { AUTO_REPLY_BODY, AUTO_REPLY_SUBJECT } from '../keywords.ts';
import type { Rule } from '../signals.ts';

export const autoReply: Rule = (input) => {
  const weight =
    (AUTO_REPLY_SUBJECT.test(input.subject) ? 10 : 0) + (AUTO_REPLY_BODY.test(input.own) ? 4 : 0);
  if (weight === 0) return [];
  return [{ kind: 'lookalike', weight, name: 'lookalike:auto-reply', reason: 'an automatic reply' }];
};
