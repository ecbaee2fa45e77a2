import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../lib/drafts/tone/check-tone.ts';
import { TONE_RULES } from '../../../lib/drafts/tone/rules.ts';
import { isToneStep } from '../../../lib/drafts/tone/types.ts';
import { readLabelledSentences } from './labelled-sentences.ts';

const sentences = readLabelledSentences('sentences.jsonl');
const ruleIds = new Set<string>(TONE_RULES.map((rule) => rule.id));

describe('the labelled sentences', () => {
  it('are at least 120, roughly half acceptable, with known steps and rule ids', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(120);
    const acceptable = sentences.filter((sentence) => sentence.acceptable).length;
    expect(acceptable / sentences.length).toBeGreaterThan(0.4);
    expect(acceptable / sentences.length).toBeLessThan(0.6);
    expect(new Set(sentences.map((sentence) => sentence.id)).size).toBe(sentences.length);
    for (const sentence of sentences) {
      expect(isToneStep(sentence.step), sentence.id).toBe(true);
      expect(sentence.acceptable ? sentence.rules.length === 0 : sentence.rules.length > 0, sentence.id).toBe(
        true,
      );
      for (const rule of sentence.rules) expect(ruleIds.has(rule), `${sentence.id}: ${rule}`).toBe(true);
    }
  });

  it('cover every rule family', () => {
    const covered = new Set(sentences.flatMap((sentence) => sentence.rules));
    expect([...covered].sort()).toEqual([...ruleIds].sort());
  });
});

describe.each(sentences)('$id ($step): $note', (sentence) => {
  it(sentence.acceptable ? 'is left alone' : `is flagged as ${sentence.rules.join(' or ')}`, () => {
    const flags = checkTone(sentence.text, sentence.step);
    if (sentence.acceptable) {
      expect(flags.map((flag) => [flag.rule, sentence.text.slice(flag.start, flag.end)])).toEqual([]);
      return;
    }
    expect(flags.map((flag) => flag.rule)).toEqual(
      expect.arrayContaining([expect.toBeOneOf(sentence.rules)]),
    );
    for (const flag of flags) {
      const span = sentence.text.slice(flag.start, flag.end);
      expect(flag.end).toBeGreaterThan(flag.start);
      expect(span.trim()).toBe(span);
      expect(flag.reason.length).toBeGreaterThan(20);
      expect(flag.suggestion.length).toBeGreaterThan(20);
    }
  });
});
