import { addDays, formatDate, type IsoDate, maxDate } from '../dates/calendar.ts';
import type { Instalment, InvoicePlan, LadderEvent, Policy } from '../ladder/types.ts';
import type { SenderProfile, TimelineEvent } from '../ledger/types.ts';
import { formatMoney } from '../money/amount.ts';
import { proposeInstalments } from './instalments.ts';
import { type DraftLanguage, draftDateStyle, draftLanguage } from './language.ts';
import type { TemplateId } from './template-ids.ts';
import { callOutcomeName, feeBasis, frequencyName, type InstalmentFrequency, stepName } from './wording.ts';

export { TEMPLATE_VARIABLES, type TemplateVariable } from './variables.ts';

/** The invoice as drafts see it: a ledger record with its client, or a case-file invoice. */
export interface DraftInvoice {
  number: string;
  currency: string;
  totalMinor: number;
  issueDate: IsoDate | null;
  dueDate: IsoDate;
  payments: readonly { date: IsoDate; amountMinor: number }[];
  client: DraftClient;
}

export interface DraftClient {
  name: string;
  email: string | null;
  company: string | null;
}

/** Ladder events (case files) or ledger timeline events: both name what happened and when. */
export type HistoryEvent = LadderEvent | TimelineEvent;

export interface InstalmentProposal {
  count: number;
  firstDate: IsoDate;
  frequency: InstalmentFrequency;
}

export interface DiscountOffer {
  /** Percent off the balance, e.g. 2 or 2.5. */
  percent: number;
  payBy: IsoDate;
}

export interface DraftExtras {
  /** A plan to propose: the balance is split into `count` instalments. */
  proposal?: InstalmentProposal;
  /** Instalments already agreed; wins over `proposal` and over a plan-agreed event. */
  agreedInstalments?: readonly Instalment[];
  discount?: DiscountOffer;
  /** What has happened so far, for the collections summary and the promise date. */
  history?: readonly HistoryEvent[];
}

export interface DraftContextInput {
  invoice: DraftInvoice;
  plan: InvoicePlan;
  policy: Policy;
  sender: SenderProfile;
  locale: string;
  today: IsoDate;
  /** The template being drafted: a final notice not yet sent names today + policy.finalDeadlineDays. */
  templateId?: TemplateId;
  extras?: DraftExtras;
}

export interface ContextInstalment {
  n: number;
  date: string;
  dateIso: IsoDate;
  amount: string;
  amountMinor: number;
}

/** The variables a template sees; documented one by one in TEMPLATE_VARIABLES. */
export interface DraftContext {
  locale: string;
  today: string;
  todayIso: IsoDate;
  client: { name: string; firstName: string; company: string; email: string };
  invoice: {
    number: string;
    issueDate: string;
    issueDateIso: string;
    dueDate: string;
    dueDateIso: IsoDate;
    total: string;
    paid: string;
    balance: string;
    currency: string;
    totalMinor: number;
    paidMinor: number;
    balanceMinor: number;
    hasPayments: boolean;
    isPaid: boolean;
    lastPayment: string;
    lastPaymentDate: string;
  };
  daysOverdue: number;
  daysUntilDue: number;
  isOverdue: boolean;
  promiseDate: string;
  fees: {
    lateFee: string;
    interest: string;
    compensation: string;
    total: string;
    totalClaimable: string;
    totalMinor: number;
    basis: string;
    hasFees: boolean;
    hasLateFee: boolean;
    hasInterest: boolean;
    hasCompensation: boolean;
  };
  finalDeadline: string;
  finalDeadlineIso: IsoDate;
  plan: {
    count: number;
    frequency: string;
    firstDate: string;
    lastDate: string;
    total: string;
    hasInstalments: boolean;
    instalments: ContextInstalment[];
  };
  discount: {
    percent: string;
    payBy: string;
    amount: string;
    discountedBalance: string;
    hasDiscount: boolean;
  };
  reminderCount: number;
  lastReminderDate: string;
  history: {
    reminders: { date: string; step: string }[];
    calls: { date: string; outcome: string; note: string }[];
    promises: { date: string; until: string }[];
    payments: { date: string; amount: string }[];
    disputes: { date: string; reason: string }[];
    hasReminders: boolean;
    hasCalls: boolean;
    hasPromises: boolean;
    hasPayments: boolean;
    hasDisputes: boolean;
  };
  sender: {
    name: string;
    position: string;
    company: string;
    email: string;
    phone: string;
    signature: string;
    signatureLines: string[];
  };
  paymentInstructions: string;
  paymentInstructionsLines: string[];
}

/** Everything that formats for people, bound to one locale and currency. */
interface Formatter {
  language: DraftLanguage;
  money: (amountMinor: number) => string;
  date: (date: IsoDate | null | undefined) => string;
}

// Intl formatters are costly to build (tens of microseconds each) and a context formats dozens
// of amounts and dates, mostly the same ones draft after draft; the results are remembered.
const formatted = new Map<string, string>();

function remember(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= 5000) formatted.clear();
    text = format();
    formatted.set(key, text);
  }
  return text;
}

function formatterFor(locale: string, currency: string): Formatter {
  const style = draftDateStyle(locale);
  return {
    language: draftLanguage(locale),
    money: (amountMinor) =>
      remember(`m|${locale}|${currency}|${amountMinor}`, () => formatMoney(amountMinor, currency, locale)),
    date: (date) =>
      date ? remember(`d|${locale}|${style}|${date}`, () => formatDate(date, locale, style)) : '',
  };
}

function lines(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\r?\n/).map((line) => line.trimEnd());
}

function byDate<T extends { date: IsoDate }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The template a ladder step drafts with: its own templateId, else the step id itself. */
export function templateForStep(policy: Policy, step: string): string {
  return policy.steps.find((candidate) => candidate.id === step)?.templateId ?? step;
}

function clientNames(client: DraftClient): DraftContext['client'] {
  const company = client.company?.trim() ?? '';
  const person = client.name.trim();
  const isPerson = person !== '' && person.toLowerCase() !== company.toLowerCase();
  return {
    name: person || company,
    firstName: isPerson ? (person.split(/\s+/)[0] ?? '') : '',
    company,
    email: client.email?.trim() ?? '',
  };
}

function senderFields(sender: SenderProfile): DraftContext['sender'] {
  const role = [sender.position, sender.company].filter((part) => part.trim() !== '').join(', ');
  const signatureLines = sender.signature.trim()
    ? lines(sender.signature)
    : [sender.name, role, sender.phone].filter((part) => part.trim() !== '');
  return {
    name: sender.name,
    position: sender.position,
    company: sender.company,
    email: sender.email,
    phone: sender.phone,
    signature: signatureLines.join('\n'),
    signatureLines,
  };
}

function historyFields(
  events: readonly HistoryEvent[],
  payments: DraftInvoice['payments'],
  policy: Policy,
  format: Formatter,
): DraftContext['history'] {
  const sorted = byDate(events);
  const reminders = sorted.flatMap((event) =>
    event.type === 'sent'
      ? [
          {
            date: format.date(event.date),
            step: stepName(
              format.language,
              templateForStep(policy, event.step),
              policy.steps.find((step) => step.id === event.step)?.label ?? event.step,
            ),
          },
        ]
      : [],
  );
  const calls = sorted.flatMap((event) =>
    event.type === 'call'
      ? [
          {
            date: format.date(event.date),
            outcome: callOutcomeName(format.language, event.outcome),
            note: 'note' in event ? event.note : '',
          },
        ]
      : [],
  );
  const promises = sorted.flatMap((event) =>
    event.type === 'promise' ? [{ date: format.date(event.date), until: format.date(event.until) }] : [],
  );
  const disputes = sorted.flatMap((event) =>
    event.type === 'dispute-opened'
      ? [{ date: format.date(event.date), reason: 'reason' in event ? event.reason : '' }]
      : [],
  );
  const paid = byDate(payments).map((payment) => ({
    date: format.date(payment.date),
    amount: format.money(payment.amountMinor),
  }));
  return {
    reminders,
    calls,
    promises,
    payments: paid,
    disputes,
    hasReminders: reminders.length > 0,
    hasCalls: calls.length > 0,
    hasPromises: promises.length > 0,
    hasPayments: paid.length > 0,
    hasDisputes: disputes.length > 0,
  };
}

function lastFinalNoticeDate(events: readonly HistoryEvent[], policy: Policy): IsoDate | null {
  const finals = events.filter(
    (event) => event.type === 'sent' && templateForStep(policy, event.step) === 'final',
  );
  return finals.length === 0 ? null : finals.map((event) => event.date).reduce(maxDate);
}

/**
 * The final deadline a draft names. A final notice being written now gives the client
 * `finalDeadlineDays` from today; once one was sent, the deadline it named stands.
 */
function finalDeadlineFor(input: DraftContextInput, events: readonly HistoryEvent[]): IsoDate {
  const days = input.policy.finalDeadlineDays;
  const sentOn = lastFinalNoticeDate(events, input.policy);
  if (input.templateId === 'final' && sentOn === null) return addDays(input.today, days);
  return input.plan.finalDeadline ?? (sentOn ? addDays(sentOn, days) : addDays(input.today, days));
}

function promiseUntil(plan: InvoicePlan, events: readonly HistoryEvent[]): IsoDate | null {
  if (plan.pausedReason === 'promise' && plan.pausedUntil) return plan.pausedUntil;
  const promises = byDate(events.filter((event) => event.type === 'promise'));
  const last = promises[promises.length - 1];
  return last?.type === 'promise' ? last.until : null;
}

function agreedPlan(events: readonly HistoryEvent[]): readonly Instalment[] | null {
  const agreed = byDate(events.filter((event) => event.type === 'plan-agreed'));
  const last = agreed[agreed.length - 1];
  return last?.type === 'plan-agreed' ? last.instalments : null;
}

function planFields(
  instalments: readonly Instalment[],
  frequency: InstalmentFrequency | null,
  format: Formatter,
): DraftContext['plan'] {
  const rows = byDate(instalments).map((instalment, index) => ({
    n: index + 1,
    date: format.date(instalment.date),
    dateIso: instalment.date,
    amount: format.money(instalment.amountMinor),
    amountMinor: instalment.amountMinor,
  }));
  return {
    count: rows.length,
    frequency: frequency ? frequencyName(format.language, frequency) : '',
    firstDate: rows[0]?.date ?? '',
    lastDate: rows[rows.length - 1]?.date ?? '',
    total: format.money(rows.reduce((sum, instalment) => sum + instalment.amountMinor, 0)),
    hasInstalments: rows.length > 0,
    instalments: rows,
  };
}

function discountFields(
  offer: DiscountOffer | undefined,
  balanceMinor: number,
  locale: string,
  format: Formatter,
): DraftContext['discount'] {
  if (!offer) return { percent: '', payBy: '', amount: '', discountedBalance: '', hasDiscount: false };
  if (!Number.isFinite(offer.percent) || offer.percent <= 0 || offer.percent >= 100) {
    throw new RangeError(`discount percent must be above 0 and below 100, not ${offer.percent}`);
  }
  const amountMinor = Math.round((balanceMinor * offer.percent) / 100);
  return {
    percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
      offer.percent / 100,
    ),
    payBy: format.date(offer.payBy),
    amount: format.money(amountMinor),
    discountedBalance: format.money(balanceMinor - amountMinor),
    hasDiscount: true,
  };
}

/**
 * The template context for one invoice: every amount and date already formatted for the
 * locale, plus the raw minor units and ISO dates the `money` and `date` helpers take.
 * Pure: the same input gives the same context, whatever the clock says.
 */
export function buildDraftContext(input: DraftContextInput): DraftContext {
  const { invoice, plan, policy, locale, today } = input;
  const extras = input.extras ?? {};
  const events = extras.history ?? [];
  const format = formatterFor(locale, invoice.currency);
  // As of today, like the plan: a payment dated later has not happened yet.
  const payments = byDate(invoice.payments.filter((payment) => payment.date <= today));
  const paidMinor = payments.reduce((sum, payment) => sum + payment.amountMinor, 0);
  const balanceMinor = plan.balanceMinor;
  const lastPayment = payments[payments.length - 1];
  const finalDeadlineIso = finalDeadlineFor(input, events);
  const fees = plan.fees;

  const instalments =
    extras.agreedInstalments ??
    (extras.proposal
      ? proposeInstalments(
          balanceMinor,
          extras.proposal.count,
          extras.proposal.firstDate,
          extras.proposal.frequency,
        )
      : (agreedPlan(events) ?? []));
  const frequency = extras.agreedInstalments ? null : (extras.proposal?.frequency ?? null);

  return {
    locale,
    today: format.date(today),
    todayIso: today,
    client: clientNames(invoice.client),
    invoice: {
      number: invoice.number,
      issueDate: format.date(invoice.issueDate),
      issueDateIso: invoice.issueDate ?? '',
      dueDate: format.date(invoice.dueDate),
      dueDateIso: invoice.dueDate,
      total: format.money(invoice.totalMinor),
      paid: format.money(paidMinor),
      balance: format.money(balanceMinor),
      currency: invoice.currency,
      totalMinor: invoice.totalMinor,
      paidMinor,
      balanceMinor,
      hasPayments: paidMinor > 0,
      isPaid: balanceMinor <= 0,
      lastPayment: lastPayment ? format.money(lastPayment.amountMinor) : '',
      lastPaymentDate: format.date(lastPayment?.date),
    },
    daysOverdue: plan.daysOverdue,
    daysUntilDue: plan.daysUntilDue,
    isOverdue: plan.daysOverdue > 0,
    promiseDate: format.date(promiseUntil(plan, events)),
    fees: {
      lateFee: format.money(fees.lateFeeMinor),
      interest: format.money(fees.interestMinor),
      compensation: format.money(fees.compensationMinor),
      total: format.money(fees.totalMinor),
      totalClaimable: format.money(balanceMinor + fees.totalMinor),
      totalMinor: fees.totalMinor,
      basis: feeBasis(policy.fees, format.language, locale, invoice.currency),
      hasFees: fees.totalMinor > 0,
      hasLateFee: fees.lateFeeMinor > 0,
      hasInterest: fees.interestMinor > 0,
      hasCompensation: fees.compensationMinor > 0,
    },
    finalDeadline: format.date(finalDeadlineIso),
    finalDeadlineIso,
    plan: planFields(instalments, frequency, format),
    discount: discountFields(extras.discount, balanceMinor, locale, format),
    reminderCount: plan.remindersSent,
    lastReminderDate: format.date(plan.lastReminderDate),
    history: historyFields(events, payments, policy, format),
    sender: senderFields(input.sender),
    paymentInstructions: input.sender.paymentInstructions.trim(),
    paymentInstructionsLines: lines(input.sender.paymentInstructions),
  };
}
