import { describe, expect, it } from 'vitest';
import { planAll, planInvoice } from '../../../lib/ladder/plan.ts';
import { DEFAULT_POLICY, resolvePolicy } from '../../../lib/ladder/policy.ts';
import type { InvoicePlan, LadderInvoice, Policy } from '../../../lib/ladder/types.ts';
import { call, invoice, paid, sent } from './invoice-builder.ts';

// Default ladder for an invoice due Thu 15 Jan 2026 (dates = due + offset):
//   courtesy -3 -> 12 Jan · reminder +1 -> 16 Jan · follow-up +7 -> 22 Jan · call +14 -> 29 Jan
//   final +21 -> 5 Feb · collections +35 -> 19 Feb.   minGapDays 5, finalDeadlineDays 7.

interface LadderCase {
  name: string;
  invoice: LadderInvoice;
  today: string;
  policy?: Policy;
  expected: Partial<InvoicePlan>;
}

const ladderCases: LadderCase[] = [
  {
    name: 'a fresh invoice waits for the courtesy note three days before the due date',
    invoice: invoice(),
    today: '2025-12-20',
    // 15 Jan - 3 = 12 Jan; 26 days until 15 Jan.
    expected: {
      status: 'open',
      nextStep: 'courtesy',
      nextDate: '2026-01-12',
      due: false,
      daysUntilDue: 26,
      daysOverdue: 0,
      reason: 'next: courtesy note on 12 Jan 2026',
    },
  },
  {
    name: 'the courtesy note is due on its own day',
    invoice: invoice(),
    today: '2026-01-12',
    expected: {
      status: 'open',
      nextStep: 'courtesy',
      nextDate: '2026-01-12',
      due: true,
      reason: 'courtesy note due today',
    },
  },
  {
    name: 'an unsent courtesy note is still due on the due date itself',
    invoice: invoice(),
    today: '2026-01-15',
    expected: { status: 'open', nextStep: 'courtesy', nextDate: '2026-01-12', due: true, daysUntilDue: 0 },
  },
  {
    name: 'the courtesy note lapses once the due date has passed and the reminder is due',
    invoice: invoice(),
    today: '2026-01-16',
    expected: {
      status: 'overdue',
      daysOverdue: 1,
      nextStep: 'reminder',
      nextDate: '2026-01-16',
      due: true,
      reason: 'overdue 1 day · friendly reminder due today',
    },
  },
  {
    name: 'catch-up after weeks of silence: the reminder is due, nothing is skipped',
    invoice: invoice(),
    today: '2026-03-16',
    // 15 Jan -> 16 Mar = 16 (rest of Jan) + 28 (Feb) + 16 = 60 days.
    expected: {
      status: 'overdue',
      daysOverdue: 60,
      nextStep: 'reminder',
      nextDate: '2026-01-16',
      due: true,
      reason: 'overdue 60 days · friendly reminder due since 16 Jan 2026',
    },
  },
  {
    name: 'catch-up moves one step at a time: after the reminder comes the follow-up, not the final notice',
    invoice: invoice({ events: [sent('reminder', '2026-03-10')] }),
    today: '2026-03-16',
    // follow-up's own date 22 Jan; last contact 10 Mar + 5 = 15 Mar -> 15 Mar.
    expected: {
      nextStep: 'follow-up',
      nextDate: '2026-03-15',
      due: true,
      currentStep: 'reminder',
      remindersSent: 1,
    },
  },
  {
    name: 'follow-up on its own date when the reminder went out on time',
    invoice: invoice({ events: [sent('reminder', '2026-01-16')] }),
    today: '2026-01-20',
    // own date 22 Jan; gap 16 Jan + 5 = 21 Jan -> 22 Jan.
    expected: {
      nextStep: 'follow-up',
      nextDate: '2026-01-22',
      due: false,
      reason: 'overdue 5 days · next: follow-up on 22 Jan 2026',
    },
  },
  {
    name: 'the minimum gap pushes the reminder past its own date',
    invoice: invoice({ events: [sent('courtesy', '2026-01-12')] }),
    today: '2026-01-16',
    // own date 16 Jan; gap 12 Jan + 5 = 17 Jan -> 17 Jan.
    expected: { nextStep: 'reminder', nextDate: '2026-01-17', due: false, lastContactDate: '2026-01-12' },
  },
  {
    name: 'a logged call counts as the call step and as a contact for the gap',
    invoice: invoice({
      events: [sent('reminder', '2026-01-16'), sent('follow-up', '2026-01-22'), call('2026-02-02')],
    }),
    today: '2026-02-04',
    // final's own date 5 Feb; gap 2 Feb + 5 = 7 Feb -> 7 Feb.
    expected: {
      nextStep: 'final',
      nextDate: '2026-02-07',
      due: false,
      currentStep: 'call',
      remindersSent: 2,
      lastReminderDate: '2026-01-22',
      lastContactDate: '2026-02-02',
    },
  },
  {
    name: 'collections never before the day after the final deadline',
    invoice: invoice({
      events: [
        sent('reminder', '2026-01-16'),
        sent('follow-up', '2026-01-22'),
        call('2026-01-29'),
        sent('final', '2026-02-17'),
      ],
    }),
    today: '2026-02-20',
    // collections' own date 19 Feb; gap 17 Feb + 5 = 22 Feb; deadline 17 Feb + 7 = 24 Feb, +1 -> 25 Feb.
    expected: { nextStep: 'collections', nextDate: '2026-02-25', due: false, finalDeadline: '2026-02-24' },
  },
  {
    name: 'collections falls due on its own date when the final deadline is long past',
    invoice: invoice({
      events: [sent('reminder', '2026-01-16'), call('2026-01-29'), sent('final', '2026-02-05')],
    }),
    today: '2026-03-01',
    // own 19 Feb; deadline 12 Feb + 1 = 13 Feb; gap 10 Feb -> 19 Feb.
    expected: { nextStep: 'collections', nextDate: '2026-02-19', due: true, finalDeadline: '2026-02-12' },
  },
  {
    name: 'the final deadline follows the latest final notice',
    invoice: invoice({ events: [sent('final', '2026-02-05'), sent('final', '2026-02-20')] }),
    today: '2026-02-21',
    expected: { finalDeadline: '2026-02-27', nextStep: 'collections', nextDate: '2026-02-28' },
  },
  {
    name: 'nothing left once the collections hand-off has been sent',
    invoice: invoice({ events: [sent('collections', '2026-03-01')] }),
    today: '2026-03-16',
    expected: {
      status: 'overdue',
      nextStep: null,
      nextDate: null,
      due: false,
      reason: 'overdue 60 days · no steps left on the ladder',
    },
  },
  {
    name: 'partial payments reduce the balance and the ladder goes on',
    invoice: invoice({ payments: [paid('2026-02-01', 100_000), paid('2026-02-10', 50_000)] }),
    today: '2026-02-15',
    expected: { balanceMinor: 350_000, status: 'overdue', nextStep: 'reminder', due: true },
  },
  {
    name: 'payment in full stops the ladder and the overdue count',
    invoice: invoice({ events: [sent('reminder', '2026-01-16')], payments: [paid('2026-01-20', 500_000)] }),
    today: '2026-02-15',
    expected: {
      balanceMinor: 0,
      status: 'paid',
      nextStep: null,
      nextDate: null,
      due: false,
      daysOverdue: 0,
      reason: 'paid in full',
    },
  },
  {
    name: 'an overpaid invoice is paid and shows the negative balance',
    invoice: invoice({ payments: [paid('2026-01-20', 510_000)] }),
    today: '2026-02-15',
    expected: { balanceMinor: -10_000, status: 'paid', reason: 'paid in full (overpaid by £100.00)' },
  },
  {
    name: 'a written-off invoice has no next step but still counts its days overdue',
    invoice: invoice({ state: { writtenOff: true, collections: false } }),
    today: '2026-02-15',
    expected: { status: 'written-off', nextStep: null, daysOverdue: 31, reason: 'written off' },
  },
  {
    name: 'an invoice handed over to collections has no next step',
    invoice: invoice({ state: { writtenOff: false, collections: true } }),
    today: '2026-02-15',
    expected: {
      status: 'collections',
      nextStep: null,
      pausedReason: null,
      reason: 'handed over to collections',
    },
  },
  {
    name: 'paid wins over written off and collections',
    invoice: invoice({
      payments: [paid('2026-01-20', 500_000)],
      state: { writtenOff: true, collections: true },
    }),
    today: '2026-02-15',
    expected: { status: 'paid' },
  },
  {
    name: 'payments and events dated after today have not happened yet',
    invoice: invoice({ payments: [paid('2026-02-20', 500_000)], events: [sent('reminder', '2026-02-20')] }),
    today: '2026-02-15',
    expected: { balanceMinor: 500_000, status: 'overdue', nextStep: 'reminder', remindersSent: 0 },
  },
  {
    name: 'a JPY invoice keeps whole yen',
    invoice: invoice({ currency: 'JPY', totalMinor: 1_200_000, payments: [paid('2026-01-20', 200_000)] }),
    today: '2026-01-21',
    expected: { currency: 'JPY', balanceMinor: 1_000_000, status: 'overdue', nextStep: 'reminder' },
  },
  {
    name: 'a KWD invoice keeps fils (three decimals)',
    invoice: invoice({ currency: 'KWD', totalMinor: 1_250_500, payments: [paid('2026-01-20', 250_250)] }),
    today: '2026-01-21',
    expected: { currency: 'KWD', balanceMinor: 1_000_250, status: 'overdue' },
  },
];

describe('planInvoice on the default ladder', () => {
  it.each(ladderCases)('$name', ({ invoice: subject, today, policy, expected }) => {
    expect(planInvoice(subject, policy ?? DEFAULT_POLICY, today)).toMatchObject(expected);
  });
});

const customLadderCases: LadderCase[] = [
  {
    name: 'reordered steps are followed in the order given: call before follow-up',
    policy: {
      ...DEFAULT_POLICY,
      steps: [
        { id: 'reminder', offsetDays: 1 },
        { id: 'call', offsetDays: 5 },
        { id: 'follow-up', offsetDays: 10 },
      ],
    },
    invoice: invoice({ events: [sent('reminder', '2026-01-16')] }),
    today: '2026-01-18',
    // call's own date 20 Jan; gap 16 Jan + 5 = 21 Jan -> 21 Jan.
    expected: { nextStep: 'call', nextDate: '2026-01-21' },
  },
  {
    name: 'a removed courtesy step means a fresh invoice waits for the reminder',
    policy: { ...DEFAULT_POLICY, steps: DEFAULT_POLICY.steps.filter((step) => step.id !== 'courtesy') },
    invoice: invoice(),
    today: '2025-12-20',
    expected: { nextStep: 'reminder', nextDate: '2026-01-16', due: false },
  },
  {
    name: 'a re-timed reminder three days after the due date',
    policy: {
      ...DEFAULT_POLICY,
      steps: DEFAULT_POLICY.steps.map((step) => (step.id === 'reminder' ? { ...step, offsetDays: 3 } : step)),
    },
    invoice: invoice(),
    today: '2026-01-16',
    expected: { nextStep: 'reminder', nextDate: '2026-01-18', due: false },
  },
  {
    name: 'an added step of your own, on a known template, takes its place in the ladder',
    policy: {
      ...DEFAULT_POLICY,
      minGapDays: 2,
      steps: [
        { id: 'courtesy', offsetDays: -3 },
        { id: 'check-in', offsetDays: 0, templateId: 'due-today', label: 'Due-day check-in' },
        { id: 'reminder', offsetDays: 1 },
      ],
    },
    invoice: invoice({ events: [sent('courtesy', '2026-01-12')] }),
    today: '2026-01-15',
    // own date 15 Jan; gap 12 Jan + 2 = 14 Jan -> 15 Jan.
    expected: {
      nextStep: 'check-in',
      nextDate: '2026-01-15',
      due: true,
      reason: 'Due-day check-in due today',
    },
  },
  {
    name: 'a step sent out of order moves the ladder past everything before it',
    invoice: invoice({ events: [sent('final', '2026-01-20')] }),
    today: '2026-01-21',
    policy: DEFAULT_POLICY,
    // collections: own 19 Feb; deadline 27 Jan + 1 = 28 Jan -> 19 Feb.
    expected: { nextStep: 'collections', nextDate: '2026-02-19', finalDeadline: '2026-01-27' },
  },
  {
    name: 'a sent note outside the ladder counts as a contact but does not move the ladder',
    invoice: invoice({ events: [sent('partial-ack', '2026-01-15')] }),
    today: '2026-01-16',
    policy: DEFAULT_POLICY,
    // reminder's own date 16 Jan; gap 15 Jan + 5 = 20 Jan.
    expected: { nextStep: 'reminder', nextDate: '2026-01-20', currentStep: 'partial-ack' },
  },
  {
    name: 'a custom step on the final template starts the final deadline',
    policy: {
      ...DEFAULT_POLICY,
      steps: [
        { id: 'reminder', offsetDays: 1 },
        { id: 'last-word', offsetDays: 10, templateId: 'final' },
        { id: 'collections', offsetDays: 12 },
      ],
    },
    invoice: invoice({ events: [sent('last-word', '2026-01-25')] }),
    today: '2026-01-26',
    // deadline 25 Jan + 7 = 1 Feb, +1 -> 2 Feb beats own date 27 Jan and gap 30 Jan.
    expected: { finalDeadline: '2026-02-01', nextStep: 'collections', nextDate: '2026-02-02' },
  },
  {
    name: 'an empty ladder has nothing to do',
    policy: { ...DEFAULT_POLICY, steps: [] },
    invoice: invoice(),
    today: '2026-01-20',
    expected: { status: 'overdue', nextStep: null, nextDate: null, due: false },
  },
];

describe('planInvoice on ladders the user changed', () => {
  it.each(customLadderCases)('$name', ({ invoice: subject, today, policy, expected }) => {
    expect(planInvoice(subject, policy ?? DEFAULT_POLICY, today)).toMatchObject(expected);
  });
});

const pauseCases: LadderCase[] = [
  {
    name: 'pauses the ladder while a promise date is in the future, resuming the day after it',
    invoice: invoice({
      events: [sent('reminder', '2026-01-16'), { type: 'promise', date: '2026-01-20', until: '2026-02-05' }],
    }),
    today: '2026-01-25',
    // follow-up: own 22 Jan, gap 21 Jan -> 22 Jan; promise pushes it to 6 Feb.
    expected: {
      status: 'paused',
      pausedReason: 'promise',
      pausedUntil: '2026-02-05',
      nextStep: 'follow-up',
      nextDate: '2026-02-06',
      due: false,
      reason: 'paused: promise to pay by 5 Feb 2026',
    },
  },
  {
    name: 'a promise still pauses on its last day',
    invoice: invoice({ events: [{ type: 'promise', date: '2026-01-20', until: '2026-02-05' }] }),
    today: '2026-02-05',
    expected: { status: 'paused', pausedReason: 'promise', nextDate: '2026-02-06' },
  },
  {
    name: 'a broken promise resumes the ladder with the step that was waiting',
    invoice: invoice({
      events: [sent('reminder', '2026-01-16'), { type: 'promise', date: '2026-01-20', until: '2026-02-05' }],
    }),
    today: '2026-02-06',
    expected: {
      status: 'overdue',
      pausedReason: null,
      nextStep: 'follow-up',
      nextDate: '2026-01-22',
      due: true,
    },
  },
  {
    name: 'a later promise replaces an earlier one',
    invoice: invoice({
      events: [
        { type: 'promise', date: '2026-01-20', until: '2026-03-01' },
        { type: 'promise', date: '2026-01-25', until: '2026-01-31' },
      ],
    }),
    today: '2026-02-10',
    expected: { pausedReason: null, status: 'overdue' },
  },
  {
    name: 'pauses while a dispute is open, keeping the computed next step (due by date, as defined)',
    invoice: invoice({
      events: [sent('reminder', '2026-01-16'), { type: 'dispute-opened', date: '2026-01-18' }],
    }),
    today: '2026-02-10',
    expected: {
      status: 'paused',
      pausedReason: 'dispute',
      pausedUntil: null,
      nextStep: 'follow-up',
      nextDate: '2026-01-22',
      due: true,
      reason: 'paused: dispute open since 18 Jan 2026',
    },
  },
  {
    name: 'a resolved dispute no longer pauses',
    invoice: invoice({
      events: [
        { type: 'dispute-opened', date: '2026-01-18' },
        { type: 'dispute-resolved', date: '2026-01-30' },
      ],
    }),
    today: '2026-02-10',
    expected: { status: 'overdue', pausedReason: null, due: true },
  },
  {
    name: 'pauses while a payment plan is on track, next step not before the day after the next unpaid instalment',
    invoice: invoice({
      events: [
        sent('reminder', '2026-01-16'),
        {
          type: 'plan-agreed',
          date: '2026-01-20',
          instalments: [
            { date: '2026-02-01', amountMinor: 250_000 },
            { date: '2026-03-01', amountMinor: 250_000 },
          ],
        },
      ],
      payments: [paid('2026-02-01', 250_000)],
    }),
    today: '2026-02-10',
    // first instalment covered; next unpaid 1 Mar -> follow-up not before 2 Mar.
    expected: {
      status: 'paused',
      pausedReason: 'plan',
      balanceMinor: 250_000,
      nextStep: 'follow-up',
      nextDate: '2026-03-02',
      due: false,
      reason: 'paused: payment plan on track, next instalment due 1 Mar 2026',
    },
  },
  {
    name: 'a plan instalment may still be paid on its own day',
    invoice: invoice({
      events: [
        {
          type: 'plan-agreed',
          date: '2026-01-20',
          instalments: [{ date: '2026-02-01', amountMinor: 250_000 }],
        },
      ],
    }),
    today: '2026-02-01',
    expected: { pausedReason: 'plan', nextDate: '2026-02-02', due: false },
  },
  {
    name: 'a missed instalment ends the plan pause',
    invoice: invoice({
      events: [
        sent('reminder', '2026-01-16'),
        {
          type: 'plan-agreed',
          date: '2026-01-20',
          instalments: [
            { date: '2026-02-01', amountMinor: 250_000 },
            { date: '2026-03-01', amountMinor: 250_000 },
          ],
        },
      ],
      payments: [paid('2026-02-01', 100_000)],
    }),
    today: '2026-02-10',
    expected: {
      status: 'overdue',
      pausedReason: null,
      nextStep: 'follow-up',
      nextDate: '2026-01-22',
      due: true,
    },
  },
  {
    name: 'payments made before the plan was agreed do not count towards its instalments',
    invoice: invoice({
      events: [
        {
          type: 'plan-agreed',
          date: '2026-01-20',
          instalments: [{ date: '2026-02-01', amountMinor: 100_000 }],
        },
      ],
      payments: [paid('2026-01-19', 100_000)],
    }),
    today: '2026-02-10',
    expected: { pausedReason: null, status: 'overdue' },
  },
  {
    name: 'pauses after the client replies to the last reminder',
    invoice: invoice({
      events: [sent('reminder', '2026-01-16'), { type: 'client-replied', date: '2026-01-17' }],
    }),
    today: '2026-01-25',
    expected: {
      status: 'paused',
      pausedReason: 'client-replied',
      nextStep: 'follow-up',
      nextDate: '2026-01-22',
      due: true,
      reason: 'paused: client replied on 17 Jan 2026',
    },
  },
  {
    name: 'a reply pause ends with the next event',
    invoice: invoice({
      events: [
        sent('reminder', '2026-01-16'),
        { type: 'client-replied', date: '2026-01-17' },
        sent('follow-up', '2026-01-22'),
      ],
    }),
    today: '2026-01-25',
    expected: { pausedReason: null, status: 'overdue', nextStep: 'call' },
  },
  {
    name: 'pauses while snoozed, then the next step waits for the day after the snooze',
    invoice: invoice({ events: [{ type: 'snoozed', date: '2026-01-16', until: '2026-01-31' }] }),
    today: '2026-01-20',
    expected: {
      status: 'paused',
      pausedReason: 'snoozed',
      pausedUntil: '2026-01-31',
      nextStep: 'reminder',
      nextDate: '2026-02-01',
      due: false,
      reason: 'paused: snoozed until 31 Jan 2026',
    },
  },
  {
    name: 'precedence: a promise outranks an open dispute',
    invoice: invoice({
      events: [
        { type: 'dispute-opened', date: '2026-01-18' },
        { type: 'promise', date: '2026-01-19', until: '2026-02-01' },
      ],
    }),
    today: '2026-01-25',
    expected: { pausedReason: 'promise' },
  },
  {
    name: 'precedence: a dispute outranks a plan and a reply',
    invoice: invoice({
      events: [
        {
          type: 'plan-agreed',
          date: '2026-01-17',
          instalments: [{ date: '2026-03-01', amountMinor: 500_000 }],
        },
        { type: 'dispute-opened', date: '2026-01-18' },
        { type: 'client-replied', date: '2026-01-19' },
      ],
    }),
    today: '2026-01-25',
    expected: { pausedReason: 'dispute' },
  },
  {
    name: 'precedence: a plan outranks a reply and a snooze, and the snooze still pushes the date',
    invoice: invoice({
      events: [
        {
          type: 'plan-agreed',
          date: '2026-01-17',
          instalments: [{ date: '2026-02-01', amountMinor: 500_000 }],
        },
        { type: 'snoozed', date: '2026-01-18', until: '2026-02-10' },
        { type: 'client-replied', date: '2026-01-19' },
      ],
    }),
    today: '2026-01-25',
    // plan: not before 2 Feb; snooze: not before 11 Feb -> 11 Feb.
    expected: { pausedReason: 'plan', nextDate: '2026-02-11', pausedUntil: null },
  },
  {
    name: 'precedence: a reply outranks a snooze',
    invoice: invoice({
      events: [
        { type: 'snoozed', date: '2026-01-18', until: '2026-02-10' },
        { type: 'client-replied', date: '2026-01-19' },
      ],
    }),
    today: '2026-01-25',
    expected: { pausedReason: 'client-replied', nextDate: '2026-02-11' },
  },
  {
    name: 'events on the same date keep their recorded order',
    invoice: invoice({
      events: [{ type: 'client-replied', date: '2026-01-17' }, sent('reminder', '2026-01-17')],
    }),
    today: '2026-01-20',
    expected: { pausedReason: null },
  },
  {
    name: 'a paid invoice is not paused by an old promise',
    invoice: invoice({
      events: [{ type: 'promise', date: '2026-01-20', until: '2026-02-28' }],
      payments: [paid('2026-02-01', 500_000)],
    }),
    today: '2026-02-10',
    expected: { status: 'paid', pausedReason: null, pausedUntil: null, nextStep: null },
  },
];

describe('planInvoice pauses', () => {
  it.each(pauseCases)('$name', ({ invoice: subject, today, policy, expected }) => {
    expect(planInvoice(subject, policy ?? DEFAULT_POLICY, today)).toMatchObject(expected);
  });
});

describe('planInvoice wording and inputs', () => {
  it('formats dates in the reason with the given locale', () => {
    const plan = planInvoice(invoice(), DEFAULT_POLICY, '2025-12-20', 'en-US');
    expect(plan.reason).toBe('next: courtesy note on Jan 12, 2026');
  });

  it('accepts events in any order', () => {
    const ordered = planInvoice(
      invoice({ events: [sent('reminder', '2026-01-16'), sent('follow-up', '2026-01-22')] }),
      DEFAULT_POLICY,
      '2026-01-25',
    );
    const shuffled = planInvoice(
      invoice({ events: [sent('follow-up', '2026-01-22'), sent('reminder', '2026-01-16')] }),
      DEFAULT_POLICY,
      '2026-01-25',
    );
    expect(shuffled).toEqual(ordered);
  });

  it('does not change the invoice it is given', () => {
    const subject = invoice({ events: [sent('follow-up', '2026-01-22'), sent('reminder', '2026-01-16')] });
    const before = structuredClone(subject);
    planInvoice(subject, DEFAULT_POLICY, '2026-01-25');
    expect(subject).toEqual(before);
  });
});

describe('planAll', () => {
  it('plans each invoice with its client override resolved over the user policy', () => {
    const patient = resolvePolicy(DEFAULT_POLICY, {
      steps: [
        { id: 'reminder', offsetDays: 10 },
        { id: 'final', offsetDays: 40 },
      ],
    });
    const invoices = [invoice({ id: 'usual' }), invoice({ id: 'patient' })];
    const plans = planAll(
      invoices,
      (subject) => (subject.id === 'patient' ? patient : DEFAULT_POLICY),
      '2026-01-16',
    );
    expect(plans.map((plan) => [plan.id, plan.nextStep, plan.nextDate])).toEqual([
      ['usual', 'reminder', '2026-01-16'],
      ['patient', 'reminder', '2026-01-25'],
    ]);
  });

  it('takes a single policy for all invoices', () => {
    const plans = planAll(
      [invoice({ id: 'a' }), invoice({ id: 'b', dueDate: '2026-02-15' })],
      DEFAULT_POLICY,
      '2026-01-16',
    );
    expect(plans.map((plan) => plan.status)).toEqual(['overdue', 'open']);
  });
});
