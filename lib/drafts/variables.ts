/**
 * The documented template variables: the editor's variable picker lists them, and the
 * validator accepts exactly these paths. Samples match `sampleDraftContext('en-GB')`.
 */

export type VariableKind = 'text' | 'number' | 'boolean' | 'list';

export type VariableGroup =
  | 'Client'
  | 'Invoice'
  | 'Timing'
  | 'Fees and deadline'
  | 'Payment plan'
  | 'Discount'
  | 'History'
  | 'Sender'
  | 'General';

export interface ListItemField {
  name: string;
  description: string;
  sample: string;
  kind: Exclude<VariableKind, 'list'>;
}

export interface TemplateVariable {
  path: string;
  group: VariableGroup;
  description: string;
  sample: string;
  kind: VariableKind;
  /** For lists: the fields of each item. Empty when each item is itself a line of text (`{{this}}`). */
  itemFields?: readonly ListItemField[];
}

const text = (path: string, group: VariableGroup, description: string, sample: string): TemplateVariable => ({
  path,
  group,
  description,
  sample,
  kind: 'text',
});
const number = (
  path: string,
  group: VariableGroup,
  description: string,
  sample: string,
): TemplateVariable => ({
  path,
  group,
  description,
  sample,
  kind: 'number',
});
const flag = (path: string, group: VariableGroup, description: string, sample: string): TemplateVariable => ({
  path,
  group,
  description,
  sample,
  kind: 'boolean',
});
const list = (
  path: string,
  group: VariableGroup,
  description: string,
  sample: string,
  itemFields: readonly ListItemField[],
): TemplateVariable => ({ path, group, description, sample, kind: 'list', itemFields });
const field = (
  name: string,
  description: string,
  sample: string,
  kind: ListItemField['kind'] = 'text',
): ListItemField => ({ name, description, sample, kind });

export const TEMPLATE_VARIABLES: readonly TemplateVariable[] = [
  text(
    'client.name',
    'Client',
    'The client contact’s full name (or the company when no person is known)',
    'Jordan Ellis',
  ),
  text('client.firstName', 'Client', 'First word of the client’s name, for a friendly greeting', 'Jordan'),
  text('client.company', 'Client', 'The client’s company, empty when unknown', 'Brightwater Studio Ltd'),
  text('client.email', 'Client', 'The address the draft goes to', 'jordan@brightwater.example'),

  text('invoice.number', 'Invoice', 'Invoice number as written on the invoice', 'INV-2026-014'),
  text(
    'invoice.issueDate',
    'Invoice',
    'Issue date, formatted for the locale (empty when unknown)',
    '15 Jan 2026',
  ),
  text('invoice.issueDateIso', 'Invoice', 'Issue date as YYYY-MM-DD, for the date helper', '2026-01-15'),
  text('invoice.dueDate', 'Invoice', 'Due date, formatted for the locale', '14 Feb 2026'),
  text('invoice.dueDateIso', 'Invoice', 'Due date as YYYY-MM-DD, for the date helper', '2026-02-14'),
  text('invoice.total', 'Invoice', 'Invoice total, formatted in its currency', '£2,400.00'),
  text('invoice.paid', 'Invoice', 'Sum of payments received so far', '£600.00'),
  text('invoice.balance', 'Invoice', 'What is still owed (total minus payments)', '£1,800.00'),
  text('invoice.currency', 'Invoice', 'ISO 4217 currency code, for the money helper', 'GBP'),
  number(
    'invoice.totalMinor',
    'Invoice',
    'Invoice total in minor units (pence, cents), for the money helper',
    '240000',
  ),
  number('invoice.paidMinor', 'Invoice', 'Payments received in minor units', '60000'),
  number('invoice.balanceMinor', 'Invoice', 'Balance in minor units', '180000'),
  flag('invoice.hasPayments', 'Invoice', 'True once any payment has been received', 'true'),
  flag('invoice.isPaid', 'Invoice', 'True when nothing is owed any more', 'false'),
  text('invoice.lastPayment', 'Invoice', 'Amount of the most recent payment (empty when none)', '£600.00'),
  text(
    'invoice.lastPaymentDate',
    'Invoice',
    'Date of the most recent payment (empty when none)',
    '20 Feb 2026',
  ),

  number('daysOverdue', 'Timing', 'Days since the due date (0 when not overdue)', '24'),
  number('daysUntilDue', 'Timing', 'Days left until the due date (0 on or after it)', '0'),
  flag('isOverdue', 'Timing', 'True once the due date has passed', 'true'),
  text('today', 'Timing', 'Today’s date, formatted for the locale', '10 Mar 2026'),
  text('todayIso', 'Timing', 'Today as YYYY-MM-DD, for the date helper', '2026-03-10'),
  text('promiseDate', 'Timing', 'The date the client promised to pay by (empty when none)', '9 Mar 2026'),

  text('fees.lateFee', 'Fees and deadline', 'Flat late fee due under the terms', '£0.00'),
  text('fees.interest', 'Fees and deadline', 'Interest accrued to today', '£13.91'),
  text('fees.compensation', 'Fees and deadline', 'Fixed compensation for recovery costs', '£70.00'),
  text('fees.total', 'Fees and deadline', 'All fees and interest together', '£83.91'),
  text('fees.totalClaimable', 'Fees and deadline', 'Balance plus all fees and interest', '£1,883.91'),
  number('fees.totalMinor', 'Fees and deadline', 'All fees and interest in minor units', '8391'),
  text(
    'fees.basis',
    'Fees and deadline',
    'In words, what the fees rest on (the terms or the statute)',
    'statutory interest at 8% a year above the Bank of England base rate, plus fixed compensation, under the Late Payment of Commercial Debts (Interest) Act 1998',
  ),
  flag('fees.hasFees', 'Fees and deadline', 'True when any fee or interest is due', 'true'),
  flag('fees.hasLateFee', 'Fees and deadline', 'True when a flat late fee is due', 'false'),
  flag('fees.hasInterest', 'Fees and deadline', 'True when interest has accrued', 'true'),
  flag('fees.hasCompensation', 'Fees and deadline', 'True when fixed compensation is due', 'true'),
  text('finalDeadline', 'Fees and deadline', 'The last date to pay named in the final notice', '24 Mar 2026'),
  text('finalDeadlineIso', 'Fees and deadline', 'The final deadline as YYYY-MM-DD', '2026-03-24'),

  number('plan.count', 'Payment plan', 'Number of instalments', '3'),
  text('plan.frequency', 'Payment plan', 'How often an instalment falls due, in words', 'monthly'),
  text('plan.firstDate', 'Payment plan', 'Date of the first instalment', '20 Mar 2026'),
  text('plan.lastDate', 'Payment plan', 'Date of the last instalment', '20 May 2026'),
  text('plan.total', 'Payment plan', 'Sum of all instalments', '£1,800.00'),
  flag('plan.hasInstalments', 'Payment plan', 'True when there are instalments to show', 'true'),
  list('plan.instalments', 'Payment plan', 'The instalments, in date order', '3 instalments', [
    field('n', 'Instalment number, from 1', '1', 'number'),
    field('date', 'Due date of the instalment', '20 Mar 2026'),
    field('dateIso', 'Due date as YYYY-MM-DD', '2026-03-20'),
    field('amount', 'Amount of the instalment', '£600.00'),
    field('amountMinor', 'Amount in minor units', '60000', 'number'),
  ]),

  text('discount.percent', 'Discount', 'Early-payment discount, as a percentage', '2%'),
  text('discount.payBy', 'Discount', 'Pay by this date to earn the discount', '17 Mar 2026'),
  text('discount.amount', 'Discount', 'Amount taken off the balance', '£36.00'),
  text('discount.discountedBalance', 'Discount', 'Balance after the discount', '£1,764.00'),
  flag('discount.hasDiscount', 'Discount', 'True when a discount is offered', 'true'),

  number('reminderCount', 'History', 'Reminders sent so far', '3'),
  text('lastReminderDate', 'History', 'Date of the last reminder (empty when none)', '28 Feb 2026'),
  list('history.reminders', 'History', 'Reminders sent, oldest first', '3 reminders', [
    field('date', 'Date it was sent', '11 Feb 2026'),
    field('step', 'Which reminder it was, in words', 'courtesy note'),
  ]),
  list('history.calls', 'History', 'Calls logged, oldest first', '1 call', [
    field('date', 'Date of the call', '5 Mar 2026'),
    field('outcome', 'What came of it, in words', 'promised to pay on a date'),
    field('note', 'The note taken during the call', 'Payment to go out by 9 March'),
  ]),
  list('history.promises', 'History', 'Promises to pay, oldest first', '1 promise', [
    field('date', 'Date the promise was made', '5 Mar 2026'),
    field('until', 'Date the client promised to pay by', '9 Mar 2026'),
  ]),
  list('history.payments', 'History', 'Payments received, oldest first', '1 payment', [
    field('date', 'Date of the payment', '20 Feb 2026'),
    field('amount', 'Amount received', '£600.00'),
  ]),
  list('history.disputes', 'History', 'Disputes raised, oldest first', 'none', [
    field('date', 'Date the dispute was raised', '1 Mar 2026'),
    field('reason', 'The reason given', 'Work not delivered'),
  ]),
  flag('history.hasReminders', 'History', 'True when any reminder has been sent', 'true'),
  flag('history.hasCalls', 'History', 'True when any call has been logged', 'true'),
  flag('history.hasPromises', 'History', 'True when the client has promised a date', 'true'),
  flag('history.hasPayments', 'History', 'True when any payment has been received', 'true'),
  flag('history.hasDisputes', 'History', 'True when a dispute has been raised', 'false'),

  text('sender.name', 'Sender', 'Your name', 'Sam Okafor'),
  text('sender.position', 'Sender', 'Your role', 'Founder'),
  text('sender.company', 'Sender', 'Your business name', 'Okafor Design'),
  text('sender.email', 'Sender', 'Your email address', 'sam@okafordesign.example'),
  text('sender.phone', 'Sender', 'Your phone number', '+44 20 7946 0321'),
  text(
    'sender.signature',
    'Sender',
    'Your signature (several lines of text)',
    'Sam Okafor\nFounder, Okafor Design\n+44 20 7946 0321',
  ),
  list('sender.signatureLines', 'Sender', 'Your signature, one line per item (`{{this}}`)', '3 lines', []),
  text(
    'paymentInstructions',
    'Sender',
    'How to pay you (bank details, payment link)',
    'Bank transfer to Okafor Design, sort code 12-34-56, account 12345678, quoting the invoice number.',
  ),
  list(
    'paymentInstructionsLines',
    'Sender',
    'Payment instructions, one line per item (`{{this}}`)',
    '1 line',
    [],
  ),
  text('locale', 'General', 'The locale drafts are written for', 'en-GB'),
];

const BY_PATH: ReadonlyMap<string, TemplateVariable> = new Map(
  TEMPLATE_VARIABLES.map((variable) => [variable.path, variable]),
);

/** Groups that templates may enter with `#with` (client, invoice, fees…). */
const OBJECT_PATHS: ReadonlySet<string> = new Set(
  TEMPLATE_VARIABLES.flatMap((variable) => {
    const parts = variable.path.split('.');
    return parts.slice(1).map((_, index) => parts.slice(0, index + 1).join('.'));
  }),
);

export function findVariable(path: string): TemplateVariable | undefined {
  return BY_PATH.get(path);
}

export function isObjectPath(path: string): boolean {
  return OBJECT_PATHS.has(path);
}
