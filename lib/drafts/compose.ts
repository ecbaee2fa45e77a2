import { addDays, type IsoDate } from '../dates/calendar.ts';
import type { InvoicePlan, Policy, StepId } from '../ladder/types.ts';
import type { SenderProfile } from '../ledger/types.ts';
import {
  buildDraftContext,
  type DiscountOffer,
  type DraftContext,
  type DraftExtras,
  type DraftInvoice,
  type HistoryEvent,
  type InstalmentProposal,
  templateForStep,
} from './context.ts';
import type { InstalmentFrequency } from './instalments.ts';
import { renderBuiltIn } from './render.ts';
import { isTemplateId, type TemplateId } from './template-ids.ts';
import type { CompileTemplate, PartProblem, UserTemplate } from './user-template.ts';
import { compileUserTemplate } from './user-template.ts';

/**
 * THE compose contract for mail adapters: one call turns an invoice into the draft for its
 * stage. Tactful never sends; the adapter puts the result into the compose window.
 *
 * Logging is the caller's job: after inserting a draft, record a `drafted` timeline event
 * `{ type: 'drafted', step, templateId }` with the values returned here (and `sent` only once
 * the user has actually sent it). composeDraft itself is pure and touches no storage.
 */

/** User preferences for the offers a draft makes when the caller gives no specifics. */
export interface DraftSettings {
  planInstalments: number;
  planFrequency: InstalmentFrequency;
  /** The first instalment falls this many days after today. */
  planFirstInDays: number;
  discountPercent: number;
  /** The discount holds for this many days from today. */
  discountDays: number;
}

export const DEFAULT_DRAFT_SETTINGS: Readonly<DraftSettings> = {
  planInstalments: 3,
  planFrequency: 'monthly',
  planFirstInDays: 7,
  discountPercent: 2,
  discountDays: 7,
};

export interface ComposeInput {
  invoice: DraftInvoice;
  /** From planInvoice(invoice, policy, today). */
  plan: InvoicePlan;
  policy: Policy;
  sender: SenderProfile;
  locale: string;
  today: IsoDate;
  /** The invoice's events or timeline, oldest first or in any order. */
  history?: readonly HistoryEvent[];
  /** The ladder step to draft; default: the plan's next step, else its current one (see chooseDraft). */
  step?: StepId;
  /** A template to use whatever the step (partial-ack, discount-offer…); wins over `step`. */
  templateId?: TemplateId;
  settings?: Partial<DraftSettings>;
  /** Specific offers: a plan proposal, agreed instalments, a discount. */
  extras?: Omit<DraftExtras, 'history'>;
  /** The user's own versions of templates, by template id. */
  overrides?: Partial<Record<TemplateId, UserTemplate>>;
  /** Needed only when an override applies: Handlebars.compile in Node, the sandbox page's in the extension. */
  compile?: CompileTemplate;
}

export interface ComposedDraft {
  subject: string;
  html: string;
  text: string;
  /** The client's address, null when none is known. */
  to: string | null;
  step: StepId;
  templateId: TemplateId;
}

/** A user template with errors: the draft is refused rather than sent half-filled. */
export class TemplateRejectedError extends Error {
  constructor(
    readonly templateId: TemplateId,
    readonly problems: PartProblem[],
  ) {
    const first = problems[0];
    super(
      `your "${templateId}" template cannot be used: ${first ? `${first.part} line ${first.line}, column ${first.column}: ${first.message}` : 'it has errors'}`,
    );
    this.name = 'TemplateRejectedError';
  }
}

/** No template can be drafted for a step (a custom step without a built-in template id). */
export class NoTemplateError extends Error {
  constructor(readonly step: StepId) {
    super(`step "${step}" has no template: give it a templateId such as reminder or final`);
    this.name = 'NoTemplateError';
  }
}

/**
 * The step to draft when the caller names none: the plan's next step; once the ladder has
 * stopped, a thank-you for a paid invoice, the collections note for one handed over, else the
 * step last taken (re-drafting the current stage); before any step, a courtesy note, a
 * due-today note or a reminder by the date.
 */
export function defaultStep(plan: InvoicePlan): StepId {
  if (plan.nextStep) return plan.nextStep;
  if (plan.status === 'paid') return 'thank-you';
  if (plan.status === 'collections') return 'collections';
  if (plan.currentStep) return plan.currentStep;
  if (plan.daysOverdue > 0) return 'reminder';
  return plan.daysUntilDue === 0 ? 'due-today' : 'courtesy';
}

/** The step and template a draft is for. */
export function chooseDraft(
  plan: InvoicePlan,
  policy: Policy,
  request: { step?: StepId; templateId?: TemplateId } = {},
): { step: StepId; templateId: TemplateId } {
  if (request.templateId) {
    const step =
      request.step ??
      policy.steps.find((candidate) => templateForStep(policy, candidate.id) === request.templateId)?.id ??
      request.templateId;
    return { step, templateId: request.templateId };
  }
  const step = request.step ?? defaultStep(plan);
  const templateId = templateForStep(policy, step);
  if (!isTemplateId(templateId)) throw new NoTemplateError(step);
  return { step, templateId };
}

function hasAgreedPlan(history: readonly HistoryEvent[]): boolean {
  return history.some((event) => event.type === 'plan-agreed');
}

/** Fills in the offer a plan or discount template needs when the caller gave none. */
function extrasFor(
  input: Omit<ComposeInput, 'overrides' | 'compile'>,
  templateId: TemplateId,
  settings: DraftSettings,
): DraftExtras {
  const history = input.history ?? [];
  const extras: DraftExtras = { ...input.extras, history };
  const proposal: InstalmentProposal = {
    count: settings.planInstalments,
    firstDate: addDays(input.today, settings.planFirstInDays),
    frequency: settings.planFrequency,
  };
  const offersPlan =
    templateId === 'plan-proposal' || (templateId === 'plan-confirmation' && !hasAgreedPlan(history));
  if (offersPlan && !extras.proposal && !extras.agreedInstalments) extras.proposal = proposal;
  if (templateId === 'discount-offer' && !extras.discount) {
    const discount: DiscountOffer = {
      percent: settings.discountPercent,
      payBy: addDays(input.today, settings.discountDays),
    };
    extras.discount = discount;
  }
  return extras;
}

/**
 * The step, template and context composeDraft would use, without rendering: what an editor's
 * live preview of a user template should be fed so that it matches the real draft.
 */
export function composeContext(input: Omit<ComposeInput, 'overrides' | 'compile'>): {
  step: StepId;
  templateId: TemplateId;
  context: DraftContext;
} {
  const { step, templateId } = chooseDraft(input.plan, input.policy, input);
  const settings = { ...DEFAULT_DRAFT_SETTINGS, ...input.settings };
  const context = buildDraftContext({
    invoice: input.invoice,
    plan: input.plan,
    policy: input.policy,
    sender: input.sender,
    locale: input.locale,
    today: input.today,
    templateId,
    extras: extrasFor(input, templateId, settings),
  });
  return { step, templateId, context };
}

/**
 * The draft for an invoice: the built-in template for its step in the locale's language, or
 * the user's override for that template (compiled with the injected compiler). Throws
 * TemplateRejectedError when the override has errors, NoTemplateError for a step without one.
 */
export function composeDraft(input: ComposeInput): ComposedDraft {
  const { step, templateId, context } = composeContext(input);
  const to = input.invoice.client.email?.trim() || null;
  const override = input.overrides?.[templateId];
  if (!override) return { ...renderBuiltIn(templateId, input.locale, context), to, step, templateId };
  if (!input.compile) {
    throw new Error(`the user's "${templateId}" template needs a compiler: compose it in the sandbox page`);
  }
  const compiled = compileUserTemplate(input.compile, override);
  if (!compiled.ok) throw new TemplateRejectedError(templateId, compiled.problems);
  const rendered = compiled.render(context);
  if (!rendered.ok) throw new TemplateRejectedError(templateId, rendered.problems);
  return { ...rendered.draft, to, step, templateId };
}
