import { NEWSLETTER, NEWSLETTER_TOPIC } from '../keywords.ts';
import type { Rule } from '../signals.ts';

/** Mass mail: unsubscribe footers, newsletter topics, many links. */
export const newsletter: Rule = (input) => {
  let weight = 0;
  if (NEWSLETTER.test(input.own.slice(-2000))) weight += 5;
  else if (NEWSLETTER.test(input.own)) weight += 3;
  if (NEWSLETTER_TOPIC.test(input.subject)) weight += 3;
  if (NEWSLETTER_TOPIC.test(input.own)) weight += 2;
  if (input.links.length > 25) weight += 2;
  // A topic alone ("how to pay") is no newsletter; it only counts beside a footer or many links.
  if (weight === 0 || (!NEWSLETTER.test(input.own) && input.links.length <= 25)) return [];
  return [
    { kind: 'lookalike', weight, name: 'lookalike:newsletter', reason: 'a newsletter or marketing mail' },
  ];
};
