import type { MessageDetection } from '../detect/types.ts';
import { badgeDisplay } from '../ledger/badge.ts';
import { commitCsvImport } from '../ledger/csv/commit.ts';
import { previewCsvImport } from '../ledger/csv/preview.ts';
import type { LedgerDb } from '../ledger/db.ts';
import { createLedger, type Ledger } from '../ledger/store.ts';
import { base64ToBytes } from '../messages/base64.ts';
import {
  type AttachmentDetectionRequest,
  type CsvImportRequest,
  LEDGER_METHODS,
  type Notice,
  type Protocol,
} from '../messages/protocol.ts';
import type { Handlers } from '../messages/rpc.ts';
import type { SandboxReply, SandboxRequestBody } from '../messages/sandbox.ts';
import { createBackupHandlers } from './backup-handlers.ts';
import type { Clock } from './clock.ts';
import { composeInputFor, composeWithSandbox, contextFor } from './drafts.ts';

/** What the service needs from the browser; faked in unit tests. */
export interface ServicePorts {
  setBadge: (badge: { text: string; title: string }) => Promise<void>;
  notices: { read: () => Promise<Notice[]>; write: (notices: Notice[]) => Promise<void> };
  /** Renders in the manifest sandbox page (through an offscreen document in the extension). */
  sandbox: (body: SandboxRequestBody) => Promise<SandboxReply>;
  /** Detection with attachments read (pdf.js), in the offscreen document in the extension. */
  detectAttachments: (request: AttachmentDetectionRequest) => Promise<MessageDetection>;
}

const READ_ONLY = new Set<string>([
  'ledger.getInvoiceView',
  'ledger.findByThread',
  'ledger.listForClientEmail',
  'ledger.listAttention',
  'ledger.badgeSummary',
  'ledger.listInvoices',
  'ledger.listClients',
  'ledger.caseFile',
  'ledger.getSettings',
  'badge.current',
  'popup.state',
  'import.preview',
  'backup.export',
  'notices.list',
  'detect.attachments',
  'draft.compose',
  'draft.context',
]);

/** The service worker's brain: the ledger, the badge and every message handler. */
export function createService(db: LedgerDb, clock: Clock, ports: ServicePorts) {
  const ledger: Ledger = createLedger(db, {
    now: clock.now,
    today: clock.today,
    newId: () => crypto.randomUUID(),
  });
  let lastBadge = { text: '', title: 'Tactful — nothing overdue' };

  async function refreshBadge(): Promise<{ text: string; title: string }> {
    const settings = await ledger.getSettings();
    clock.setTimeZone(settings.timeZone);
    lastBadge = badgeDisplay(await ledger.badgeSummary(clock.today()), settings.locale);
    await ports.setBadge(lastBadge);
    return lastBadge;
  }

  async function previewFor(input: CsvImportRequest) {
    return previewCsvImport(base64ToBytes(input.base64), {
      fileName: input.fileName,
      ...(input.defaultCurrency ? { defaultCurrency: input.defaultCurrency } : {}),
      ...(input.dateOrder ? { dateOrder: input.dateOrder } : {}),
      findDuplicate: (key) => ledger.findImportMatch(key),
    });
  }

  const ledgerHandlers = Object.fromEntries(
    LEDGER_METHODS.map((method) => [
      `ledger.${method}`,
      (args: unknown[]) =>
        (ledger[method] as (...params: unknown[]) => unknown)(...(Array.isArray(args) ? args : [])),
    ]),
  ) as unknown as Pick<Handlers<Protocol>, `ledger.${(typeof LEDGER_METHODS)[number]}`>;

  const handlers: Handlers<Protocol> = {
    ...ledgerHandlers,
    'badge.current': () => refreshBadge(),
    'popup.state': async () => {
      const settings = await ledger.getSettings();
      clock.setTimeZone(settings.timeZone);
      const today = clock.today();
      return {
        today,
        locale: settings.locale,
        soonDays: settings.soonDays,
        rows: await ledger.listAttention(today),
        notices: await ports.notices.read(),
      };
    },
    'import.preview': (input) => previewFor(input),
    'import.commit': async (input) =>
      commitCsvImport(ledger, await previewFor(input), { skipInvalid: input.skipInvalid }),
    ...createBackupHandlers(db, clock),
    'draft.compose': async ({ invoiceId, ...choice }) => {
      const [view, settings] = await Promise.all([ledger.getInvoiceView(invoiceId), ledger.getSettings()]);
      return composeWithSandbox(composeInputFor(view, settings, clock.today(), choice), ports.sandbox);
    },
    'draft.context': async ({ invoiceId, templateId }) => {
      const settings = await ledger.getSettings();
      const view = invoiceId ? await ledger.getInvoiceView(invoiceId) : null;
      return contextFor(view, settings, clock.today(), templateId);
    },
    'detect.attachments': (request) => ports.detectAttachments(request),
    'notices.list': () => ports.notices.read(),
    'notices.report': async (notice) => {
      const others = (await ports.notices.read()).filter((existing) => existing.id !== notice.id);
      await ports.notices.write([...others, { ...notice, at: clock.now() }]);
      return null;
    },
    'notices.clear': async ({ id }) => {
      await ports.notices.write((await ports.notices.read()).filter((notice) => notice.id !== id));
      return null;
    },
  };

  return {
    ledger,
    handlers,
    refreshBadge,
    /** Whether answering this request may have changed what the badge shows. */
    changesLedger: (type: string) => !READ_ONLY.has(type),
    currentBadge: () => lastBadge,
  };
}

export type Service = ReturnType<typeof createService>;
