import type { OpenedThread } from '../../lib/adapters/shared/contract.ts';
import type { Proposal } from '../../lib/adapters/shared/thread-model.ts';
import type { ThreadDetection } from '../../lib/detect/types.ts';
import type { InvoiceView } from '../../lib/ledger/views.ts';
import type { PanelActions } from './actions.ts';
import { ActionsSection } from './sections/ActionsSection.tsx';
import { FieldsSection } from './sections/FieldsSection.tsx';
import { ProposalBanner } from './sections/ProposalBanner.tsx';
import { StatusSection } from './sections/StatusSection.tsx';
import { TimelineSection } from './sections/TimelineSection.tsx';
import { TrackPrompt } from './sections/TrackPrompt.tsx';

export interface InvoicePanelProps {
  thread: OpenedThread;
  detection: ThreadDetection;
  view: InvoiceView | null;
  proposal: Proposal | null;
  trackingHint: string | null;
  locale: string;
  today: string;
  defaultCurrency: string;
  actions: PanelActions;
  error: string | null;
}

/** The sidebar panel on an invoice thread: the same component in Gmail, Outlook and tests. */
export function InvoicePanel(props: InvoicePanelProps) {
  const { view, locale, today, actions } = props;
  return (
    <div class="tactful-panel" data-testid="tactful-panel">
      <h2>{view ? view.invoice.number || 'Invoice' : 'Tactful'}</h2>
      {view && <p class="muted">{view.client.name}</p>}
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      {view ? (
        <>
          {props.proposal && (
            <ProposalBanner
              proposal={props.proposal}
              view={view}
              locale={locale}
              today={today}
              actions={actions}
            />
          )}
          <StatusSection view={view} locale={locale} />
          <ActionsSection view={view} locale={locale} today={today} actions={actions} />
          <FieldsSection view={view} locale={locale} actions={actions} />
          <TimelineSection events={view.events} currency={view.invoice.currency} locale={locale} />
        </>
      ) : (
        <TrackPrompt
          thread={props.thread}
          detection={props.detection}
          hint={props.trackingHint}
          locale={locale}
          today={today}
          defaultCurrency={props.defaultCurrency}
          actions={actions}
        />
      )}
    </div>
  );
}
