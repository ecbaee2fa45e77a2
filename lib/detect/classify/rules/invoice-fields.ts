import type { Rule, Signal } from '../signals.ts';

/** An invoice number, an amount and a due date or terms together read like an invoice. */
export const invoiceFields: Rule = ({ fields }) => {
  const signals: Signal[] = [];
  if (fields.invoiceNumber) signals.push({ kind: 'invoice', weight: 1, name: 'field:number' });
  if (fields.amount) signals.push({ kind: 'invoice', weight: 1, name: 'field:amount' });
  if (fields.dueDate || fields.terms) signals.push({ kind: 'invoice', weight: 1, name: 'field:due' });
  return signals;
};
