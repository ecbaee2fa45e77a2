import { describeValue } from '../ladder/policy.ts';
import { CORRECTABLE_FIELDS, checkClientPatch } from './input-checks.ts';
import {
  checkEventBody,
  expectBoolean,
  expectCurrency,
  expectDate,
  expectDateOrNull,
  expectMinor,
  expectText,
  expectTextOrNull,
  expectTimestamp,
  isRecord,
  type Problems,
} from './validate.ts';

/* Whole-record checks for data read back from a backup file. */

function checkSource(value: unknown, path: string): Problems {
  if (!isRecord(value)) return [`${path}: expected where the invoice came from, got ${describeValue(value)}`];
  switch (value.kind) {
    case 'mail':
      return [
        ...(value.mailClient === 'gmail' || value.mailClient === 'outlook'
          ? []
          : [`${path}.mailClient: expected gmail or outlook, got ${describeValue(value.mailClient)}`]),
        ...expectText(value.threadId, `${path}.threadId`, { nonEmpty: true }),
        ...expectTextOrNull(value.messageId, `${path}.messageId`),
      ];
    case 'import':
      return [
        ...expectText(value.fileName, `${path}.fileName`),
        ...(Number.isInteger(value.row)
          ? []
          : [`${path}.row: expected a row number, got ${describeValue(value.row)}`]),
      ];
    case 'manual':
      return [];
    default:
      return [`${path}.kind: expected mail, import or manual, got ${describeValue(value.kind)}`];
  }
}

export function checkInvoiceRecord(value: unknown, path: string): Problems {
  if (!isRecord(value)) return [`${path}: expected an invoice, got ${describeValue(value)}`];
  const at = (key: string) => `${path}.${key}`;
  const payments = Array.isArray(value.payments)
    ? value.payments.flatMap((payment, index) => {
        const where = `${path}.payments[${index}]`;
        if (!isRecord(payment)) return [`${where}: expected a payment, got ${describeValue(payment)}`];
        return [
          ...expectText(payment.id, `${where}.id`, { nonEmpty: true }),
          ...expectDate(payment.date, `${where}.date`),
          ...expectMinor(payment.amountMinor, `${where}.amountMinor`, { positive: true }),
          ...expectText(payment.note, `${where}.note`),
        ];
      })
    : [`${at('payments')}: expected a list, got ${describeValue(value.payments)}`];
  const state = isRecord(value.state)
    ? (['writtenOff', 'collections', 'tracking'] as const).flatMap((key) =>
        expectBoolean((value.state as Record<string, unknown>)[key], `${at('state')}.${key}`),
      )
    : [`${at('state')}: expected {writtenOff, collections, tracking}, got ${describeValue(value.state)}`];
  const corrected = Array.isArray(value.corrected)
    ? value.corrected.flatMap((field, index) =>
        (CORRECTABLE_FIELDS as readonly unknown[]).includes(field)
          ? []
          : [
              `${at('corrected')}[${index}]: expected one of ${CORRECTABLE_FIELDS.join(', ')}, got ${describeValue(field)}`,
            ],
      )
    : [`${at('corrected')}: expected a list, got ${describeValue(value.corrected)}`];
  return [
    ...expectText(value.id, at('id'), { nonEmpty: true }),
    ...expectText(value.number, at('number')),
    ...expectText(value.clientId, at('clientId'), { nonEmpty: true }),
    ...expectCurrency(value.currency, at('currency')),
    ...expectMinor(value.totalMinor, at('totalMinor')),
    ...expectDateOrNull(value.issueDate, at('issueDate')),
    ...expectDate(value.dueDate, at('dueDate')),
    ...expectText(value.terms, at('terms')),
    ...payments,
    ...checkSource(value.source, at('source')),
    ...state,
    ...corrected,
    ...expectText(value.notes, at('notes')),
    ...expectTimestamp(value.createdAt, at('createdAt')),
    ...expectTimestamp(value.updatedAt, at('updatedAt')),
  ];
}

export function checkClientRecord(value: unknown, path: string): Problems {
  if (!isRecord(value)) return [`${path}: expected a client, got ${describeValue(value)}`];
  const at = (key: string) => `${path}.${key}`;
  return [
    ...expectText(value.id, at('id'), { nonEmpty: true }),
    ...expectText(value.name, at('name')),
    ...expectTextOrNull(value.email, at('email')),
    ...expectTextOrNull(value.company, at('company')),
    ...expectBoolean(value.business, at('business')),
    ...checkClientPatch({ policyOverride: value.policyOverride }).map((problem) => `${path}.${problem}`),
    ...expectText(value.notes, at('notes')),
    ...expectTimestamp(value.createdAt, at('createdAt')),
    ...expectTimestamp(value.updatedAt, at('updatedAt')),
  ];
}

export function checkTimelineEvent(value: unknown, path: string): Problems {
  if (!isRecord(value)) return [`${path}: expected a timeline event, got ${describeValue(value)}`];
  return [
    ...expectText(value.id, `${path}.id`, { nonEmpty: true }),
    ...expectText(value.invoiceId, `${path}.invoiceId`, { nonEmpty: true }),
    ...expectDate(value.date, `${path}.date`),
    ...expectTimestamp(value.at, `${path}.at`),
    ...checkEventBody(value, path),
  ];
}
