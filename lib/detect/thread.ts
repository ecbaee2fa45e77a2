import { detectMessage } from './message.ts';
import type {
  Detected,
  DetectOptions,
  Identities,
  MessageDetection,
  NormalisedMessage,
  ThreadDetection,
  ThreadInvoice,
} from './types.ts';

type MergedField = Exclude<keyof ThreadInvoice, 'direction'>;
const FIELDS: MergedField[] = [
  'invoiceNumber',
  'amountDue',
  'currency',
  'issueDate',
  'dueDate',
  'terms',
  'client',
];

/**
 * Reads a thread (oldest first): which invoice it is about, merged across messages, and its
 * latest state (the last message that is not `other`).
 */
export function detectThread(
  messages: NormalisedMessage[],
  identities: Identities,
  options: DetectOptions = {},
): ThreadDetection {
  const list = Array.isArray(messages) ? messages : [];
  return summariseThread(list.map((message) => detectMessage(message, identities, options)));
}

/** Merges per-message detections (also used after attachments were read asynchronously). */
export function summariseThread(detections: MessageDetection[]): ThreadDetection {
  let stateIndex = -1;
  for (let index = detections.length - 1; index >= 0; index--) {
    if (detections[index]!.kind !== 'other') {
      stateIndex = index;
      break;
    }
  }
  const state = stateIndex === -1 ? 'other' : detections[stateIndex]!.kind;
  const invoice = mergeInvoice(detections);
  const stateDetection = stateIndex === -1 ? null : detections[stateIndex]!;
  return {
    invoice,
    state,
    stateIndex,
    promiseDate: state === 'promise' ? (stateDetection?.promiseDate?.value ?? null) : null,
    messages: detections,
    confidence: stateDetection?.confidence ?? detections.reduce((max, d) => Math.max(max, d.confidence), 0),
  };
}

function mergeInvoice(detections: MessageDetection[]): ThreadInvoice | null {
  const relevant = detections.filter((detection) => detection.kind !== 'other');
  if (relevant.length === 0) return null;
  // The invoice itself speaks first; replies about it only fill what it left out.
  const ordered = [
    ...relevant.filter((detection) => detection.kind === 'invoice'),
    ...relevant.filter((detection) => detection.kind !== 'invoice'),
  ];
  const merged: ThreadInvoice = {
    direction: ordered.find((detection) => detection.direction !== null)?.direction ?? null,
    invoiceNumber: null,
    amountDue: null,
    currency: null,
    issueDate: null,
    dueDate: null,
    terms: null,
    client: null,
  };
  for (const field of FIELDS) {
    const candidates = ordered
      .map((detection) => detection[field])
      .filter((value) => value !== null) as Detected<unknown>[];
    const best = bestCandidate(candidates);
    if (best) (merged as unknown as Record<string, unknown>)[field] = best;
  }
  return merged;
}

/** An e-invoice beats everything; a clearly stated value beats a quoted or guessed one; then the earliest. */
function bestCandidate(candidates: Detected<unknown>[]): Detected<unknown> | null {
  let best: Detected<unknown> | null = null;
  let bestTier = -1;
  for (const candidate of candidates) {
    const tier = tierOf(candidate);
    if (tier > bestTier) {
      best = candidate;
      bestTier = tier;
    }
  }
  return best;
}

function tierOf(candidate: Detected<unknown>): number {
  if (candidate.source === 'einvoice') return 3;
  if (candidate.source === 'quoted' || candidate.source === 'header' || candidate.confidence < 0.7) return 1;
  return 2;
}
