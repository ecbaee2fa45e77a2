import type { Proposal } from '../../../lib/adapters/shared/thread-model.ts';
import { formatDate } from '../../../lib/dates/calendar.ts';
import type { InvoiceView } from '../../../lib/ledger/views.ts';
import { formatMoney } from '../../../lib/money/amount.ts';
import type { PanelActions } from '../actions.ts';

/** What the client's latest message says, as a one-click change; money never changes silently. */
export function ProposalBanner({
  proposal,
  view,
  locale,
  today,
  actions,
}: {
  proposal: Proposal;
  view: InvoiceView;
  locale: string;
  today: string;
  actions: PanelActions;
}) {
  const date = proposal.messageDate ?? today;
  const balance = view.plan.balanceMinor;
  const amount = proposal.amountMinor && proposal.amountMinor < balance ? proposal.amountMinor : balance;
  return (
    <div class="proposal" role="status" data-testid="panel-proposal">
      {proposal.kind === 'payment' && (
        <>
          <p>
            The client says they have paid. Record a payment of{' '}
            {formatMoney(amount, view.invoice.currency, locale)}?
          </p>
          <button
            type="button"
            class="primary"
            onClick={() =>
              void actions.recordPayment({ date, amountMinor: amount, note: 'Client said it was paid' })
            }
          >
            Record payment
          </button>
        </>
      )}
      {proposal.kind === 'promise' && (
        <>
          <p>
            The client promises to pay
            {proposal.promiseDate ? ` by ${formatDate(proposal.promiseDate, locale)}` : ''}. Pause reminders
            until then?
          </p>
          {proposal.promiseDate && (
            <button
              type="button"
              class="primary"
              onClick={() =>
                void actions.addEvent(
                  { type: 'promise', until: proposal.promiseDate!, note: 'From the client’s reply' },
                  date,
                )
              }
            >
              Set promise date
            </button>
          )}
        </>
      )}
      {proposal.kind === 'dispute' && (
        <>
          <p>The client disputes this invoice. Pause reminders while you sort it out?</p>
          <button
            type="button"
            class="primary"
            onClick={() =>
              void actions.addEvent({ type: 'dispute-opened', reason: 'Raised in the client’s reply' }, date)
            }
          >
            Mark disputed
          </button>
        </>
      )}
      <button type="button" onClick={actions.dismissProposal}>
        Not now
      </button>
    </div>
  );
}
