import { templateIdOf } from './policy.ts';
import type { LadderStep, Policy, StepId } from './types.ts';

/** Lookups over one policy's ladder, built once per policy object. */
export interface LadderIndex {
  steps: readonly LadderStep[];
  /** Ladder position by step id (the array order is the ladder order). */
  positionById: ReadonlyMap<StepId, number>;
  /** Steps whose sending starts the final deadline: id or template "final". */
  finalIds: ReadonlySet<StepId>;
  /** Steps that may not come before the day after the final deadline: id or template "collections". */
  collectionsIds: ReadonlySet<StepId>;
  /** The step a logged `call` completes: "call" itself, else the first step using the call template. */
  callStepId: StepId;
}

const cache = new WeakMap<Policy, LadderIndex>();

export function indexLadder(policy: Policy): LadderIndex {
  const cached = cache.get(policy);
  if (cached) return cached;
  const positionById = new Map<StepId, number>();
  const finalIds = new Set<StepId>(['final']);
  const collectionsIds = new Set<StepId>(['collections']);
  let callTemplateStepId: StepId | null = null;
  policy.steps.forEach((step, position) => {
    if (!positionById.has(step.id)) positionById.set(step.id, position);
    const template = templateIdOf(step);
    if (template === 'final') finalIds.add(step.id);
    if (template === 'collections') collectionsIds.add(step.id);
    if (template === 'call') callTemplateStepId ??= step.id;
  });
  const callStepId = positionById.has('call') ? 'call' : (callTemplateStepId ?? 'call');
  const index: LadderIndex = { steps: policy.steps, positionById, finalIds, collectionsIds, callStepId };
  cache.set(policy, index);
  return index;
}
