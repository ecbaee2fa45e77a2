import type { EventSummary } from './event-summary.ts';
import type { LadderIndex } from './ladder-index.ts';
import type { LadderStep } from './types.ts';

export interface NextStep {
  step: LadderStep;
  /** Epoch day the step became or becomes due; may be in the past (catch-up). */
  day: number;
}

export interface NextStepInput {
  ladder: LadderIndex;
  summary: EventSummary;
  dueDay: number;
  todayDay: number;
  minGapDays: number;
  finalDeadlineDay: number | null;
  /** A promise, snooze or plan holds every step until this day; null when nothing does. */
  notBeforeDay?: number | null;
}

/**
 * The first step after the furthest one done, in ladder order. Steps before the due date lapse once it
 * has passed, and so does one that the gap or a pause pushes past the due date (a courtesy note cannot
 * go out after the invoice fell due); a missed step after it stays due (catch-up), one at a time.
 */
export function findNextStep(input: NextStepInput): NextStep | null {
  const { ladder, summary, dueDay, todayDay, minGapDays, finalDeadlineDay } = input;
  const notBeforeDay = input.notBeforeDay ?? null;
  for (let position = summary.ladderPosition + 1; position < ladder.steps.length; position++) {
    const step = ladder.steps[position]!;
    if (step.offsetDays < 0 && todayDay > dueDay) continue;
    let day = dueDay + step.offsetDays;
    if (summary.lastContactDay !== null) day = Math.max(day, summary.lastContactDay + minGapDays);
    if (finalDeadlineDay !== null && ladder.collectionsIds.has(step.id))
      day = Math.max(day, finalDeadlineDay + 1);
    if (notBeforeDay !== null) day = Math.max(day, notBeforeDay);
    if (step.offsetDays < 0 && day > dueDay) continue;
    return { step, day };
  }
  return null;
}
