import { describe, expect, it } from 'vitest';
import { runTool } from './helpers.ts';

/*
 * The `plan` contract checked from outside, on case files written for it. Every expected figure was
 * worked out by hand from the contract text; the arithmetic sits beside each case.
 *
 * Unless a case says otherwise: the product's default ladder (courtesy -3, reminder +1, follow-up +7,
 * call +14, final +21, collections +35), minGapDays 5, finalDeadlineDays 7, no fees, GBP, a business
 * client, and a total of 1000.00.
 *
 * Interest figures: numerator = Σ balanceMinor × days × annualRate (rate written with 2 decimals, so
 * ×100), divided by 100 (the rate's scale) × 100 (percent) × 365 = 3,650,000, rounded half-up once.
 * percent-per-month: annual = monthly × 12, so the divisor for a whole-number rate is 100 × 365 = 36,500.
 */

const DIR = 'tests/fixtures/cli/contract';

interface Fees {
  lateFee: string;
  interest: string;
  compensation: string;
  total: string;
}

interface PlanLine {
  id: string;
  currency: string;
  balance: string;
  status: string;
  daysOverdue: number;
  nextStep: string | null;
  nextDate: string | null;
  due: boolean;
  pausedReason: string | null;
  finalDeadline: string | null;
  fees: Fees;
}

const NO_FEES: Fees = { lateFee: '0.00', interest: '0.00', compensation: '0.00', total: '0.00' };

/** An expected line: an overdue 1000.00 GBP invoice with no fees, changed by `fields`. */
function line(id: string, fields: Partial<PlanLine>): PlanLine {
  return {
    id,
    currency: 'GBP',
    balance: '1000.00',
    status: 'overdue',
    daysOverdue: 0,
    nextStep: null,
    nextDate: null,
    due: false,
    pausedReason: null,
    finalDeadline: null,
    fees: NO_FEES,
    ...fields,
  };
}

function fees(lateFee: string, interest: string, compensation: string, total: string): Fees {
  return { lateFee, interest, compensation, total };
}

async function plan(name: string): Promise<PlanLine[]> {
  const result = await runTool('plan', [`${DIR}/${name}`]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.lines as PlanLine[];
}

describe('plan: the ladder', () => {
  it('prints the keys in the contract order', async () => {
    const [first] = await plan('catch-up-never-sent.json');
    expect(Object.keys(first ?? {})).toEqual([
      'id',
      'currency',
      'balance',
      'status',
      'daysOverdue',
      'nextStep',
      'nextDate',
      'due',
      'pausedReason',
      'finalDeadline',
      'fees',
    ]);
    expect(Object.keys(first?.fees ?? {})).toEqual(['lateFee', 'interest', 'compensation', 'total']);
  });

  it('catches up on the reminder when nothing was ever sent, and lets the courtesy note lapse', async () => {
    // Due 15 Jan, today 16 Mar: 16 days of January + 28 of February + 16 of March = 60 days overdue.
    // Courtesy (12 Jan) lapsed with the due date; reminder 15 Jan + 1 = 16 Jan, long past: due.
    expect(await plan('catch-up-never-sent.json')).toEqual([
      line('c1', {
        balance: '5000.00',
        daysOverdue: 60,
        nextStep: 'reminder',
        nextDate: '2026-01-16',
        due: true,
      }),
    ]);
  });

  it('offers one missed step at a time, no earlier than the gap after the last contact', async () => {
    // Reminder sent late on 10 Feb. Follow-up: own date 15 Jan + 7 = 22 Jan, gap 10 Feb + 5 = 15 Feb
    // -> 15 Feb, before today: due. The call (29 Jan) is not offered alongside it.
    expect(await plan('catch-up-late-reminder.json')).toEqual([
      line('c2', { daysOverdue: 60, nextStep: 'follow-up', nextDate: '2026-02-15', due: true }),
    ]);
  });

  it('lets the minimum gap push the next step past today', async () => {
    // Due 1 Mar, today 16 Mar: 15 days overdue. Reminder sent 12 Mar. Follow-up own date 8 Mar,
    // gap 12 Mar + 5 = 17 Mar -> 17 Mar, tomorrow: not due.
    expect(await plan('min-gap-pushes-into-future.json')).toEqual([
      line('g1', { daysOverdue: 15, nextStep: 'follow-up', nextDate: '2026-03-17', due: false }),
    ]);
  });

  it('waits for the courtesy note three days before the due date, and offers it on its own day', async () => {
    // o1 due 25 Mar: courtesy 22 Mar, not yet. o2 due 19 Mar: courtesy 16 Mar = today, due. Both open.
    expect(await plan('before-due-courtesy.json')).toEqual([
      line('o1', { status: 'open', nextStep: 'courtesy', nextDate: '2026-03-22', due: false }),
      line('o2', { status: 'open', nextStep: 'courtesy', nextDate: '2026-03-16', due: true }),
    ]);
  });

  it('keeps the courtesy note on the due date itself and lets it lapse the day after', async () => {
    // o3 due today: the due date has not passed, so still open and the courtesy note (13 Mar) is
    // caught up. o4 due yesterday: 1 day overdue, courtesy lapsed, reminder 15 Mar + 1 = 16 Mar = today.
    expect(await plan('due-date-boundary.json')).toEqual([
      line('o3', { status: 'open', nextStep: 'courtesy', nextDate: '2026-03-13', due: true }),
      line('o4', { daysOverdue: 1, nextStep: 'reminder', nextDate: '2026-03-16', due: true }),
    ]);
  });

  it('lets a courtesy note lapse when a promise or the gap pushes it past the due date', async () => {
    // pc1: due 20 Mar, a promise (made 10 Mar) runs until 25 Mar. Courtesy own 17 Mar, held to 26 Mar:
    // after the due date, so it lapses. Reminder own 21 Mar, held to the day after the promise, 26 Mar.
    // pc2: due 18 Mar, an early-payment offer went out 14 Mar. Courtesy own 15 Mar, gap 14 + 5 = 19 Mar:
    // after the due date, lapses. Reminder own 19 Mar, gap 19 Mar -> 19 Mar, not yet. Still open.
    expect(await plan('courtesy-pushed-past-due.json')).toEqual([
      line('pc1', {
        status: 'paused',
        nextStep: 'reminder',
        nextDate: '2026-03-26',
        pausedReason: 'promise',
      }),
      line('pc2', { status: 'open', nextStep: 'reminder', nextDate: '2026-03-19', due: false }),
    ]);
  });

  it('counts the courtesy note as a contact for the gap before the reminder', async () => {
    // Due 10 Mar (6 days overdue). Courtesy sent 7 Mar. Reminder own date 11 Mar, gap 7 + 5 = 12 Mar
    // -> 12 Mar, due.
    expect(await plan('courtesy-sent-then-reminder.json')).toEqual([
      line('o5', { daysOverdue: 6, nextStep: 'reminder', nextDate: '2026-03-12', due: true }),
    ]);
  });

  it('follows the policy’s step order, not the order of the offsets', async () => {
    // Ladder: courtesy, reminder, call (+10), follow-up (+7), final, collections. Due 1 Feb, 43 days
    // overdue (27 in February + 16 in March).
    // r1: reminder 2 Feb -> call: own 11 Feb, gap 7 Feb -> 11 Feb, due.
    // r2: call logged 12 Feb counts as the call step -> follow-up: own 8 Feb, gap 17 Feb -> 17 Feb, due.
    expect(await plan('reordered-steps.json')).toEqual([
      line('r1', { daysOverdue: 43, nextStep: 'call', nextDate: '2026-02-11', due: true }),
      line('r2', { daysOverdue: 43, nextStep: 'follow-up', nextDate: '2026-02-17', due: true }),
    ]);
  });

  it('goes straight to the final notice when the middle steps are removed', async () => {
    // Ladder: reminder +1, final +21, collections +35. Today 20 Feb, due 1 Feb: 19 days overdue.
    // A follow-up (not on this ladder) went out on 18 Feb: it moves nothing along the ladder but is a
    // contact. Final: own 22 Feb, gap 18 + 5 = 23 Feb -> 23 Feb, not yet.
    expect(await plan('removed-steps.json')).toEqual([
      line('m1', { daysOverdue: 19, nextStep: 'final', nextDate: '2026-02-23', due: false }),
    ]);
  });

  it('plans a step of the user’s own between two built-in ones', async () => {
    // Ladder: reminder +1, second-nudge +4 (reminder template), final +14, collections +28; gap 3 days.
    // Due 1 Mar, 15 days overdue.
    // n1: reminder 2 Mar -> second-nudge: own 5 Mar, gap 5 Mar -> 5 Mar, due.
    // n2: second-nudge 6 Mar -> final: own 15 Mar, gap 9 Mar -> 15 Mar, due.
    expect(await plan('added-step.json')).toEqual([
      line('n1', { daysOverdue: 15, nextStep: 'second-nudge', nextDate: '2026-03-05', due: true }),
      line('n2', { daysOverdue: 15, nextStep: 'final', nextDate: '2026-03-15', due: true }),
    ]);
  });

  it('hands over to collections on the day after the final deadline, not before', async () => {
    // Due 1 Jan, today 18 Feb: 31 + 17 = 48 days overdue. Final sent 10 Feb -> deadline 17 Feb.
    // Collections: own 1 Jan + 35 = 5 Feb, gap 15 Feb, deadline + 1 = 18 Feb -> 18 Feb = today, due.
    expect(await plan('collections-after-final-deadline.json')).toEqual([
      line('f1', {
        daysOverdue: 48,
        nextStep: 'collections',
        nextDate: '2026-02-18',
        due: true,
        finalDeadline: '2026-02-17',
      }),
    ]);
  });

  it('moves the hand-off with a longer final deadline', async () => {
    // Same history, finalDeadlineDays 14: deadline 10 + 14 = 24 Feb, collections 25 Feb, not yet.
    expect(await plan('collections-long-final-deadline.json')).toEqual([
      line('f2', {
        daysOverdue: 48,
        nextStep: 'collections',
        nextDate: '2026-02-25',
        due: false,
        finalDeadline: '2026-02-24',
      }),
    ]);
  });

  it('has no next step once every step has gone out, and still reports the final deadline', async () => {
    // Due 1 Jan, today 16 Mar: 30 + 28 + 16 = 74 days overdue. Final 10 Feb -> deadline 17 Feb.
    expect(await plan('ladder-finished.json')).toEqual([
      line('f3', { daysOverdue: 74, finalDeadline: '2026-02-17' }),
    ]);
  });

  it('counts a logged call as the call step, even ahead of a skipped follow-up', async () => {
    // Due 1 Feb, 43 days overdue.
    // k1: reminder, follow-up, call 16 Feb -> final: own 22 Feb, gap 21 Feb -> 22 Feb, due.
    // k2: reminder, call 9 Feb (follow-up never sent) -> final: own 22 Feb, gap 14 Feb -> 22 Feb, due.
    expect(await plan('call-event-is-the-call-step.json')).toEqual([
      line('k1', { daysOverdue: 43, nextStep: 'final', nextDate: '2026-02-22', due: true }),
      line('k2', { daysOverdue: 43, nextStep: 'final', nextDate: '2026-02-22', due: true }),
    ]);
  });

  it('counts a logged call as done for a call step of the user’s own name', async () => {
    // Ladder: reminder +1, phone +10 (call template), final +21, collections +35. Due 1 Feb.
    // Reminder 2 Feb, call logged 12 Feb completes "phone" -> final: own 22 Feb, gap 17 Feb -> 22 Feb, due.
    expect(await plan('call-step-of-own-name.json')).toEqual([
      line('cs1', { daysOverdue: 43, nextStep: 'final', nextDate: '2026-02-22', due: true }),
    ]);
  });
});

describe('plan: pauses', () => {
  // Shared history below: due 1 Feb (43 days overdue on 16 Mar), reminder 2 Feb, follow-up 8 Feb, so the
  // call is next: own date 15 Feb, gap 8 + 5 = 13 Feb -> 15 Feb.

  it('pauses while a promise runs until today, then offers the step the day after', async () => {
    // Promise until 16 Mar = today: paused; nextDate the day after, 17 Mar.
    expect(await plan('promise-until-today.json')).toEqual([
      line('p1', {
        status: 'paused',
        daysOverdue: 43,
        nextStep: 'call',
        nextDate: '2026-03-17',
        pausedReason: 'promise',
      }),
    ]);
  });

  it('resumes the ladder once a promised date has passed unpaid', async () => {
    // Promise until 15 Mar, yesterday: no pause; the call (15 Feb) is due.
    expect(await plan('promise-in-the-past.json')).toEqual([
      line('p2', { daysOverdue: 43, nextStep: 'call', nextDate: '2026-02-15', due: true }),
    ]);
  });

  it('pauses while a dispute is open and resumes once it is resolved', async () => {
    // d1: opened 1 Mar, never resolved: paused. The computed step and date stay, and `due` is
    // exactly nextDate <= today (15 Feb <= 16 Mar), paused or not, as the contract defines it.
    // d2: opened 20 Feb, resolved 5 Mar: no pause, the call is due.
    expect(await plan('dispute-open-and-resolved.json')).toEqual([
      line('d1', {
        status: 'paused',
        daysOverdue: 43,
        nextStep: 'call',
        nextDate: '2026-02-15',
        due: true,
        pausedReason: 'dispute',
      }),
      line('d2', { daysOverdue: 43, nextStep: 'call', nextDate: '2026-02-15', due: true }),
    ]);
  });

  it('pauses while a payment plan is kept', async () => {
    // 1500.00 due 10 Jan; today 16 Mar: 21 + 28 + 16 = 65 days overdue. Reminder 11 Jan.
    // Plan agreed 20 Jan: 500 on 1 Feb, 1 Mar, 1 Apr. Paid since: 500 (31 Jan) + 500 (1 Mar) = 1000,
    // covering the two instalments due so far; balance 500.00.
    // Follow-up: own 17 Jan, gap 16 Jan -> 17 Jan; this implementation also holds it until the day
    // after the next unpaid instalment (1 Apr) -> 2 Apr.
    expect(await plan('plan-in-good-standing.json')).toEqual([
      line('l1', {
        balance: '500.00',
        status: 'paused',
        daysOverdue: 65,
        nextStep: 'follow-up',
        nextDate: '2026-04-02',
        pausedReason: 'plan',
      }),
    ]);
  });

  it('resumes the ladder when an instalment of the plan is missed', async () => {
    // Only 500 paid since the plan; the 1 Mar instalment (cumulative 1000) is not covered: broken.
    // Balance 1000.00; follow-up 17 Jan is due.
    expect(await plan('plan-broken.json')).toEqual([
      line('l2', { daysOverdue: 65, nextStep: 'follow-up', nextDate: '2026-01-17', due: true }),
    ]);
  });

  it('pauses after a client’s reply until anything else happens', async () => {
    // Reminder 2 Feb; follow-up own 8 Feb, gap 7 Feb -> 8 Feb.
    // q1: reply 5 Feb is the last event: paused; the follow-up (8 Feb) is still due by the definition.
    // q2: reply 5 Feb, then a promise (6 Feb, until 20 Feb, now past): the reply no longer pauses and
    //     the spent promise does not either.
    // q3: reply 5 Feb, then the follow-up went out 10 Feb -> call: own 15 Feb, gap 15 Feb, due.
    expect(await plan('client-replied.json')).toEqual([
      line('q1', {
        status: 'paused',
        daysOverdue: 43,
        nextStep: 'follow-up',
        nextDate: '2026-02-08',
        due: true,
        pausedReason: 'client-replied',
      }),
      line('q2', { daysOverdue: 43, nextStep: 'follow-up', nextDate: '2026-02-08', due: true }),
      line('q3', { daysOverdue: 43, nextStep: 'call', nextDate: '2026-02-15', due: true }),
    ]);
  });

  it('pauses while snoozed and resumes after the snooze', async () => {
    // s1: snoozed until 20 Mar: paused, the follow-up (8 Feb) waits until 21 Mar.
    // s2: snoozed until 15 Mar, yesterday: the follow-up is due again.
    expect(await plan('snoozed.json')).toEqual([
      line('s1', {
        status: 'paused',
        daysOverdue: 43,
        nextStep: 'follow-up',
        nextDate: '2026-03-21',
        pausedReason: 'snoozed',
      }),
      line('s2', { daysOverdue: 43, nextStep: 'follow-up', nextDate: '2026-02-08', due: true }),
    ]);
  });
});

describe('plan: balance and state', () => {
  it('stops the ladder when paid exactly or overpaid, keeping the final deadline on record', async () => {
    // b1: 1200.00 - 600.00 - 600.00 = 0.00: paid. Final sent 5 Feb -> deadline 12 Feb.
    // b2: 300.00 - 350.00 = -50.00: paid (balance <= 0), shown as a negative balance.
    expect(await plan('paid-exactly-and-overpaid.json')).toEqual([
      line('b1', { balance: '0.00', status: 'paid', finalDeadline: '2026-02-12' }),
      line('b2', { balance: '-50.00', status: 'paid' }),
    ]);
  });

  it('ranks paid over written-off over collections', async () => {
    // w1 written off and handed over: written-off. w2 handed over: collections. Both 60 days overdue
    // (due 15 Jan) with nothing next. w3 written off but paid in full on 1 Mar: paid.
    expect(await plan('written-off-and-collections.json')).toEqual([
      line('w1', { status: 'written-off', daysOverdue: 60 }),
      line('w2', { status: 'collections', daysOverdue: 60 }),
      line('w3', { balance: '0.00', status: 'paid' }),
    ]);
  });
});

describe('plan: late fees and interest', () => {
  it('charges monthly interest on yen without decimals', async () => {
    // ¥150,000 due 1 Feb at 1.5% a month = 18% a year. Late 2 Feb..16 Mar: 27 + 16 = 43 days.
    // 150000 × 43 × 18 / 36,500 = 116,100,000 / 36,500 = 3180.82 -> ¥3,181.
    expect(await plan('yen-percent-per-month.json')).toEqual([
      line('y1', {
        currency: 'JPY',
        balance: '150000',
        daysOverdue: 43,
        nextStep: 'reminder',
        nextDate: '2026-02-02',
        due: true,
        fees: fees('0', '3181', '0', '3181'),
      }),
    ]);
  });

  it('charges a flat fee in dinars with three decimals', async () => {
    // KWD 1250.750 - 250.750 = 1000.000; flat fee 5.500 once overdue.
    expect(await plan('dinar-flat-fee.json')).toEqual([
      line('k3', {
        currency: 'KWD',
        balance: '1000.000',
        daysOverdue: 43,
        nextStep: 'reminder',
        nextDate: '2026-02-02',
        due: true,
        fees: fees('5.500', '0.000', '0.000', '5.500'),
      }),
    ]);
  });

  it('keeps a flat fee owed after a late payment, and charges none when paid on time or not yet late', async () => {
    // t1: due 1 Feb, paid in full 10 Feb: it was overdue, so the 25.00 fee stands; paid, nothing next.
    // t2: paid in full on the due date: never overdue, no fee.
    // t3: due today: not overdue yet, no fee; courtesy (13 Mar) caught up.
    expect(await plan('flat-fee-paid-late.json')).toEqual([
      line('t1', { balance: '0.00', status: 'paid', fees: fees('25.00', '0.00', '0.00', '25.00') }),
      line('t2', { balance: '0.00', status: 'paid' }),
      line('t3', {
        balance: '800.00',
        status: 'open',
        nextStep: 'courtesy',
        nextDate: '2026-03-13',
        due: true,
      }),
    ]);
  });

  it('accrues monthly interest on each day’s balance across a part payment', async () => {
    // 2000.00 due 31 Jan at 2% a month = 24% a year; 1200.00 paid 20 Feb (counts from that day).
    // 1 Feb..19 Feb: 19 days on 200000; 20 Feb..16 Mar: 9 + 16 = 25 days on 80000.
    // (200000 × 19 + 80000 × 25) × 24 / 36,500 = 5,800,000 × 24 / 36,500 = 3813.70 -> 38.14.
    // 44 days overdue (31 Jan -> 16 Mar).
    expect(await plan('percent-across-payment.json')).toEqual([
      line('u1', {
        balance: '800.00',
        daysOverdue: 44,
        nextStep: 'reminder',
        nextDate: '2026-02-01',
        due: true,
        fees: fees('0.00', '38.14', '0.00', '38.14'),
      }),
    ]);
  });

  it('counts 29 February as a day of interest and still divides by 365', async () => {
    // 3650.00 due 27 Feb 2028 at 1% a month = 12% a year; today 1 Mar 2028.
    // Late days: 28 Feb, 29 Feb, 1 Mar = 3. 365000 × 3 × 12 / 36,500 = 360 -> 3.60
    // (366 would give 3.59; skipping the leap day 2.40).
    expect(await plan('leap-day.json')).toEqual([
      line('v1', {
        balance: '3650.00',
        daysOverdue: 3,
        nextStep: 'reminder',
        nextDate: '2028-02-28',
        due: true,
        fees: fees('0.00', '3.60', '0.00', '3.60'),
      }),
    ]);
  });

  it('rounds exactly half a minor unit up', async () => {
    // 0.5% a month = 6% a year.
    // h1: 273.75 for 1 day: 27375 × 1 × 6 / 36,500 = 164,250 / 36,500 = 4.5 -> 5 -> 0.05
    //     (truncation or round-half-even would give 0.04).
    // h2: ¥27,375 for 1 day: the same 4.5 -> ¥5.
    // h3: 91.25 for 3 days (14..16 Mar): 9125 × 3 × 6 / 36,500 = 4.5 -> 0.05.
    expect(await plan('half-up-rounding.json')).toEqual([
      line('h1', {
        balance: '273.75',
        daysOverdue: 1,
        nextStep: 'reminder',
        nextDate: '2026-03-16',
        due: true,
        fees: fees('0.00', '0.05', '0.00', '0.05'),
      }),
      line('h2', {
        currency: 'JPY',
        balance: '27375',
        daysOverdue: 1,
        nextStep: 'reminder',
        nextDate: '2026-03-16',
        due: true,
        fees: fees('0', '5', '0', '5'),
      }),
      line('h3', {
        balance: '91.25',
        daysOverdue: 3,
        nextStep: 'reminder',
        nextDate: '2026-03-14',
        due: true,
        fees: fees('0.00', '0.05', '0.00', '0.05'),
      }),
    ]);
  });
});

describe('plan: statutory interest', () => {
  // UK base rates in the files: 5.00 from 1 Aug 2024, 4.75 from 7 Nov 2024, 4.50 from 6 Feb 2025,
  // 4.25 from 8 May 2025, 4.00 from 7 Aug 2025, 3.75 from 18 Dec 2025, 3.50 from 5 Feb 2026.

  it('fixes the UK rate for a debt late in January on 31 December, despite a later cut', async () => {
    // Due 20 Jan, late 21 Jan (first half of 2026): base rate on 31 Dec 2025 = 3.75 -> 11.75%, kept
    // after the cut to 3.50 on 5 Feb. Days 21 Jan..16 Mar: 11 + 28 + 16 = 55.
    // 500000 × 55 × 1175 / 3,650,000 = 32,312,500,000 / 3,650,000 = 8852.74 -> 88.53.
    // £70 for a debt of £5,000 (under £10,000). Total 158.53.
    expect(await plan('uk-late-in-january.json')).toEqual([
      line('j1', {
        balance: '5000.00',
        daysOverdue: 55,
        nextStep: 'reminder',
        nextDate: '2026-01-21',
        due: true,
        fees: fees('0.00', '88.53', '70.00', '158.53'),
      }),
    ]);
  });

  it('fixes the UK rate for a debt late in July on 30 June, despite two later cuts', async () => {
    // Due 30 Jun 2025, late 1 Jul 2025 (second half): base rate on 30 Jun 2025 = 4.25 -> 12.25%, kept
    // through the cuts of 7 Aug and 18 Dec. Today 30 Sep 2025: 31 + 31 + 30 = 92 days.
    // 200000 × 92 × 1225 / 3,650,000 = 22,540,000,000 / 3,650,000 = 6175.34 -> 61.75. £70. Total 131.75.
    expect(await plan('uk-late-in-july.json')).toEqual([
      line('j2', {
        balance: '2000.00',
        daysOverdue: 92,
        nextStep: 'reminder',
        nextDate: '2025-07-01',
        due: true,
        fees: fees('0.00', '61.75', '70.00', '131.75'),
      }),
    ]);
  });

  it('picks the UK compensation tier at each boundary', async () => {
    // Due 1 Mar, today 2 Mar: one late day at 3.75 + 8 = 11.75%.
    // x1 999.99:   99999 × 1175 / 3,650,000 = 32.19 -> 0.32; under £1,000 -> £40.
    // x2 1000.00: 100000 × 1175 / 3,650,000 = 32.19 -> 0.32; £1,000 is not under £1,000 -> £70.
    // x3 9999.99: 999999 × 1175 / 3,650,000 = 321.92 -> 3.22; under £10,000 -> £70.
    // x4 10000.00: 1000000 × 1175 / 3,650,000 = 321.92 -> 3.22; £10,000 or more -> £100.
    // x5 1500.00 with 600.00 paid on the late day itself: balance that day 900.00 -> £40;
    //    interest 90000 × 1175 / 3,650,000 = 28.97 -> 0.29.
    const reminder = { daysOverdue: 1, nextStep: 'reminder', nextDate: '2026-03-02', due: true };
    expect(await plan('uk-compensation-tiers.json')).toEqual([
      line('x1', { ...reminder, balance: '999.99', fees: fees('0.00', '0.32', '40.00', '40.32') }),
      line('x2', { ...reminder, balance: '1000.00', fees: fees('0.00', '0.32', '70.00', '70.32') }),
      line('x3', { ...reminder, balance: '9999.99', fees: fees('0.00', '3.22', '70.00', '73.22') }),
      line('x4', { ...reminder, balance: '10000.00', fees: fees('0.00', '3.22', '100.00', '103.22') }),
      line('x5', { ...reminder, balance: '900.00', fees: fees('0.00', '0.29', '40.00', '40.29') }),
    ]);
  });

  it('resets the EU rate each half-year from the rate on 1 January or 1 July', async () => {
    // ECB rates: 2.15 from 11 Jun 2025, 2.00 from 15 Dec 2025, 2.40 from 10 Jun 2026.
    // €10,000 due 20 Nov 2025, late 21 Nov; today 15 Jul 2026.
    // H2 2025 (rate on 1 Jul 2025 = 2.15 -> 10.15%): 21 Nov..31 Dec = 10 + 31 = 41 days.
    // H1 2026 (rate on 1 Jan 2026 = 2.00 -> 10.00%; the June rise waits): 181 days.
    // H2 2026 (rate on 1 Jul 2026 = 2.40 -> 10.40%): 1..15 Jul = 15 days.
    // 1,000,000 × (41 × 1015 + 181 × 1000 + 15 × 1040) / 3,650,000
    //   = 1,000,000 × 238,215 / 3,650,000 = 65,264.38 -> 652.64; €40 compensation; total 692.64.
    // 41 + 181 + 15 = 237 days overdue. e2 is the same debt owed by a consumer: no statutory charges.
    const common = {
      currency: 'EUR',
      balance: '10000.00',
      daysOverdue: 237,
      nextStep: 'reminder',
      nextDate: '2025-11-21',
      due: true,
    };
    expect(await plan('eu-half-years.json')).toEqual([
      line('e1', { ...common, fees: fees('0.00', '652.64', '40.00', '692.64') }),
      line('e2', common),
    ]);
  });

  it('adds 9 points to a negative German base rate and follows its half-year changes', async () => {
    // Basiszinssatz: -0.88 from 1 Jul 2020, 1.62 from 1 Jan 2023, 3.12 from 1 Jul 2023.
    // €2,000 due 30 Nov 2022, late 1 Dec 2022; today 10 Jul 2023.
    // H2 2022: -0.88 + 9 = 8.12%, 31 days. H1 2023: 1.62 + 9 = 10.62%, 181 days.
    // H2 2023: 3.12 + 9 = 12.12%, 10 days.
    // 200000 × (31 × 812 + 181 × 1062 + 10 × 1212) / 3,650,000 = 200000 × 229,514 / 3,650,000
    //   = 12,576.11 -> 125.76; €40; total 165.76. 31 + 181 + 10 = 222 days overdue.
    expect(await plan('de-negative-base-rate.json')).toEqual([
      line('z1', {
        currency: 'EUR',
        balance: '2000.00',
        daysOverdue: 222,
        nextStep: 'reminder',
        nextDate: '2022-12-01',
        due: true,
        fees: fees('0.00', '125.76', '40.00', '165.76'),
      }),
    ]);
  });

  it('gives no statutory interest or compensation to a consumer', async () => {
    // i1 business: false, i2 business left out (a consumer by default): both zero. Due 20 Jan: 55 days.
    const common = {
      balance: '5000.00',
      daysOverdue: 55,
      nextStep: 'reminder',
      nextDate: '2026-01-21',
      due: true,
    };
    expect(await plan('statutory-needs-a-business.json')).toEqual([line('i1', common), line('i2', common)]);
  });
});

describe('plan: unusable input', () => {
  const cases: [file: string, stderrStart: string, detail: RegExp][] = [
    ['bad-missing-due-date.json', 'invoices[0].dueDate: ', /missing/],
    ['bad-missing-today.json', 'today: ', /missing/],
    ['bad-unknown-step-in-event.json', 'invoices[0].events[1].step: ', /unknown step "nudge"/],
    ['bad-unknown-step-in-policy.json', 'policy.steps[2].id: ', /unknown step "threaten"/],
    ['bad-unknown-event-type.json', 'invoices[0].events[1].type: ', /unknown event type "threatened"/],
    [
      'bad-impossible-date.json',
      'invoices[0].payments[0].date: ',
      /"2026-02-30" is not a real calendar date/,
    ],
    ['bad-too-many-decimals.json', 'invoices[0].total: ', /"1000\.005" has 3 decimals but GBP has 2/],
    ['bad-yen-with-decimals.json', 'invoices[0].total: ', /"1500\.5" has 1 decimals but JPY has 0/],
    ['bad-unknown-currency.json', 'invoices[0].currency: ', /unknown currency "XYZ"/],
    ['bad-rates-do-not-cover.json', 'policy.fees.referenceRates: ', /no rate in force on 2025-12-31/],
    ['bad-not-json.json', 'not valid JSON ', /line 2 column 31/],
  ];

  it.each(cases)('rejects %s, naming the file and where', async (file, stderrStart, detail) => {
    const path = `${DIR}/${file}`;
    const result = await runTool('plan', [path]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`${path}: ${stderrStart}`)).toBe(true);
    expect(result.stderr).toMatch(detail);
    expect(result.stderr).not.toContain('    at ');
  });
});
