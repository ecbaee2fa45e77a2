import { formatDate } from '../../../lib/dates/calendar.ts';
import { stepLabel } from '../../../lib/ladder/policy.ts';
import type { InvoiceView } from '../../../lib/ledger/views.ts';
import { formatMoney } from '../../../lib/money/amount.ts';

const STATUS_WORDS = {
  paid: 'Paid',
  'written-off': 'Written off',
  collections: 'With collections',
  paused: 'Paused',
  overdue: 'Overdue',
  open: 'Open',
} as const;

export function StatusSection({ view, locale }: { view: InvoiceView; locale: string }) {
  const { plan, invoice } = view;
  const fees = plan.fees.totalMinor > 0 ? formatMoney(plan.fees.totalMinor, invoice.currency, locale) : null;
  return (
    <section aria-label="Status">
      <span class={`status ${plan.status}`} data-testid="panel-status">
        {STATUS_WORDS[plan.status]}
        {plan.daysOverdue > 0 && plan.status !== 'paid'
          ? ` · ${plan.daysOverdue} ${plan.daysOverdue === 1 ? 'day' : 'days'}`
          : ''}
      </span>
      {!invoice.state.tracking && <span class="muted"> · not tracked</span>}
      <p class="balance" data-testid="panel-balance">
        {formatMoney(plan.balanceMinor, invoice.currency, locale)}
      </p>
      <p class="muted">
        of {formatMoney(invoice.totalMinor, invoice.currency, locale)}, due{' '}
        {formatDate(invoice.dueDate, locale)}
        {fees && ` · late-payment charges ${fees}`}
      </p>
      <dl>
        <dt>Current step</dt>
        <dd>{plan.currentStep ? stepLabel(plan.currentStep) : 'None yet'}</dd>
        <dt>Next step</dt>
        <dd data-testid="panel-next">
          {plan.nextStep && plan.nextDate
            ? `${stepLabel(plan.nextStep)}, ${formatDate(plan.nextDate, locale)}`
            : 'Nothing left on the ladder'}
        </dd>
        {plan.finalDeadline && (
          <>
            <dt>Final deadline</dt>
            <dd>{formatDate(plan.finalDeadline, locale)}</dd>
          </>
        )}
      </dl>
      <p class="reason" data-testid="panel-reason">
        {plan.reason}
      </p>
    </section>
  );
}
