import { DEFAULT_POLICY, describeValue, resolvePolicy, validatePolicy } from '../ladder/policy.ts';
import type { CorrectableField } from './types.ts';
import {
  expectBoolean,
  expectCurrency,
  expectDate,
  expectDateOrNull,
  expectMinor,
  expectText,
  expectTextOrNull,
  isRecord,
  type Problems,
} from './validate.ts';

/* Checks for what the ledger's methods receive over messages, before anything is written. */

export const CORRECTABLE_FIELDS: readonly CorrectableField[] = [
  'number',
  'clientId',
  'currency',
  'totalMinor',
  'issueDate',
  'dueDate',
  'terms',
];

export function checkClientInput(value: unknown, path: string): Problems {
  if (!isRecord(value)) return [`${path}: expected {name, email, company}, got ${describeValue(value)}`];
  const problems = [
    ...expectText(value.name, `${path}.name`),
    ...expectTextOrNull(value.email, `${path}.email`),
    ...expectTextOrNull(value.company, `${path}.company`),
  ];
  if (problems.length > 0) return problems;
  const email = (value.email as string | null)?.trim() ?? '';
  if ((value.name as string).trim() === '' && email === '')
    return [`${path}: needs a name or an email address`];
  if (email !== '' && !email.includes('@')) return [`${path}.email: "${email}" is not an email address`];
  return [];
}

function checkAmountAndDates(value: Record<string, unknown>): Problems {
  return [
    ...expectCurrency(value.currency, 'currency'),
    ...expectMinor(value.totalMinor, 'totalMinor', { positive: true }),
    ...expectDateOrNull(value.issueDate, 'issueDate'),
    ...expectDate(value.dueDate, 'dueDate'),
    ...expectText(value.terms, 'terms'),
  ];
}

export function checkDetectedInvoice(value: unknown): Problems {
  if (!isRecord(value)) return [`expected a detected invoice, got ${describeValue(value)}`];
  const source = value.source;
  const sourceProblems = isRecord(source)
    ? [
        ...(source.mailClient === 'gmail' || source.mailClient === 'outlook'
          ? []
          : [`source.mailClient: expected gmail or outlook, got ${describeValue(source.mailClient)}`]),
        ...expectText(source.threadId, 'source.threadId', { nonEmpty: true }),
        ...expectTextOrNull(source.messageId, 'source.messageId'),
      ]
    : [`source: expected {mailClient, threadId, messageId}, got ${describeValue(source)}`];
  return [
    ...sourceProblems,
    ...expectText(value.invoiceNumber, 'invoiceNumber'),
    ...checkClientInput(value.client, 'client'),
    ...checkAmountAndDates(value),
  ];
}

export function checkManualInvoice(value: unknown): Problems {
  if (!isRecord(value)) return [`expected an invoice, got ${describeValue(value)}`];
  const client = value.client;
  const clientProblems =
    isRecord(client) && 'id' in client
      ? expectText(client.id, 'client.id', { nonEmpty: true })
      : checkClientInput(client, 'client');
  return [
    ...expectText(value.number, 'number', { nonEmpty: true }),
    ...clientProblems,
    ...checkAmountAndDates(value),
    ...(value.notes === undefined ? [] : expectText(value.notes, 'notes')),
  ];
}

/** A CSV row after the preview's checks; checked again since it may arrive in a message. */
export function checkImportRow(value: unknown, path: string): Problems {
  if (!isRecord(value)) return [`${path}: expected an import row, got ${describeValue(value)}`];
  return [
    ...(Number.isInteger(value.rowNumber) ? [] : [`${path}.rowNumber: expected a row number`]),
    ...expectText(value.number, `${path}.number`, { nonEmpty: true }),
    ...checkClientInput(value.client, `${path}.client`),
    ...expectCurrency(value.currency, `${path}.currency`),
    ...(value.totalMinor === null
      ? []
      : expectMinor(value.totalMinor, `${path}.totalMinor`, { positive: true })),
    ...expectMinor(value.balanceMinor, `${path}.balanceMinor`, { positive: true }),
    ...expectDateOrNull(value.issueDate, `${path}.issueDate`),
    ...expectDate(value.dueDate, `${path}.dueDate`),
  ];
}

export function checkPayment(value: unknown): Problems {
  if (!isRecord(value)) return [`expected {date, amountMinor, note}, got ${describeValue(value)}`];
  return [
    ...expectDate(value.date, 'date'),
    ...expectMinor(value.amountMinor, 'amountMinor', { positive: true }),
    ...expectText(value.note, 'note'),
  ];
}

export function checkCorrection(field: unknown, value: unknown): Problems {
  if (typeof field !== 'string' || !(CORRECTABLE_FIELDS as readonly string[]).includes(field)) {
    return [`field: expected one of ${CORRECTABLE_FIELDS.join(', ')}, got ${describeValue(field)}`];
  }
  switch (field as CorrectableField) {
    case 'number':
    case 'clientId':
      return expectText(value, field, { nonEmpty: true });
    case 'currency':
      return expectCurrency(value, field);
    case 'totalMinor':
      return expectMinor(value, field, { positive: true });
    case 'issueDate':
      return expectDateOrNull(value, field);
    case 'dueDate':
      return expectDate(value, field);
    case 'terms':
      return expectText(value, field);
  }
}

const CLIENT_PATCH_KEYS = ['name', 'email', 'company', 'business', 'policyOverride', 'notes'] as const;

export function checkClientPatch(patch: unknown): Problems {
  if (!isRecord(patch)) return [`expected client fields to change, got ${describeValue(patch)}`];
  return Object.entries(patch).flatMap(([key, value]): Problems => {
    switch (key) {
      case 'name':
        return expectText(value, key, { nonEmpty: true });
      case 'email': {
        const problems = expectTextOrNull(value, key);
        if (problems.length > 0) return problems;
        const email = (value as string | null)?.trim() ?? '';
        return email === '' || email.includes('@') ? [] : [`email: "${email}" is not an email address`];
      }
      case 'company':
        return expectTextOrNull(value, key);
      case 'business':
        return expectBoolean(value, key);
      case 'notes':
        return expectText(value, key);
      case 'policyOverride':
        return checkPolicyOverride(value);
      default:
        return [`${key}: not a client field that can be changed (known: ${CLIENT_PATCH_KEYS.join(', ')})`];
    }
  });
}

const POLICY_KEYS = ['steps', 'minGapDays', 'finalDeadlineDays', 'fees'];

function checkPolicyOverride(value: unknown): Problems {
  if (value === null) return [];
  if (!isRecord(value))
    return [`policyOverride: expected null or policy keys to replace, got ${describeValue(value)}`];
  const unknown = Object.keys(value).filter((key) => !POLICY_KEYS.includes(key));
  if (unknown.length > 0)
    return unknown.map((key) => `policyOverride.${key}: not a policy key (known: ${POLICY_KEYS.join(', ')})`);
  // Each given key must be valid in place of the default's.
  return validatePolicy(resolvePolicy(DEFAULT_POLICY, value)).map((problem) => `policyOverride.${problem}`);
}
