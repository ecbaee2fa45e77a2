import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  knownSentStepIds,
  resolvePolicy,
  STEP_LABELS,
  stepDate,
  stepLabel,
  TEMPLATE_IDS,
  validatePolicy,
} from '../../../lib/ladder/policy.ts';
import { BUILT_IN_STEP_IDS, type Policy } from '../../../lib/ladder/types.ts';

describe('DEFAULT_POLICY', () => {
  it('is the product ladder: courtesy -3, reminder +1, follow-up +7, call +14, final +21, collections +35', () => {
    expect(DEFAULT_POLICY.steps.map((step) => [step.id, step.offsetDays])).toEqual([
      ['courtesy', -3],
      ['reminder', 1],
      ['follow-up', 7],
      ['call', 14],
      ['final', 21],
      ['collections', 35],
    ]);
    expect(DEFAULT_POLICY.minGapDays).toBe(5);
    expect(DEFAULT_POLICY.finalDeadlineDays).toBe(7);
    expect(DEFAULT_POLICY.fees).toEqual({ kind: 'none' });
    expect(DEFAULT_POLICY.steps.map((step) => step.id)).toEqual([...BUILT_IN_STEP_IDS]);
  });

  it('passes its own validation', () => {
    expect(validatePolicy(DEFAULT_POLICY)).toEqual([]);
  });
});

describe('step helpers', () => {
  it('dates a step relative to the due date', () => {
    expect(stepDate('2026-01-15', { id: 'courtesy', offsetDays: -3 })).toBe('2026-01-12');
    expect(stepDate('2026-01-31', { id: 'reminder', offsetDays: 1 })).toBe('2026-02-01');
  });

  it('labels every template, a custom step by its template, and honours a label of its own', () => {
    for (const id of TEMPLATE_IDS) expect(STEP_LABELS[id]).toMatch(/^[A-Z]/);
    expect(stepLabel('reminder')).toBe('Friendly reminder');
    expect(stepLabel({ id: 'nudge', offsetDays: 3, templateId: 'follow-up' })).toBe('Follow-up');
    expect(stepLabel({ id: 'nudge', offsetDays: 3, templateId: 'follow-up', label: 'Gentle nudge' })).toBe(
      'Gentle nudge',
    );
    expect(stepLabel('mystery')).toBe('mystery');
  });

  it('lets a sent event name a ladder step first, then any other template', () => {
    const ids = knownSentStepIds(DEFAULT_POLICY);
    expect(ids.slice(0, 3)).toEqual(['courtesy', 'reminder', 'follow-up']);
    expect(ids).toContain('thank-you');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('resolvePolicy', () => {
  it('returns the base policy when the client has no override', () => {
    expect(resolvePolicy(DEFAULT_POLICY, null)).toBe(DEFAULT_POLICY);
  });

  it("replaces whole keys: an override ladder is the client's entire ladder", () => {
    const resolved = resolvePolicy(DEFAULT_POLICY, {
      steps: [{ id: 'reminder', offsetDays: 10 }],
      minGapDays: 10,
    });
    expect(resolved).toEqual({
      steps: [{ id: 'reminder', offsetDays: 10 }],
      minGapDays: 10,
      finalDeadlineDays: 7,
      fees: { kind: 'none' },
    });
  });

  it('replaces the fee policy as a whole', () => {
    const base: Policy = { ...DEFAULT_POLICY, fees: { kind: 'flat', amount: '25.00' } };
    expect(resolvePolicy(base, { fees: { kind: 'none' } }).fees).toEqual({ kind: 'none' });
  });
});

describe('validatePolicy', () => {
  const cases: { name: string; policy: unknown; problems: string[] }[] = [
    { name: 'not an object', policy: 'strict', problems: ['expected a policy object, got "strict"'] },
    {
      name: 'an unknown step without a template',
      policy: { ...DEFAULT_POLICY, steps: [{ id: 'nag', offsetDays: 3 }] },
      problems: [`steps[0].id: unknown step "nag" (known: ${TEMPLATE_IDS.join(', ')}; or give a templateId)`],
    },
    {
      name: 'a step of your own with a known template is fine',
      policy: { ...DEFAULT_POLICY, steps: [{ id: 'nag', offsetDays: 3, templateId: 'reminder' }] },
      problems: [],
    },
    {
      name: 'the same step twice',
      policy: {
        ...DEFAULT_POLICY,
        steps: [
          { id: 'reminder', offsetDays: 1 },
          { id: 'reminder', offsetDays: 5 },
        ],
      },
      problems: ['steps[1].id: step "reminder" appears twice in the ladder'],
    },
    {
      name: 'fractional offsets and negative gaps',
      policy: { ...DEFAULT_POLICY, steps: [{ id: 'reminder', offsetDays: 1.5 }], minGapDays: -1 },
      problems: [
        'steps[0].offsetDays: expected a whole number of days, got the number 1.5',
        'minGapDays: expected a whole number of days, 0 or more, got the number -1',
      ],
    },
    {
      name: 'an unknown fee kind',
      policy: { ...DEFAULT_POLICY, fees: { kind: 'usury' } },
      problems: [
        'fees.kind: unknown fee kind "usury" (known: none, flat, percent-per-month, statutory-uk, statutory-eu, statutory-de)',
      ],
    },
    {
      name: 'a numeric flat fee',
      policy: { ...DEFAULT_POLICY, fees: { kind: 'flat', amount: 25 } },
      problems: ['fees.amount: expected an amount such as "25.00" as a decimal string, got the number 25'],
    },
    {
      name: 'a negative monthly percent',
      policy: { ...DEFAULT_POLICY, fees: { kind: 'percent-per-month', percent: '-1' } },
      problems: ['fees.percent: must not be negative, got "-1"'],
    },
    {
      name: 'statutory rates with an impossible date and two entries on one day',
      policy: {
        ...DEFAULT_POLICY,
        fees: {
          kind: 'statutory-de',
          baseRates: [
            { from: '2023-02-30', rate: '1.62' },
            { from: '2023-07-01', rate: '3.12' },
            { from: '2023-07-01', rate: '3.12' },
          ],
        },
      },
      problems: [
        'fees.baseRates[0].from: expected a real date YYYY-MM-DD, got "2023-02-30"',
        'fees.baseRates[2].from: two rates start on 2023-07-01',
      ],
    },
    {
      name: 'negative base rates are allowed',
      policy: {
        ...DEFAULT_POLICY,
        fees: { kind: 'statutory-de', baseRates: [{ from: '2016-07-01', rate: '-0.88' }] },
      },
      problems: [],
    },
  ];

  it.each(cases)('$name', ({ policy, problems }) => {
    expect(validatePolicy(policy)).toEqual(problems);
  });
});
