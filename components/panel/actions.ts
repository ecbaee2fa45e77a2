import type { IsoDate } from '../../lib/dates/calendar.ts';
import type { DraftExtras } from '../../lib/drafts/context.ts';
import type { TemplateId } from '../../lib/drafts/template-ids.ts';
import type { CorrectableField, TimelineEventBody } from '../../lib/ledger/types.ts';
import type { ClientPatch, CorrectionValue, DetectedInvoice, PaymentInput } from '../../lib/ledger/views.ts';
import type { DraftResponse } from '../../lib/service/drafts.ts';

/** Everything the panel can do; the container carries each out through the service worker. */
export interface PanelActions {
  correct(field: CorrectableField, value: CorrectionValue): Promise<void>;
  updateClient(patch: ClientPatch): Promise<void>;
  recordPayment(payment: PaymentInput): Promise<void>;
  addEvent(body: TimelineEventBody, date?: IsoDate): Promise<void>;
  setTracking(tracking: boolean): Promise<void>;
  setWrittenOff(writtenOff: boolean, reason: string): Promise<void>;
  setCollections(collections: boolean, detail: string): Promise<void>;
  draft(templateId?: TemplateId, extras?: Omit<DraftExtras, 'history'>): Promise<DraftResponse>;
  /** Opens a reply with the draft in the mail client, where the adapter can. */
  openDraft?: (response: DraftResponse) => Promise<void>;
  track(invoice: DetectedInvoice): Promise<void>;
  dismissProposal(): void;
}
