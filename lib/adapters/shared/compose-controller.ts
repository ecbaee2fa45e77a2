import { isTemplateId, TEMPLATE_IDS, type TemplateId } from '../../drafts/template-ids.ts';
import type { ToneFlag } from '../../drafts/tone/types.ts';
import { STEP_LABELS } from '../../ladder/policy.ts';
import type { InvoiceView, OpenInvoiceRow } from '../../ledger/views.ts';
import type { Protocol } from '../../messages/protocol.ts';
import type { Client } from '../../messages/rpc.ts';
import { formatMoney } from '../../money/amount.ts';
import type { ComposeTarget, DraftChoice } from './contract.ts';

/** Templates offered beside the current step in a reply's dropdown, in this order. */
const OTHER_TEMPLATES: readonly TemplateId[] = TEMPLATE_IDS.filter((id) => id !== 'call');

export interface InsertOutcome {
  inserted: boolean;
  toneFlags: ToneFlag[];
}

function invoiceLabel(
  number: string,
  clientName: string,
  balanceMinor: number,
  currency: string,
  locale: string,
) {
  return `${number} · ${clientName} · ${formatMoney(balanceMinor, currency, locale)}`;
}

function choicesForView(view: InvoiceView, locale: string): DraftChoice[] {
  const label = invoiceLabel(
    view.invoice.number,
    view.client.name,
    view.plan.balanceMinor,
    view.invoice.currency,
    locale,
  );
  const current = view.plan.nextStep ?? view.plan.currentStep;
  const primaryTemplate: TemplateId =
    current && isTemplateId(current) ? current : view.plan.status === 'paid' ? 'thank-you' : 'reminder';
  const primary: DraftChoice = {
    invoiceId: view.invoice.id,
    invoiceLabel: label,
    templateId: primaryTemplate,
    label: `${STEP_LABELS[primaryTemplate]}${view.plan.due && !view.plan.pausedReason ? ' (due now)' : ''}`,
    primary: true,
  };
  const others = OTHER_TEMPLATES.filter((id) => id !== primaryTemplate).map((templateId) => ({
    invoiceId: view.invoice.id,
    invoiceLabel: label,
    templateId,
    label: STEP_LABELS[templateId],
    primary: false,
  }));
  return [primary, ...others];
}

function choiceForOpenInvoice(row: OpenInvoiceRow, locale: string, first: boolean): DraftChoice {
  const templateId: TemplateId = row.nextStep && isTemplateId(row.nextStep) ? row.nextStep : 'reminder';
  return {
    invoiceId: row.id,
    invoiceLabel: invoiceLabel(row.number, row.clientName, row.balanceMinor, row.currency, locale),
    templateId,
    label: STEP_LABELS[templateId],
    primary: first,
  };
}

/**
 * The compose button's brain, shared by Gmail and Outlook: what it offers, and what inserting
 * a draft does (tone check first, then insert, then log "drafted"; "sent" when the client says).
 */
export function createComposeController(api: Client<Protocol>) {
  const sentHooks = new WeakMap<ComposeTarget, Set<string>>();

  return {
    /** In a reply on a tracked thread: that invoice's steps; in a new message: the To's open invoices. */
    async choices(target: ComposeTarget): Promise<DraftChoice[]> {
      const { locale } = await api('ledger.getSettings', []);
      if (target.threadId) {
        const view = await api('ledger.findByThread', [target.mailClient, target.threadId]);
        if (view?.invoice.state.tracking) return choicesForView(view, locale);
      }
      const recipients = [
        ...new Set(target.recipients().map((address) => address.trim().toLowerCase())),
      ].filter(Boolean);
      const rows = (
        await Promise.all(recipients.map((address) => api('ledger.listForClientEmail', [address])))
      ).flat();
      return rows.map((row, index) => choiceForOpenInvoice(row, locale, index === 0));
    },

    /**
     * Drafts and inserts. When the tone check flags the text (a user's own template can), nothing
     * is inserted unless `confirmed`: the caller shows the flags and asks.
     */
    async insert(target: ComposeTarget, choice: DraftChoice, confirmed = false): Promise<InsertOutcome> {
      const { draft, toneFlags } = await api('draft.compose', {
        invoiceId: choice.invoiceId,
        ...(isTemplateId(choice.templateId) ? { templateId: choice.templateId } : {}),
      });
      if (toneFlags.length > 0 && !confirmed) return { inserted: false, toneFlags };
      const setSubject = !target.isReply && target.subject().trim() === '';
      await target.insert(draft, { setSubject });
      await api('ledger.addEvent', [
        choice.invoiceId,
        { type: 'drafted', step: draft.step, templateId: draft.templateId },
      ]);
      const hooked = sentHooks.get(target) ?? new Set<string>();
      const key = `${choice.invoiceId}:${draft.step}`;
      if (!hooked.has(key)) {
        hooked.add(key);
        sentHooks.set(target, hooked);
        const stop = target.onSent(() => {
          stop();
          void api('ledger.addEvent', [choice.invoiceId, { type: 'sent', step: draft.step }]);
        });
      }
      return { inserted: true, toneFlags };
    },
  };
}

export type ComposeController = ReturnType<typeof createComposeController>;
