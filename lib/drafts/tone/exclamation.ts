import type { ToneFlag, ToneRule } from './types.ts';

const PILE = {
  reason: 'Piles up exclamation marks; this reads as shouting or exasperation.',
  suggestion: 'End the sentence with a single full stop and let the facts carry the weight.',
};

const MANY = {
  reason: 'Uses many exclamation marks in a short stretch; together they read as shouting or exasperation.',
  suggestion:
    "Keep at most one, for a friendly closing such as 'Thanks again!', and end the other sentences with a full stop.",
};

/** Three single exclamation marks within this many characters count as "many". */
const DENSITY_WINDOW = 400;
const DENSITY_COUNT = 3;

const MARK_RUN = /[!?¡¿！？‼⁉]+/gu;
const EXCLAIMS = /[!¡！‼⁉]/u;

export const exclamationRule: ToneRule = {
  id: 'exclamation',
  find(text) {
    const flags: ToneFlag[] = [];
    const singles: number[] = [];
    for (const match of text.matchAll(MARK_RUN)) {
      const marks = match[0];
      if (!EXCLAIMS.test(marks)) continue;
      const isPile = marks.length >= 2 || marks === '‼' || marks === '⁉';
      if (isPile) {
        flags.push({ rule: 'exclamation', start: match.index, end: match.index + marks.length, ...PILE });
      } else if (marks !== '¡') {
        singles.push(match.index);
      }
    }
    const dense = new Set<number>();
    for (let i = 0; i + DENSITY_COUNT - 1 < singles.length; i++) {
      const last = i + DENSITY_COUNT - 1;
      if (singles[last]! - singles[i]! < DENSITY_WINDOW) {
        for (let j = i; j <= last; j++) dense.add(singles[j]!);
      }
    }
    for (const position of dense) {
      flags.push({ rule: 'exclamation', start: position, end: position + 1, ...MANY });
    }
    return flags.sort((a, b) => a.start - b.start);
  },
};
