import { affirmedMatch } from '../affirmed.ts';
import { PROMISE } from '../keywords.ts';
import type { Rule } from '../signals.ts';

/** The client says when they will pay. */
export const promise: Rule = (input) => {
  if (input.fromMe || input.direction === 'sent') return [];
  return affirmedMatch(PROMISE, input.own) ? [{ kind: 'promise', weight: 5, name: 'body:promise' }] : [];
};
