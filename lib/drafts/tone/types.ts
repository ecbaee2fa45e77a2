import { TEMPLATE_IDS } from '../../ladder/policy.ts';

/** The ladder steps a draft can belong to (one per template); the tone check is stricter before `final`. */
export const TONE_STEPS = TEMPLATE_IDS;
export type ToneStep = (typeof TONE_STEPS)[number];

export const DEFAULT_TONE_STEP: ToneStep = 'reminder';

export function isToneStep(value: string): value is ToneStep {
  return (TONE_STEPS as readonly string[]).includes(value);
}

export type ToneRuleId =
  | 'public-shaming'
  | 'third-party-contact'
  | 'ultimatum'
  | 'legal-threat'
  | 'insult'
  | 'moralising'
  | 'shouting'
  | 'exclamation'
  | 'false-urgency'
  | 'coercive-phrasing';

/** One piece of wording that could read badly. `start`/`end` are UTF-16 offsets into the checked text. */
export interface ToneFlag {
  rule: ToneRuleId;
  start: number;
  end: number;
  /** Why it may read badly, in plain words for the user. */
  reason: string;
  /** A softer way to say it. */
  suggestion: string;
}

export interface ToneRule {
  id: ToneRuleId;
  /** `text` has curly quotes and no-break spaces already folded (same length as the original). */
  find(text: string, step: ToneStep): ToneFlag[];
}
