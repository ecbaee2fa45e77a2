import type { Rule } from '../signals.ts';
import { activity } from './activity.ts';
import { autoReply } from './auto-reply.ts';
import { calendar } from './calendar.ts';
import { creditNote } from './credit-note.ts';
import { dispute } from './dispute.ts';
import { futureInvoice } from './future-invoice.ts';
import { internal } from './internal.ts';
import { invoiceFields } from './invoice-fields.ts';
import { invoiceMention } from './invoice-mention.ts';
import { newsletter } from './newsletter.ts';
import { order } from './order.ts';
import { payment } from './payment.ts';
import { phishing } from './phishing.ts';
import { promise } from './promise.ts';
import { quote } from './quote.ts';
import { receipt } from './receipt.ts';
import { statement } from './statement.ts';
import { subscription } from './subscription.ts';

/** Every rule family that votes on a message's kind. Adding a family is one file and one line here. */
export const RULES: readonly Rule[] = [
  invoiceMention,
  invoiceFields,
  payment,
  dispute,
  promise,
  receipt,
  order,
  subscription,
  statement,
  quote,
  newsletter,
  futureInvoice,
  phishing,
  autoReply,
  calendar,
  creditNote,
  internal,
  activity,
];
