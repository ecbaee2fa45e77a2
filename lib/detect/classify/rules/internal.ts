import type { Rule } from '../signals.ts';

/** Public mailbox domains: two addresses there share no organisation. */
const PUBLIC_DOMAIN =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|icloud|me|aol|gmx|web|proton|protonmail|t-online|orange|free|laposte)\./i;

/** Mail between colleagues of one organisation (a memo about supplier invoices) bills no client. */
export const internal: Rule = (input) => {
  const domain = domainOf(input.senderAddress);
  if (!domain || PUBLIC_DOMAIN.test(domain) || input.recipients.length === 0) return [];
  if (!input.recipients.every((address) => domainOf(address) === domain)) return [];
  return [
    {
      kind: 'lookalike',
      weight: 8,
      name: 'lookalike:internal',
      reason: 'an internal message between colleagues',
    },
  ];
};

function domainOf(address: string): string {
  return address.split('@')[1]?.toLowerCase() ?? '';
}
