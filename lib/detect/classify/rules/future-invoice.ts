import { FUTURE_INVOICE, INVOICE_ATTACHMENT_NAME, INVOICE_REQUEST } from '../keywords.ts';
import type { Rule, Signal } from '../signals.ts';

/** "I'll send the invoice tomorrow" and "could you send us the invoice?": no invoice yet. */
export const futureInvoice: Rule = (input) => {
  const signals: Signal[] = [];
  const attached = input.attachments.some((file) => INVOICE_ATTACHMENT_NAME.test(file.filename));
  if (!attached && FUTURE_INVOICE.test(input.own)) {
    signals.push({
      kind: 'lookalike',
      weight: 7,
      name: 'lookalike:invoice-announced',
      reason: 'announces an invoice still to come',
    });
  }
  if (!input.fromMe && INVOICE_REQUEST.test(input.own)) {
    signals.push({
      kind: 'lookalike',
      weight: 8,
      name: 'lookalike:invoice-requested',
      reason: 'asks for an invoice',
    });
  }
  return signals;
};
