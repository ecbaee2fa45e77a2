import { TONE_RULES } from './rules.ts';
import { DEFAULT_TONE_STEP, isToneStep, type ToneFlag } from './types.ts';

// Each replacement is one UTF-16 unit for one, so offsets into the folded text are offsets into the input.
const FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC\uFF07]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\uFF02]/g, '"'],
  [/[\u00A0\u2007\u202F]/g, ' '],
  [/[\u2010\u2011]/g, '-'],
  [/\uFF01/g, '!'],
  [/\uFF1F/g, '?'],
];

export function foldForMatching(text: string): string {
  let folded = text;
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

function byRuleId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Flags wording in a draft that could read as threatening, insulting, shaming or coercive.
 * `step` is the ladder step the draft belongs to (see TONE_STEPS); a user's own step id is
 * checked like a `reminder`, the strictest ordinary step. Pure and deterministic: flags come
 * sorted by position, then by rule.
 */
export function checkTone(text: string, step: string = DEFAULT_TONE_STEP): ToneFlag[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const toneStep = isToneStep(step) ? step : DEFAULT_TONE_STEP;
  const folded = foldForMatching(text);
  const flags = TONE_RULES.flatMap((rule) => rule.find(folded, toneStep));
  return flags.sort((a, b) => a.start - b.start || a.end - b.end || byRuleId(a.rule, b.rule));
}
