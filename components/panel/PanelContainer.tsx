import { useCallback, useMemo, useState } from 'preact/hooks';
import type { OpenedThread } from '../../lib/adapters/shared/contract.ts';
import type { ThreadModel } from '../../lib/adapters/shared/thread-model.ts';
import type { InvoiceView } from '../../lib/ledger/views.ts';
import type { Protocol } from '../../lib/messages/protocol.ts';
import type { Client } from '../../lib/messages/rpc.ts';
import { currencyForLocale } from '../../lib/money/locale-currency.ts';
import type { DraftResponse } from '../../lib/service/drafts.ts';
import type { PanelActions } from './actions.ts';
import { InvoicePanel } from './InvoicePanel.tsx';

export interface PanelContainerProps {
  api: Client<Protocol>;
  thread: OpenedThread;
  model: ThreadModel;
  locale: string;
  /** The user's calendar date (in their time zone). */
  today: string;
  /** Opens a reply with the draft, where the mail client allows it. */
  openDraft?: (response: DraftResponse) => Promise<void>;
}

/** Holds the panel's state and carries out its actions through the service worker. */
export function PanelContainer({ api, thread, model, locale, today, openDraft }: PanelContainerProps) {
  const [view, setView] = useState<InvoiceView | null>(model.view);
  const [proposal, setProposal] = useState(model.proposal);
  const [error, setError] = useState<string | null>(null);

  const apply = useCallback(async (work: () => Promise<InvoiceView>) => {
    setError(null);
    try {
      setView(await work());
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
      throw reason;
    }
  }, []);

  const actions = useMemo<PanelActions>(() => {
    const id = () => {
      if (!view) throw new Error('Track this thread first');
      return view.invoice.id;
    };
    return {
      correct: (field, value) => apply(() => api('ledger.correctField', [id(), field, value])),
      updateClient: (patch) =>
        apply(async () => {
          await api('ledger.updateClient', [view!.client.id, patch]);
          return api('ledger.getInvoiceView', [id()]);
        }),
      recordPayment: (payment) =>
        apply(async () => {
          setProposal(null);
          return api('ledger.recordPayment', [id(), payment]);
        }),
      addEvent: (body, date) =>
        apply(async () => {
          setProposal(null);
          return api('ledger.addEvent', date ? [id(), body, date] : [id(), body]);
        }),
      setTracking: (tracking) =>
        apply(() =>
          tracking
            ? api('ledger.resumeTracking', [id()])
            : api('ledger.stopTracking', [id(), 'Stopped from the panel']),
        ),
      setWrittenOff: (writtenOff, reason) =>
        apply(() => api('ledger.setWrittenOff', [id(), writtenOff, reason])),
      setCollections: (collections, detail) =>
        apply(() => api('ledger.setCollections', [id(), collections, detail])),
      draft: (templateId, extras) =>
        api('draft.compose', {
          invoiceId: id(),
          ...(templateId ? { templateId } : {}),
          ...(extras ? { extras } : {}),
        }),
      ...(openDraft ? { openDraft } : {}),
      track: (invoice) => apply(async () => (await api('ledger.trackFromDetection', [invoice])).view),
      dismissProposal: () => setProposal(null),
    };
  }, [api, apply, view, openDraft]);

  return (
    <InvoicePanel
      thread={thread}
      detection={model.detection}
      view={view}
      proposal={proposal}
      trackingHint={model.trackingHint}
      locale={locale}
      today={today}
      defaultCurrency={currencyForLocale(locale)}
      actions={actions}
      error={error}
    />
  );
}
