import { addDays, type IsoDate, isIsoDate } from '../dates/calendar.ts';
import { isDecimalString } from './decimal.ts';
import type { FeeKind, LadderStep, Policy, PolicyOverride, StepId } from './types.ts';

/** Every template the drafts know; a ladder step must use one of them. */
export const TEMPLATE_IDS = [
  'courtesy',
  'due-today',
  'reminder',
  'follow-up',
  'call',
  'final',
  'plan-proposal',
  'plan-confirmation',
  'discount-offer',
  'partial-ack',
  'thank-you',
  'collections',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export function isTemplateId(id: unknown): id is TemplateId {
  return typeof id === 'string' && (TEMPLATE_IDS as readonly string[]).includes(id);
}

export const STEP_LABELS: Readonly<Record<TemplateId, string>> = {
  courtesy: 'Courtesy note',
  'due-today': 'Due-today note',
  reminder: 'Friendly reminder',
  'follow-up': 'Follow-up',
  call: 'Phone call',
  final: 'Final notice',
  'plan-proposal': 'Payment plan offer',
  'plan-confirmation': 'Payment plan confirmation',
  'discount-offer': 'Early settlement offer',
  'partial-ack': 'Part-payment thanks',
  'thank-you': 'Thank-you note',
  collections: 'Collections hand-off',
};

export const FEE_KINDS: readonly FeeKind[] = [
  'none',
  'flat',
  'percent-per-month',
  'statutory-uk',
  'statutory-eu',
  'statutory-de',
];

export const DEFAULT_POLICY: Policy = {
  steps: [
    { id: 'courtesy', offsetDays: -3 },
    { id: 'reminder', offsetDays: 1 },
    { id: 'follow-up', offsetDays: 7 },
    { id: 'call', offsetDays: 14 },
    { id: 'final', offsetDays: 21 },
    { id: 'collections', offsetDays: 35 },
  ],
  minGapDays: 5,
  finalDeadlineDays: 7,
  fees: { kind: 'none' },
};

/** Per-client overrides replace whole keys: an override's `steps` is the client's entire ladder. */
export function resolvePolicy(base: Policy, override: PolicyOverride | null): Policy {
  if (!override) return base;
  return {
    steps: override.steps ?? base.steps,
    minGapDays: override.minGapDays ?? base.minGapDays,
    finalDeadlineDays: override.finalDeadlineDays ?? base.finalDeadlineDays,
    fees: override.fees ?? base.fees,
  };
}

export function templateIdOf(step: LadderStep): string {
  return step.templateId ?? step.id;
}

/** The date a step falls due for an invoice: the due date moved by the step's offset. */
export function stepDate(dueDate: IsoDate, step: LadderStep): IsoDate {
  return addDays(dueDate, step.offsetDays);
}

/** Label for people: the step's own, else the built-in one for its id or template, else the id. */
export function stepLabel(step: LadderStep | StepId): string {
  const resolved = typeof step === 'string' ? { id: step, offsetDays: 0 } : step;
  if (resolved.label) return resolved.label;
  if (isTemplateId(resolved.id)) return STEP_LABELS[resolved.id];
  const template = templateIdOf(resolved);
  return isTemplateId(template) ? STEP_LABELS[template] : resolved.id;
}

/** Position of a step in the ladder (the array order is the ladder order), -1 when absent. */
export function ladderIndex(policy: Policy, stepId: StepId): number {
  return policy.steps.findIndex((step) => step.id === stepId);
}

/** Steps ids a `sent` event may name: the ladder's own, then any other template. */
export function knownSentStepIds(policy: Policy): string[] {
  const ids = policy.steps.map((step) => step.id);
  for (const template of TEMPLATE_IDS) if (!ids.includes(template)) ids.push(template);
  return ids;
}

/** Lists specific problems with a policy (paths relative to it); an empty list means it is usable. */
export function validatePolicy(policy: unknown): string[] {
  if (!isRecord(policy)) return [`expected a policy object, got ${describeValue(policy)}`];
  const problems: string[] = [];
  if (!Array.isArray(policy.steps)) {
    problems.push(`steps: expected a list of steps, got ${describeValue(policy.steps)}`);
  } else {
    problems.push(...validateSteps(policy.steps));
  }
  for (const key of ['minGapDays', 'finalDeadlineDays'] as const) {
    const value = policy[key];
    if (!Number.isInteger(value) || (value as number) < 0) {
      problems.push(`${key}: expected a whole number of days, 0 or more, got ${describeValue(value)}`);
    }
  }
  problems.push(...validateFeePolicy(policy.fees, 'fees'));
  return problems;
}

function validateSteps(steps: unknown[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  steps.forEach((step, index) => {
    const at = `steps[${index}]`;
    if (!isRecord(step)) {
      problems.push(
        `${at}: expected a step like {"id": "reminder", "offsetDays": 1}, got ${describeValue(step)}`,
      );
      return;
    }
    const { id, offsetDays, templateId, label } = step;
    if (typeof id !== 'string' || id === '') {
      problems.push(`${at}.id: expected a step id, got ${describeValue(id)}`);
    } else {
      if (seen.has(id)) problems.push(`${at}.id: step "${id}" appears twice in the ladder`);
      seen.add(id);
      if (templateId === undefined && !isTemplateId(id)) {
        problems.push(
          `${at}.id: unknown step "${id}" (known: ${TEMPLATE_IDS.join(', ')}; or give a templateId)`,
        );
      }
    }
    if (templateId !== undefined && !isTemplateId(templateId)) {
      problems.push(
        `${at}.templateId: unknown template ${describeValue(templateId)} (known: ${TEMPLATE_IDS.join(', ')})`,
      );
    }
    if (!Number.isInteger(offsetDays)) {
      problems.push(`${at}.offsetDays: expected a whole number of days, got ${describeValue(offsetDays)}`);
    }
    if (label !== undefined && typeof label !== 'string') {
      problems.push(`${at}.label: expected text, got ${describeValue(label)}`);
    }
  });
  return problems;
}

/** Problems with a fee policy, each starting with `path`. Currency-specific checks happen per invoice. */
export function validateFeePolicy(fees: unknown, path: string): string[] {
  if (!isRecord(fees))
    return [`${path}: expected {"kind": "none"} or another fee policy, got ${describeValue(fees)}`];
  const kind = fees.kind;
  switch (kind) {
    case 'none':
      return [];
    case 'flat':
      return nonNegativeDecimal(fees.amount, `${path}.amount`, 'an amount such as "25.00"');
    case 'percent-per-month':
      return nonNegativeDecimal(fees.percent, `${path}.percent`, 'a percent such as "1.5"');
    case 'statutory-uk':
    case 'statutory-eu':
      return [
        ...datedRates(fees.referenceRates, `${path}.referenceRates`),
        ...(kind === 'statutory-eu'
          ? nonNegativeDecimal(fees.compensation, `${path}.compensation`, 'an amount such as "40.00"')
          : []),
      ];
    case 'statutory-de':
      return datedRates(fees.baseRates, `${path}.baseRates`);
    default:
      return [`${path}.kind: unknown fee kind ${describeValue(kind)} (known: ${FEE_KINDS.join(', ')})`];
  }
}

function nonNegativeDecimal(value: unknown, path: string, example: string): string[] {
  if (!isDecimalString(value))
    return [`${path}: expected ${example} as a decimal string, got ${describeValue(value)}`];
  if (value.startsWith('-')) return [`${path}: must not be negative, got "${value}"`];
  return [];
}

function datedRates(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) {
    return [
      `${path}: expected a list like [{"from": "2025-08-07", "rate": "4.00"}], got ${describeValue(value)}`,
    ];
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  value.forEach((entry, index) => {
    const at = `${path}[${index}]`;
    if (!isRecord(entry)) {
      problems.push(`${at}: expected {"from": "YYYY-MM-DD", "rate": "4.00"}, got ${describeValue(entry)}`);
      return;
    }
    if (!isIsoDate(entry.from)) {
      problems.push(`${at}.from: expected a real date YYYY-MM-DD, got ${describeValue(entry.from)}`);
    } else if (seen.has(entry.from)) {
      problems.push(`${at}.from: two rates start on ${entry.from}`);
    } else {
      seen.add(entry.from);
    }
    if (!isDecimalString(entry.rate)) {
      problems.push(
        `${at}.rate: expected a percent such as "4.00" as a decimal string, got ${describeValue(entry.rate)}`,
      );
    }
  });
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names a JSON value for an error message: 'the number 5', 'null', 'a list', '"text"'. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
