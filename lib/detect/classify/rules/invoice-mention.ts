import {
  INVOICE_ATTACHMENT_NAME,
  INVOICE_SENDING,
  INVOICE_WORD,
  PAYMENT_REQUEST,
  REMINDER,
} from '../keywords.ts';
import type { Rule, Signal } from '../signals.ts';

/** The mail says it is, carries or chases an invoice. */
export const invoiceMention: Rule = (input) => {
  const signals: Signal[] = [];
  if (INVOICE_WORD.test(input.subject)) {
    // In someone else's reply, "Re: Invoice 12" only says what the thread is about.
    const echoed = input.isReply && !input.fromMe;
    signals.push({
      kind: 'invoice',
      weight: echoed ? 1 : 3,
      name: echoed ? 'subject:invoice-reply' : 'subject:invoice-word',
    });
  }
  if (REMINDER.test(input.subject)) signals.push({ kind: 'invoice', weight: 2, name: 'subject:reminder' });
  if (INVOICE_SENDING.test(input.own))
    signals.push({ kind: 'invoice', weight: 3, name: 'body:sends-invoice' });
  else if (INVOICE_WORD.test(input.own))
    signals.push({ kind: 'invoice', weight: 1, name: 'body:invoice-word' });
  if (REMINDER.test(input.own)) signals.push({ kind: 'invoice', weight: 2, name: 'body:reminder' });
  if (PAYMENT_REQUEST.test(input.own))
    signals.push({ kind: 'invoice', weight: 1, name: 'body:payment-request' });
  const named = input.attachments.some((file) => INVOICE_ATTACHMENT_NAME.test(file.filename));
  if (named) signals.push({ kind: 'invoice', weight: 3, name: 'attachment:invoice-name' });
  else if (input.attachments.some((file) => /\.pdf$/i.test(file.filename) || /pdf/i.test(file.mimeType))) {
    if (signals.length > 0) signals.push({ kind: 'invoice', weight: 1, name: 'attachment:pdf' });
  }
  if (input.attachmentText && INVOICE_WORD.test(input.attachmentText.slice(0, 4000))) {
    signals.push({ kind: 'invoice', weight: 2, name: 'attachment:invoice-text' });
  }
  return signals;
};
