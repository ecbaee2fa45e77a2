import { isIsoDate } from '../dates/calendar.ts';
import { describeValue } from '../ladder/policy.ts';
import { isKnownCurrency } from '../money/currencies.ts';
import type { TimelineEventBody, TimelineEventType } from './types.ts';

/*
 * Shape checks for data that crosses a trust boundary: messages from extension pages and
 * content scripts, and backup files. Each check returns specific problems prefixed by a path
 * ("invoices[3].dueDate: ..."); an empty list means the value is usable.
 */

export type Problems = string[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectText(value: unknown, path: string, options: { nonEmpty?: boolean } = {}): Problems {
  if (typeof value !== 'string') return [`${path}: expected text, got ${describeValue(value)}`];
  if (options.nonEmpty && value.trim() === '') return [`${path}: must not be empty`];
  return [];
}

export function expectTextOrNull(value: unknown, path: string): Problems {
  return value === null ? [] : expectText(value, path);
}

export function expectBoolean(value: unknown, path: string): Problems {
  return typeof value === 'boolean' ? [] : [`${path}: expected true or false, got ${describeValue(value)}`];
}

export function expectDate(value: unknown, path: string): Problems {
  return isIsoDate(value) ? [] : [`${path}: expected a real date YYYY-MM-DD, got ${describeValue(value)}`];
}

export function expectDateOrNull(value: unknown, path: string): Problems {
  return value === null ? [] : expectDate(value, path);
}

export function expectCurrency(value: unknown, path: string): Problems {
  if (typeof value === 'string' && isKnownCurrency(value)) return [];
  return [`${path}: expected an ISO 4217 currency code such as EUR, got ${describeValue(value)}`];
}

/** Whole minor units; `positive` rejects zero too. */
export function expectMinor(value: unknown, path: string, options: { positive?: boolean } = {}): Problems {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    return [`${path}: expected a whole number of minor units (cents), got ${describeValue(value)}`];
  }
  if (options.positive && value <= 0) return [`${path}: must be more than zero, got ${value}`];
  if (value < 0) return [`${path}: must not be negative, got ${value}`];
  return [];
}

export function expectTimestamp(value: unknown, path: string): Problems {
  return typeof value === 'number' && Number.isFinite(value)
    ? []
    : [`${path}: expected a time in milliseconds, got ${describeValue(value)}`];
}

function expectOneOf(value: unknown, allowed: readonly string[], path: string): Problems {
  return typeof value === 'string' && allowed.includes(value)
    ? []
    : [`${path}: expected one of ${allowed.join(', ')}, got ${describeValue(value)}`];
}

export const CALL_OUTCOMES = [
  'promised',
  'paying-today',
  'not-received',
  'awaiting-approval',
  'disputed',
  'unreachable',
  'voicemail',
] as const;

export const STATE_CHANGES = [
  'written-off',
  'reinstated',
  'collections',
  'collections-withdrawn',
  'tracking-stopped',
  'tracking-resumed',
  'field-corrected',
  'payment-removed',
  'tracking-started',
  'details-updated',
] as const;

export const EVENT_TYPES: readonly TimelineEventType[] = [
  'drafted',
  'sent',
  'call',
  'promise',
  'dispute-opened',
  'dispute-resolved',
  'client-replied',
  'plan-agreed',
  'snoozed',
  'payment-recorded',
  'note',
  'state-changed',
];

/** Problems with a timeline event body; `allowed` limits the types accepted. */
export function checkEventBody(
  body: unknown,
  path: string,
  allowed: readonly TimelineEventType[] = EVENT_TYPES,
): Problems {
  if (!isRecord(body))
    return [`${path}: expected an event like {"type": "note", ...}, got ${describeValue(body)}`];
  const type = body.type;
  if (typeof type !== 'string' || !allowed.includes(type as TimelineEventType)) {
    return [`${path}.type: expected one of ${allowed.join(', ')}, got ${describeValue(type)}`];
  }
  const at = (key: string) => `${path}.${key}`;
  switch (type as TimelineEventType) {
    case 'drafted':
      return [
        ...expectText(body.step, at('step'), { nonEmpty: true }),
        ...expectText(body.templateId, at('templateId'), { nonEmpty: true }),
      ];
    case 'sent':
      return expectText(body.step, at('step'), { nonEmpty: true });
    case 'call':
      return [
        ...expectOneOf(body.outcome, CALL_OUTCOMES, at('outcome')),
        ...expectText(body.note, at('note')),
      ];
    case 'promise':
      return [...expectDate(body.until, at('until')), ...expectText(body.note, at('note'))];
    case 'dispute-opened':
      return expectText(body.reason, at('reason'));
    case 'dispute-resolved':
      return expectText(body.note, at('note'));
    case 'client-replied':
      return expectText(body.summary, at('summary'));
    case 'plan-agreed':
      return checkInstalments(body.instalments, at('instalments'));
    case 'snoozed':
      return expectDate(body.until, at('until'));
    case 'payment-recorded':
      return [
        ...expectText(body.paymentId, at('paymentId'), { nonEmpty: true }),
        ...expectMinor(body.amountMinor, at('amountMinor'), { positive: true }),
        ...expectText(body.note, at('note')),
      ];
    case 'note':
      return expectText(body.text, at('text'), { nonEmpty: true });
    case 'state-changed':
      return [
        ...expectOneOf(body.change, STATE_CHANGES, at('change')),
        ...expectText(body.detail, at('detail')),
      ];
  }
}

function checkInstalments(value: unknown, path: string): Problems {
  if (!Array.isArray(value) || value.length === 0) {
    return [`${path}: expected a list of instalments like [{"date": "2026-03-01", "amountMinor": 50000}]`];
  }
  return value.flatMap((entry, index) =>
    isRecord(entry)
      ? [
          ...expectDate(entry.date, `${path}[${index}].date`),
          ...expectMinor(entry.amountMinor, `${path}[${index}].amountMinor`, { positive: true }),
        ]
      : [`${path}[${index}]: expected {"date": ..., "amountMinor": ...}, got ${describeValue(entry)}`],
  );
}

/** Narrows after checkEventBody found no problems. */
export function asEventBody(body: unknown): TimelineEventBody {
  return body as TimelineEventBody;
}
