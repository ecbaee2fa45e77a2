import type { Identities, MessageDetection } from '../detect/types.ts';
import type { DraftContext } from '../drafts/context.ts';
import type { TemplateId } from '../drafts/template-ids.ts';
import type { CsvCommitResult } from '../ledger/csv/commit.ts';
import type { CsvImportPreview } from '../ledger/csv/preview.ts';
import type { AttentionRow, Ledger } from '../ledger/store.ts';
import type { DraftRequest, DraftResponse } from '../service/drafts.ts';
import type { RequestSpec } from './rpc.ts';
import type { WireMessage } from './wire-message.ts';

/**
 * Every request the service worker answers, with its payload and response. Content scripts and
 * extension pages never open the ledger's database themselves: IndexedDB opened in a content
 * script would belong to the mail site's origin, and all writes must go through one module.
 */

/** The ledger methods reachable by message; the payload is the method's argument list. */
export const LEDGER_METHODS = [
  'getInvoiceView',
  'findByThread',
  'listForClientEmail',
  'listAttention',
  'badgeSummary',
  'listInvoices',
  'listClients',
  'caseFile',
  'trackFromDetection',
  'createInvoice',
  'correctField',
  'recordPayment',
  'removePayment',
  'addEvent',
  'setWrittenOff',
  'setCollections',
  'stopTracking',
  'resumeTracking',
  'updateClient',
  'getSettings',
  'updateSettings',
] as const satisfies readonly (keyof Ledger)[];

export type LedgerMethod = (typeof LEDGER_METHODS)[number];

type LedgerRequests = {
  [M in LedgerMethod as `ledger.${M}`]: {
    request: Parameters<Ledger[M]>;
    response: Awaited<ReturnType<Ledger[M]>>;
  };
};

/** A quiet notice for the popup: a feature that switched itself off, and why. */
export interface Notice {
  id: string;
  source: 'gmail' | 'outlook' | 'service';
  message: string;
  at: number;
}

export interface CsvImportRequest {
  /** The file's bytes, base64-encoded (runtime messages carry JSON, not typed arrays). */
  base64: string;
  fileName: string;
  defaultCurrency?: string;
  dateOrder?: 'dmy' | 'mdy';
}

export interface AttachmentDetectionRequest {
  message: WireMessage;
  identities: Identities;
  today: string;
}

/** Everything the popup shows, in one round trip. */
export interface PopupState {
  today: string;
  locale: string;
  soonDays: number;
  rows: AttentionRow[];
  notices: Notice[];
}

interface ServiceRequests {
  'popup.state': { request: null; response: PopupState };
  /** The badge as currently shown (text and tooltip). */
  'badge.current': { request: null; response: { text: string; title: string } };
  'import.preview': { request: CsvImportRequest; response: CsvImportPreview };
  'import.commit': {
    request: CsvImportRequest & { skipInvalid: boolean };
    response: CsvCommitResult;
  };
  'backup.export': { request: null; response: { json: string; fileName: string } };
  'backup.restore': { request: { json: string }; response: { counts: Record<string, number> } };
  /** The draft for an invoice's step, with the tone check's findings. */
  'draft.compose': { request: DraftRequest; response: DraftResponse };
  /** Template variables for the editor's preview: a tracked invoice's, or the sample's (no invoiceId). */
  'draft.context': { request: { invoiceId: string | null; templateId: TemplateId }; response: DraftContext };
  /**
   * Detection for a message whose attachments carry bytes: PDFs and e-invoice XML are read in the
   * offscreen document, so content scripts never load pdf.js.
   */
  'detect.attachments': { request: AttachmentDetectionRequest; response: MessageDetection };
  'notices.list': { request: null; response: Notice[] };
  'notices.report': { request: Omit<Notice, 'at'>; response: null };
  'notices.clear': { request: { id: string }; response: null };
}

export type Protocol = LedgerRequests & ServiceRequests;
export type RequestType = keyof Protocol;

// Compile-time check that every entry has the {request, response} shape.
type Checked<P extends { [K in keyof P]: RequestSpec }> = P;
export type CheckedProtocol = Checked<Protocol>;
