import type { IsoDate } from '../dates/calendar.ts';
import {
  type ComposedDraft,
  type ComposeInput,
  chooseDraft,
  composeDraft,
  type DraftSettings,
} from '../drafts/compose.ts';
import { buildDraftContext, type DraftContext, type DraftExtras } from '../drafts/context.ts';
import { sampleDraftContext } from '../drafts/sample-context.ts';
import { isTemplateId, type TemplateId } from '../drafts/template-ids.ts';
import { checkTone } from '../drafts/tone/index.ts';
import type { ToneFlag } from '../drafts/tone/types.ts';
import type { UserTemplate } from '../drafts/user-template.ts';
import { resolvePolicy } from '../ladder/policy.ts';
import type { StepId } from '../ladder/types.ts';
import type { LedgerSettings } from '../ledger/settings.ts';
import type { InvoiceView } from '../ledger/views.ts';
import type { SandboxReply, SandboxRequestBody } from '../messages/sandbox.ts';

export interface DraftRequest {
  invoiceId: string;
  /** Default: the invoice's next step (see chooseDraft). */
  step?: StepId;
  templateId?: TemplateId;
  extras?: Omit<DraftExtras, 'history'>;
  settings?: Partial<DraftSettings>;
}

export interface DraftResponse {
  draft: ComposedDraft;
  /** The tone check's findings on the draft's text; the adapter shows them before inserting. */
  toneFlags: ToneFlag[];
  /** True when the user's own template was used. */
  userTemplate: boolean;
}

function overridesOf(settings: LedgerSettings): Partial<Record<TemplateId, UserTemplate>> {
  const overrides: Partial<Record<TemplateId, UserTemplate>> = {};
  for (const [id, template] of Object.entries(settings.templates)) {
    if (isTemplateId(id)) overrides[id] = { subject: template.subject, body: template.body };
  }
  return overrides;
}

/** Everything composeDraft needs, from what the ledger knows. */
export function composeInputFor(
  view: InvoiceView,
  settings: LedgerSettings,
  today: IsoDate,
  request: Omit<DraftRequest, 'invoiceId'> = {},
): Omit<ComposeInput, 'compile'> {
  return {
    invoice: {
      number: view.invoice.number,
      currency: view.invoice.currency,
      totalMinor: view.invoice.totalMinor,
      issueDate: view.invoice.issueDate,
      dueDate: view.invoice.dueDate,
      payments: view.invoice.payments,
      client: { name: view.client.name, email: view.client.email, company: view.client.company },
    },
    plan: view.plan,
    policy: resolvePolicy(settings.policy, view.client.policyOverride),
    sender: settings.sender,
    locale: settings.locale,
    today,
    history: view.events,
    ...(request.step ? { step: request.step } : {}),
    ...(request.templateId ? { templateId: request.templateId } : {}),
    ...(request.extras ? { extras: request.extras } : {}),
    ...(request.settings ? { settings: request.settings } : {}),
    overrides: overridesOf(settings),
  };
}

/**
 * Composes a draft: built-in templates render right here from their precompiled form; a user's
 * own template goes to the sandbox page, the only place it can be compiled.
 */
export async function composeWithSandbox(
  input: Omit<ComposeInput, 'compile'>,
  sandbox: (body: SandboxRequestBody) => Promise<SandboxReply>,
): Promise<DraftResponse> {
  const { templateId } = chooseDraft(input.plan, input.policy, input);
  const userTemplate = Boolean(input.overrides?.[templateId]);
  let draft: ComposedDraft;
  if (userTemplate) {
    const reply = await sandbox({ kind: 'compose', input });
    if (!reply.ok) throw new Error(reply.error);
    if (reply.kind !== 'compose') throw new Error('The template renderer answered the wrong request');
    draft = reply.draft;
  } else {
    draft = composeDraft({ ...input, overrides: {} });
  }
  return { draft, toneFlags: checkTone(draft.text, draft.step), userTemplate };
}

/** The variables a template sees for a tracked invoice, or the documented sample. */
export function contextFor(
  view: InvoiceView | null,
  settings: LedgerSettings,
  today: IsoDate,
  templateId: TemplateId,
): DraftContext {
  if (!view) return sampleDraftContext(settings.locale);
  const input = composeInputFor(view, settings, today, { templateId });
  return buildDraftContext({
    invoice: input.invoice,
    plan: input.plan,
    policy: input.policy,
    sender: input.sender,
    locale: input.locale,
    today,
    templateId,
    extras: { history: view.events },
  });
}
