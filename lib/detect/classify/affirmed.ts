import type { PhraseMatch, Phrases } from './phrases.ts';

/** A negation just before or inside a phrase: "we have not paid", "noch nicht überwiesen". */
const NEGATION =
  /(?:\bnot\b|n't\b|\bnever\b|\bnicht\b|\bkeine?\b|\bpas\b|\bjamais\b|\bnunca\b|\bnon\b|\bnie\b|\bnão\b|\binte\b|\bikke\b|\bniet\b)/i;
const NO_BEFORE = /\bno\s*$/i;
/** "If you have already paid…", "Falls Sie bereits bezahlt haben…": a condition, not a statement. */
const CONDITION_BEFORE =
  /(?:\b(?:if|falls|wenn|sollten?|ob|si|indien|in\s+case|caso|hvis|ifall|om\s+ni|om\s+du)\b|\bse\s+(?:o|a|os|as|já|você|vocês|ainda)\b)[^.!?\n]{0,40}$|\bse\s+$/i;
const LOOK_BEHIND = 14;
const MAX_TRIES = 6;

/** The first match of `phrases` in `text` that is not negated, or null. */
export function affirmedMatch(phrases: Phrases, text: string, lookBehind = LOOK_BEHIND): PhraseMatch | null {
  let from = 0;
  for (let tries = 0; tries < MAX_TRIES && from < text.length; tries++) {
    const match = phrases.find(text, from);
    if (!match) return null;
    const before = text.slice(Math.max(0, match.index - lookBehind), match.index);
    const conditional = CONDITION_BEFORE.test(text.slice(Math.max(0, match.index - 48), match.index));
    if (!NEGATION.test(before + match.text) && !NO_BEFORE.test(before) && !conditional) return match;
    from = match.index + Math.max(1, match.text.length);
  }
  return null;
}
