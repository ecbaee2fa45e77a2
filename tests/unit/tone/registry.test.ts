import { describe, expect, it } from 'vitest';
import { TONE_RULES } from '../../../lib/drafts/tone/rules.ts';
import { isToneStep, TONE_STEPS } from '../../../lib/drafts/tone/types.ts';

describe('the tone rule registry', () => {
  it('lists ten rule families with unique kebab-case ids', () => {
    const ids = TONE_RULES.map((rule) => rule.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('knows the twelve ladder steps a draft can belong to', () => {
    expect(TONE_STEPS).toHaveLength(12);
    expect(isToneStep('final')).toBe(true);
    expect(isToneStep('Final')).toBe(false);
    expect(isToneStep('gentle-nudge')).toBe(false);
  });
});
