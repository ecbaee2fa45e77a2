import { type IsoDate, isIsoDate, makeIsoDate } from '../dates/calendar.ts';
import { parseDecimal } from '../money/amount.ts';
import { dateOf, dayOf } from './day-cache.ts';
import {
  addExact,
  divideRoundHalfUp,
  type ExactDecimal,
  exactFromInteger,
  exactToString,
  multiplyExact,
  parseExactDecimal,
  unitsAtScale,
} from './decimal.ts';
import {
  type CompensationTier,
  type StatutoryKind,
  type StatutoryRuleSet,
  statutoryRuleFor,
} from './statutory-rules.ts';
import type { DatedRate, FeeBreakdown, FeeKind, FeePolicy, LadderInvoice } from './types.ts';

/** A stretch of days with one outstanding balance and one annual rate. */
export interface InterestPeriod {
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
  days: number;
  balanceMinor: number;
  /** Percent a year, exact ("12.25"); a monthly percent shows here times 12. */
  annualRatePercent: string;
  /** The statutory reference (base) rate the annual rate is built on, with the date it was read. */
  referenceRatePercent: string | null;
  referenceDate: IsoDate | null;
}

/** Why a part of the fees is zero, when it is not simply the policy. */
export type FeeNote =
  | 'not-overdue'
  | 'nothing-outstanding-when-late'
  | 'not-business'
  | 'before-statutory-rules'
  | 'compensation-other-currency';

export interface FeeAssessment {
  breakdown: FeeBreakdown;
  kind: FeeKind;
  /** The day the debt became late: the day after the due date. */
  lateDate: IsoDate;
  /** Balance on the day the debt became late (payments on that day already counted). */
  balanceWhenLateMinor: number;
  rule: StatutoryRuleSet | null;
  /** Only stretches where something was owed; interest on them sums to `breakdown.interestMinor`. */
  periods: InterestPeriod[];
  compensationTier: CompensationTier | null;
  notes: FeeNote[];
  /** The policy cannot be applied as given (no rate in force, too many decimals); those parts are zero. */
  problems: string[];
}

export interface FeeExplanation extends FeeAssessment {
  /** Sentences for people, in order: basis, one per period, totals. Drafts show them. */
  lines: string[];
}

const ZERO_BREAKDOWN: FeeBreakdown = {
  lateFeeMinor: 0,
  interestMinor: 0,
  compensationMinor: 0,
  totalMinor: 0,
};

export function computeFees(invoice: LadderInvoice, fees: FeePolicy, today: IsoDate): FeeBreakdown {
  return assessFees(invoice, fees, today).breakdown;
}

interface ParsedRate {
  fromDay: number;
  from: IsoDate;
  rate: ExactDecimal;
}

type ParsedFees =
  | { kind: 'none' }
  | { kind: 'flat'; amount: string }
  | { kind: 'percent-per-month'; monthly: ExactDecimal | null; percent: string }
  | {
      kind: StatutoryKind;
      rates: ParsedRate[];
      ratesField: string;
      compensation: string | null;
      problems: string[];
    };

// A policy object is shared by thousands of invoices: parse its rates once.
const parsedFeesCache = new WeakMap<FeePolicy, ParsedFees>();

function parseFees(fees: FeePolicy): ParsedFees {
  const cached = parsedFeesCache.get(fees);
  if (cached) return cached;
  const parsed = parseFeesUncached(fees);
  parsedFeesCache.set(fees, parsed);
  return parsed;
}

function parseFeesUncached(fees: FeePolicy): ParsedFees {
  switch (fees.kind) {
    case 'none':
      return { kind: 'none' };
    case 'flat':
      return { kind: 'flat', amount: fees.amount };
    case 'percent-per-month':
      return { kind: 'percent-per-month', monthly: parseExactDecimal(fees.percent), percent: fees.percent };
    case 'statutory-uk':
      return parseStatutory(fees.kind, fees.referenceRates, 'referenceRates', null);
    case 'statutory-eu':
      return parseStatutory(fees.kind, fees.referenceRates, 'referenceRates', fees.compensation ?? '40');
    case 'statutory-de':
      return parseStatutory(fees.kind, fees.baseRates, 'baseRates', null);
  }
}

function parseStatutory(
  kind: StatutoryKind,
  dated: DatedRate[] | undefined,
  ratesField: string,
  compensation: string | null,
): ParsedFees {
  const problems: string[] = [];
  const rates: ParsedRate[] = [];
  for (const entry of dated ?? []) {
    const rate = typeof entry.rate === 'string' ? parseExactDecimal(entry.rate) : null;
    if (!isIsoDate(entry.from) || !rate) {
      problems.push(`${ratesField}: ${JSON.stringify(entry)} is not {"from": "YYYY-MM-DD", "rate": "4.00"}`);
      continue;
    }
    rates.push({ fromDay: dayOf(entry.from), from: entry.from, rate });
  }
  rates.sort((a, b) => a.fromDay - b.fromDay);
  return { kind, rates, ratesField, compensation, problems };
}

/** The rate in force on a day: the entry with the greatest `from` on or before it. */
function rateInForce(rates: ParsedRate[], day: number): ParsedRate | null {
  let found: ParsedRate | null = null;
  for (const rate of rates) {
    if (rate.fromDay > day) break;
    found = rate;
  }
  return found;
}

interface RatePeriodStart {
  fromDay: number;
  annual: ExactDecimal;
  reference: ExactDecimal | null;
  referenceDate: IsoDate | null;
}

interface DatedPayment {
  day: number;
  amountMinor: number;
}

export function assessFees(invoice: LadderInvoice, fees: FeePolicy, today: IsoDate): FeeAssessment {
  const dueDay = dayOf(invoice.dueDate);
  const lateDay = dueDay + 1;
  const todayDay = dayOf(today);
  const payments = sortedPayments(invoice, todayDay);
  const balanceWhenLateMinor = balanceOn(invoice.totalMinor, payments, lateDay);
  const assessment: FeeAssessment = {
    breakdown: ZERO_BREAKDOWN,
    kind: fees.kind,
    lateDate: dateOf(lateDay),
    balanceWhenLateMinor,
    rule: null,
    periods: [],
    compensationTier: null,
    notes: [],
    problems: [],
  };
  const parsed = parseFees(fees);
  if (parsed.kind === 'none') return assessment;
  if (todayDay < lateDay) {
    assessment.notes.push('not-overdue');
    return assessment;
  }
  if (balanceWhenLateMinor <= 0) assessment.notes.push('nothing-outstanding-when-late');

  let lateFeeMinor = 0;
  let compensationMinor = 0;
  let rateStarts: RatePeriodStart[] = [];

  if (parsed.kind === 'flat') {
    if (balanceWhenLateMinor > 0)
      lateFeeMinor = amountIn(parsed.amount, invoice.currency, 'amount', assessment);
  } else if (parsed.kind === 'percent-per-month') {
    if (parsed.monthly) {
      rateStarts = [
        { fromDay: lateDay, annual: multiplyExact(parsed.monthly, 12), reference: null, referenceDate: null },
      ];
    } else {
      assessment.problems.push(`percent: "${parsed.percent}" is not a percent such as "1.5"`);
    }
  } else if (!invoice.client.business) {
    assessment.notes.push('not-business');
  } else {
    const rule = statutoryRuleFor(parsed.kind, assessment.lateDate);
    assessment.rule = rule;
    if (!rule) {
      assessment.notes.push('before-statutory-rules');
    } else {
      assessment.problems.push(...parsed.problems);
      rateStarts = statutoryRateStarts(rule, parsed.rates, parsed.ratesField, lateDay, todayDay, assessment);
      if (balanceWhenLateMinor > 0) {
        compensationMinor = statutoryCompensation(rule, parsed.compensation, invoice, assessment);
      }
    }
  }

  const interestMinor = rateStarts.length
    ? accrueInterest(invoice.totalMinor, payments, rateStarts, lateDay, todayDay, assessment.periods)
    : 0;
  assessment.breakdown = {
    lateFeeMinor,
    interestMinor,
    compensationMinor,
    totalMinor: lateFeeMinor + interestMinor + compensationMinor,
  };
  return assessment;
}

function sortedPayments(invoice: LadderInvoice, todayDay: number): DatedPayment[] {
  const payments: DatedPayment[] = [];
  for (const payment of invoice.payments) {
    const day = dayOf(payment.date);
    // The plan is "as of today": a payment dated later has not happened yet.
    if (day <= todayDay) payments.push({ day, amountMinor: payment.amountMinor });
  }
  return payments.sort((a, b) => a.day - b.day);
}

function balanceOn(totalMinor: number, payments: DatedPayment[], day: number): number {
  let balance = totalMinor;
  for (const payment of payments) {
    if (payment.day > day) break;
    balance -= payment.amountMinor;
  }
  return balance;
}

function amountIn(text: string, currency: string, field: string, assessment: FeeAssessment): number {
  const parsed = parseDecimal(text, currency);
  if (parsed.ok) return parsed.minor;
  assessment.problems.push(`${field}: ${parsed.error}`);
  return 0;
}

function statutoryRateStarts(
  rule: StatutoryRuleSet,
  rates: ParsedRate[],
  ratesField: string,
  lateDay: number,
  todayDay: number,
  assessment: FeeAssessment,
): RatePeriodStart[] {
  const points = exactFromInteger(rule.pointsAboveReference);
  const read = (fixingDate: IsoDate, fromDay: number): RatePeriodStart | null => {
    const entry = rateInForce(rates, dayOf(fixingDate));
    if (!entry) {
      const first = rates[0];
      assessment.problems.push(
        `${ratesField}: no rate in force on ${fixingDate}` +
          (first ? ` (the earliest entry is from ${first.from})` : ' (the list is empty)'),
      );
      return null;
    }
    return {
      fromDay,
      annual: addExact(entry.rate, points),
      reference: entry.rate,
      referenceDate: fixingDate,
    };
  };
  const lateDate = dateOf(lateDay);
  if (rule.rateFixing === 'half-year-before') {
    const start = read(lastDayOfPreviousHalfYear(lateDate), lateDay);
    return start ? [start] : [];
  }
  const starts: RatePeriodStart[] = [];
  for (
    let halfYear = firstDayOfHalfYear(lateDate);
    dayOf(halfYear) <= todayDay;
    halfYear = nextHalfYear(halfYear)
  ) {
    const start = read(halfYear, Math.max(lateDay, dayOf(halfYear)));
    if (!start) return [];
    starts.push(start);
  }
  return starts;
}

function statutoryCompensation(
  rule: StatutoryRuleSet,
  policyAmount: string | null,
  invoice: LadderInvoice,
  assessment: FeeAssessment,
): number {
  const compensation = rule.compensation;
  if (compensation.kind === 'none') return 0;
  if (compensation.kind === 'from-policy') {
    return policyAmount === null ? 0 : amountIn(policyAmount, invoice.currency, 'compensation', assessment);
  }
  if (invoice.currency !== compensation.currency) {
    assessment.notes.push('compensation-other-currency');
    return 0;
  }
  const tier = compensation.tiers.find(
    (candidate) => candidate.belowMinor === null || assessment.balanceWhenLateMinor < candidate.belowMinor,
  );
  assessment.compensationTier = tier ?? null;
  return tier?.amountMinor ?? 0;
}

/**
 * Simple interest, actual/365 (365 even in leap years), on each day's outstanding balance from
 * `fromDay` through `toDay` inclusive. Summed exactly as one fraction, rounded half-up once.
 */
function accrueInterest(
  totalMinor: number,
  payments: DatedPayment[],
  rateStarts: RatePeriodStart[],
  fromDay: number,
  toDay: number,
  periods: InterestPeriod[],
): number {
  const breaks = new Set<number>([fromDay, toDay + 1]);
  for (const start of rateStarts)
    if (start.fromDay > fromDay && start.fromDay <= toDay) breaks.add(start.fromDay);
  for (const payment of payments) if (payment.day > fromDay && payment.day <= toDay) breaks.add(payment.day);
  const days = [...breaks].sort((a, b) => a - b);
  const scale = Math.max(...rateStarts.map((start) => start.annual.scale));

  let numerator = 0n;
  let balance = totalMinor;
  let paymentIndex = 0;
  let rateIndex = 0;
  for (let index = 0; index + 1 < days.length; index++) {
    const segmentStart = days[index]!;
    const segmentDays = days[index + 1]! - segmentStart;
    while (paymentIndex < payments.length && payments[paymentIndex]!.day <= segmentStart) {
      balance -= payments[paymentIndex]!.amountMinor;
      paymentIndex++;
    }
    while (rateIndex + 1 < rateStarts.length && rateStarts[rateIndex + 1]!.fromDay <= segmentStart)
      rateIndex++;
    const rate = rateStarts[rateIndex]!;
    if (balance <= 0 || segmentStart < rate.fromDay) continue;
    numerator += BigInt(balance) * BigInt(segmentDays) * unitsAtScale(rate.annual, scale);
    periods.push({
      from: dateOf(segmentStart),
      to: dateOf(segmentStart + segmentDays - 1),
      days: segmentDays,
      balanceMinor: balance,
      annualRatePercent: exactToString(rate.annual),
      referenceRatePercent: rate.reference ? exactToString(rate.reference) : null,
      referenceDate: rate.referenceDate,
    });
  }
  const denominator = 10n ** BigInt(scale) * 100n * 365n;
  return Number(divideRoundHalfUp(numerator, denominator));
}

function firstDayOfHalfYear(date: IsoDate): IsoDate {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return makeIsoDate(year, month <= 6 ? 1 : 7, 1);
}

function nextHalfYear(firstDay: IsoDate): IsoDate {
  const [year, month] = firstDay.split('-').map(Number) as [number, number];
  return month === 1 ? makeIsoDate(year, 7, 1) : makeIsoDate(year + 1, 1, 1);
}

function lastDayOfPreviousHalfYear(date: IsoDate): IsoDate {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month <= 6 ? makeIsoDate(year - 1, 12, 31) : makeIsoDate(year, 6, 30);
}
