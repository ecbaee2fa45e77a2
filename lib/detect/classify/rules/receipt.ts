import { affirmedMatch } from '../affirmed.ts';
import { PAYEE_NOTICE, PAYER_ADDRESSED, PAYMENT_ACKNOWLEDGED, RECEIPT, SENDER_PAID } from '../keywords.ts';
import type { Rule } from '../signals.ts';

/**
 * Receipts thank a payer. Sent for the user's own business (or by its platform), they mean
 * the user's invoice was paid; addressed to the user as the payer, they are a look-alike.
 */
export const receipt: Rule = (input) => {
  const text = `${input.subject}\n${input.own}`;
  if (input.fromMe || (!RECEIPT.test(text) && !PAYMENT_ACKNOWLEDGED.test(text))) return [];
  if (affirmedMatch(SENDER_PAID, text)) return [];
  if (input.direction === 'sent')
    return [{ kind: 'payment', weight: 4, name: 'payment:receipt-for-my-invoice' }];
  if (!PAYER_ADDRESSED.test(text) && PAYEE_NOTICE.test(text)) {
    return [{ kind: 'payment', weight: 4, name: 'payment:receipt-for-my-invoice' }];
  }
  return [
    {
      kind: 'lookalike',
      weight: 6,
      name: 'lookalike:receipt',
      reason: 'a receipt for a payment, not an invoice',
    },
  ];
};
