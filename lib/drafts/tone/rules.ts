import { coercivePhrasingRule } from './coercive-phrasing.ts';
import { exclamationRule } from './exclamation.ts';
import { falseUrgencyRule } from './false-urgency.ts';
import { insultRule } from './insult.ts';
import { legalThreatRule } from './legal-threat.ts';
import { moralisingRule } from './moralising.ts';
import { publicShamingRule } from './public-shaming.ts';
import { shoutingRule } from './shouting.ts';
import { thirdPartyContactRule } from './third-party-contact.ts';
import type { ToneRule } from './types.ts';
import { ultimatumRule } from './ultimatum.ts';

/** Every tone rule, one family per module. Adding a family is one import and one line here. */
export const TONE_RULES: readonly ToneRule[] = [
  publicShamingRule,
  thirdPartyContactRule,
  ultimatumRule,
  legalThreatRule,
  insultRule,
  moralisingRule,
  shoutingRule,
  exclamationRule,
  falseUrgencyRule,
  coercivePhrasingRule,
];
