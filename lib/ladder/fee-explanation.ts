import { formatDate, type IsoDate } from '../dates/calendar.ts';
import { formatMoney } from '../money/amount.ts';
import { assessFees, type FeeAssessment, type FeeExplanation, type InterestPeriod } from './fees.ts';
import type { FeePolicy, LadderInvoice } from './types.ts';

/** The fees with the basis in words: the rate used and why, the days counted, the compensation tier. */
export function explainFees(
  invoice: LadderInvoice,
  fees: FeePolicy,
  today: IsoDate,
  locale = 'en-GB',
): FeeExplanation {
  const assessment = assessFees(invoice, fees, today);
  return { ...assessment, lines: describeAssessment(assessment, invoice, fees, today, locale) };
}

function describeAssessment(
  assessment: FeeAssessment,
  invoice: LadderInvoice,
  fees: FeePolicy,
  today: IsoDate,
  locale: string,
): string[] {
  const money = (minor: number) => formatMoney(minor, invoice.currency, locale);
  const date = (iso: IsoDate) => formatDate(iso, locale);
  const percent = (text: string) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 6 }).format(Number(text) / 100);
  const { breakdown, notes } = assessment;
  const lines: string[] = [];

  if (fees.kind === 'none') return ['No late fee or interest: the payment terms do not charge any.'];
  if (notes.includes('not-overdue')) {
    return [`No late fee or interest yet: the invoice falls due on ${date(invoice.dueDate)}.`];
  }
  if (notes.includes('nothing-outstanding-when-late')) {
    lines.push(`Nothing was outstanding on ${date(assessment.lateDate)}, the day the invoice became late.`);
  }
  if (notes.includes('not-business')) {
    lines.push('No statutory interest or compensation: the law only grants them between businesses.');
  }
  if (notes.includes('before-statutory-rules')) {
    lines.push(
      `No statutory interest: the debt became late on ${date(assessment.lateDate)}, before the rules applied.`,
    );
  }

  if (fees.kind === 'flat' && breakdown.lateFeeMinor > 0) {
    lines.push(
      `Late fee: ${money(breakdown.lateFeeMinor)}, the flat fee agreed for payment after the due date.`,
    );
  }
  if (fees.kind === 'percent-per-month' && assessment.periods.length) {
    lines.push(
      `Interest at ${percent(fees.percent)} a month (${percent(assessment.periods[0]!.annualRatePercent)} a year), ` +
        'simple, counted daily on a 365-day year.',
    );
  }
  if (assessment.rule && !notes.includes('not-business')) {
    const rule = assessment.rule;
    lines.push(
      `Statutory interest: the ${rule.referenceName} plus ${rule.pointsAboveReference} points, ` +
        (rule.rateFixing === 'half-year-before'
          ? 'read on the last day of the half-year before the debt became late and fixed for its life'
          : 'read afresh on 1 January and 1 July for each half-year') +
        `, simple, on a 365-day year (${rule.source}).`,
    );
  }
  for (const period of assessment.periods) lines.push(describePeriod(period, money, date, percent));
  if (assessment.periods.length) {
    lines.push(`Interest to ${date(today)}: ${money(breakdown.interestMinor)}.`);
  }

  if (breakdown.compensationMinor > 0) {
    const tier = assessment.compensationTier;
    const basis = tier
      ? tier.belowMinor === null
        ? `the fixed sum for a debt of this size (${money(assessment.balanceWhenLateMinor)} when it became late)`
        : `the fixed sum for a debt under ${money(tier.belowMinor)} (${money(assessment.balanceWhenLateMinor)} when it became late)`
      : 'the fixed sum set in the payment terms';
    lines.push(`Compensation for recovery costs: ${money(breakdown.compensationMinor)}, ${basis}.`);
  }
  if (notes.includes('compensation-other-currency')) {
    const rule = assessment.rule;
    const currency = rule?.compensation.kind === 'tiers' ? rule.compensation.currency : '';
    lines.push(
      `No fixed compensation: the law sets it in ${currency}, and this invoice is in ${invoice.currency}.`,
    );
  }
  for (const problem of assessment.problems) lines.push(`Not charged: ${problem}.`);
  if (breakdown.totalMinor > 0) lines.push(`Total late charges: ${money(breakdown.totalMinor)}.`);
  return lines;
}

function describePeriod(
  period: InterestPeriod,
  money: (minor: number) => string,
  date: (iso: IsoDate) => string,
  percent: (text: string) => string,
): string {
  const reference =
    period.referenceRatePercent !== null && period.referenceDate
      ? ` (reference ${percent(period.referenceRatePercent)} on ${date(period.referenceDate)})`
      : '';
  const days = period.days === 1 ? '1 day' : `${period.days} days`;
  return (
    `${date(period.from)} to ${date(period.to)}: ${days} on ${money(period.balanceMinor)} ` +
    `at ${percent(period.annualRatePercent)} a year${reference}.`
  );
}
