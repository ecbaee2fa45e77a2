export { checkTone } from './check-tone.ts';
export { TONE_RULES } from './rules.ts';
export {
  DEFAULT_TONE_STEP,
  isToneStep,
  TONE_STEPS,
  type ToneFlag,
  type ToneRuleId,
  type ToneStep,
} from './types.ts';
