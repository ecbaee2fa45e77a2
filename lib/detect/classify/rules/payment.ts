import { affirmedMatch } from '../affirmed.ts';
import { PAYEE_NOTICE, PAYER_ADDRESSED, PAYMENT_ACKNOWLEDGED, SENDER_PAID } from '../keywords.ts';
import type { Rule, Signal } from '../signals.ts';

/**
 * Money moved: the sender says they paid ("payment:sender-paid"), a platform tells the
 * payee ("payment:payee-notice"), or the user confirms it arrived ("payment:acknowledged").
 */
export const payment: Rule = (input) => {
  const signals: Signal[] = [];
  const text = `${input.subject}\n${input.own}`;
  // A platform mailing for the user's business speaks for the payee: "if you have already paid…".
  const issuerPlatform = !input.fromMe && input.direction === 'sent';
  if (!issuerPlatform && affirmedMatch(SENDER_PAID, text)) {
    signals.push({ kind: 'payment', weight: 5, name: 'payment:sender-paid' });
  }
  // "Payment received, thank you for your payment" speaks to the payer: that is a receipt.
  if (!input.fromMe && !PAYER_ADDRESSED.test(text) && affirmedMatch(PAYEE_NOTICE, text)) {
    signals.push({ kind: 'payment', weight: 5, name: 'payment:payee-notice' });
  }
  if (input.fromMe && affirmedMatch(PAYMENT_ACKNOWLEDGED, text)) {
    signals.push({ kind: 'payment', weight: 5, name: 'payment:acknowledged' });
  }
  return signals;
};
