import type { MessageKind } from '../types.ts';
import { RULES } from './rules/index.ts';
import type { ClassifyInput, Signal } from './signals.ts';

export interface KindDecision {
  kind: MessageKind;
  confidence: number;
  reason: string | null;
  signals: Signal[];
}

const INVOICE_THRESHOLD = 5;
const CONVERSATION_THRESHOLD = 5;
/** Look-alikes this heavy win outright (fraud, auto-replies, pro-formas). */
const DECISIVE_LOOKALIKE = 10;
/** Without one of these, invoice words alone (a memo, a tax reminder) do not make an invoice. */
const ANCHORS = new Set([
  'subject:invoice-word',
  'body:sends-invoice',
  'attachment:invoice-name',
  'attachment:invoice-text',
  'field:number',
]);

/**
 * Sums every rule's votes. A client's reply about paying, promising or disputing beats the
 * invoice words it quotes; a fresh invoice beats boilerplate about disputes or debits; a
 * look-alike (receipt, quote, newsletter…) beats an invoice unless the invoice is clearly stronger.
 */
export function decideKind(input: ClassifyInput): KindDecision {
  const signals = RULES.flatMap((rule) => rule(input));
  const score = { invoice: 0, payment: 0, dispute: 0, promise: 0, lookalike: 0 };
  let strongestLookalike: Signal | null = null;
  for (const signal of signals) {
    if (signal.kind === 'other') continue;
    score[signal.kind] += signal.weight;
    if (signal.kind === 'lookalike' && (!strongestLookalike || signal.weight > strongestLookalike.weight)) {
      strongestLookalike = signal;
    }
  }
  const decided = (kind: MessageKind, margin: number, reason: string | null = null): KindDecision => ({
    kind,
    confidence: round(Math.min(0.98, 0.55 + 0.05 * margin)),
    reason,
    signals,
  });
  const otherBecause = (fallback: string): KindDecision =>
    decided('other', Math.max(score.lookalike, 1), strongestLookalike?.reason ?? fallback);

  if ((strongestLookalike?.weight ?? 0) >= DECISIVE_LOOKALIKE) {
    return otherBecause('looks like an invoice but is not one');
  }
  const conversation = (['dispute', 'promise', 'payment'] as const).reduce((best, kind) =>
    score[kind] > score[best] ? kind : best,
  );
  const conversationScore = score[conversation];
  const freshInvoice =
    !input.isReply &&
    signals.some((s) => s.name === 'attachment:invoice-name' || s.name === 'body:sends-invoice');
  if (conversationScore >= CONVERSATION_THRESHOLD && conversationScore > score.lookalike) {
    if (!freshInvoice || conversationScore > score.invoice) {
      return decided(conversation, conversationScore - Math.max(score.lookalike, 0));
    }
  }
  const anchored = signals.some((signal) => ANCHORS.has(signal.name));
  if (anchored && score.invoice >= INVOICE_THRESHOLD && score.invoice > score.lookalike) {
    return decided('invoice', score.invoice - score.lookalike);
  }
  if (score.lookalike > 0) return otherBecause('looks like an invoice but is not one');
  if (score.invoice > 0)
    return decided('other', INVOICE_THRESHOLD - score.invoice, 'too few invoice signals');
  return decided('other', 4, 'no invoice, payment, promise or dispute found');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
