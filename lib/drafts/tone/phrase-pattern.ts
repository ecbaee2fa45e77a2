import type { ToneFlag, ToneRule, ToneRuleId, ToneStep } from './types.ts';
import { SEPARATORS } from './word-chars.ts';

const WORD_CHAR = `[^${SEPARATORS}]`;
const LETTER = `[^${SEPARATORS}0-9]`;
/** `\b` is ASCII-only in JS, so it is rewritten to this Unicode-aware boundary. */
const UNICODE_BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

/** Up to `maxChars` characters without leaving the sentence. */
export function sameSentence(maxChars: number): string {
  return `[^.!?;\\n]{0,${maxChars}}?`;
}

export interface PhraseOptions {
  /** For words that are also names or ordinary words when capitalised ("Sue"). */
  caseSensitive?: boolean;
}

/**
 * Compiles a phrase pattern. The dialect is a JS regex source where a space outside a
 * character class stands for any run of whitespace, `\b` is a Unicode word boundary, `\p{L}`
 * (outside a class) is any letter, and the whole pattern must start and end on word boundaries.
 * A named group `hit` narrows the flagged span. Patterns must stay linear: literal alternations
 * and bounded gaps only.
 */
export function phrase(source: string, options: PhraseOptions = {}): RegExp {
  let body = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'p' || next === 'P') {
        // Without the `u` flag \p would silently mean the letter p, so only \p{L} outside a class is allowed.
        if (inClass || !source.startsWith('\\p{L}', i)) {
          throw new Error(`phrase: only \\p{L}, outside a character class, is supported: ${source}`);
        }
        body += LETTER;
        i += 4;
      } else {
        body += next === 'b' && !inClass ? UNICODE_BOUNDARY : char + next;
        i++;
      }
    } else if (char === '[') {
      inClass = true;
      body += char;
    } else if (char === ']') {
      inClass = false;
      body += char;
    } else if (char === ' ' && !inClass) {
      body += String.raw`\s+`;
    } else {
      body += char;
    }
  }
  // No `u` flag: the patterns need no astral characters, and matching is about a fifth faster without it.
  const flags = `g${options.caseSensitive ? '' : 'i'}${source.includes('(?<hit>') ? 'd' : ''}`;
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, flags);
}

export interface PhrasePattern {
  regex: RegExp;
  reason: string;
  suggestion: string;
  /** Steps where this wording is acceptable, so the rule stays quiet there. */
  allowedIn?: readonly ToneStep[];
  /** A match is harmless when its sentence also matches this ("our lawyer drafted the terms"). */
  exceptInSentence?: RegExp;
}

/** The steps where a plainly worded consequence (collections, court) belongs. */
export const ESCALATION_STEPS: readonly ToneStep[] = ['final', 'collections'];

export function findPhrases(
  rule: ToneRuleId,
  patterns: readonly PhrasePattern[],
  text: string,
  step: ToneStep,
): ToneFlag[] {
  const flags: ToneFlag[] = [];
  for (const pattern of patterns) {
    if (pattern.allowedIn?.includes(step)) continue;
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const hit = match.indices?.groups?.hit;
      const start = hit ? hit[0] : match.index;
      const end = hit ? hit[1] : match.index + match[0].length;
      if (!pattern.exceptInSentence?.test(sentenceAround(text, start, end))) {
        flags.push({ rule, start, end, reason: pattern.reason, suggestion: pattern.suggestion });
      }
      // Resume just after the start, not the end: another phrasing may begin inside this match.
      regex.lastIndex = match.index + 1;
    }
  }
  return mergeOverlaps(flags);
}

/** How far to look either side of a match for its sentence; keeps long unpunctuated input linear. */
const SENTENCE_REACH = 200;

function isSentenceBreak(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10; // . ! ? newline
}

function sentenceAround(text: string, start: number, end: number): string {
  const floor = Math.max(0, start - SENTENCE_REACH);
  const ceiling = Math.min(text.length, end + SENTENCE_REACH);
  let from = start;
  while (from > floor && !isSentenceBreak(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < ceiling && !isSentenceBreak(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

/** Within one rule, overlapping matches describe the same wording: merge them into one flag. */
export function mergeOverlaps(flags: ToneFlag[]): ToneFlag[] {
  const sorted = [...flags].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: ToneFlag[] = [];
  for (const flag of sorted) {
    const last = merged[merged.length - 1];
    if (last && flag.start < last.end) last.end = Math.max(last.end, flag.end);
    else merged.push({ ...flag });
  }
  return merged;
}

export function phraseRule(id: ToneRuleId, patterns: readonly PhrasePattern[]): ToneRule {
  return { id, find: (text, step) => findPhrases(id, patterns, text, step) };
}

export type Advice = Omit<PhrasePattern, 'regex'>;

/**
 * Several phrasings that share one explanation, compiled into one alternation: one pass over
 * the text instead of one per phrasing keeps a 3 KB draft well under the 2 ms budget.
 */
export function phrases(
  advice: Advice,
  sources: readonly string[],
  options?: PhraseOptions,
): PhrasePattern[] {
  if (sources.filter((source) => source.includes('(?<hit>')).length > 1) {
    throw new Error('phrases: at most one phrasing per group may narrow its span with (?<hit>…)');
  }
  return [{ ...advice, regex: phrase(sources.join('|'), options) }];
}
