import type { CaseInvoice, CaseSender } from '../../../lib/cli/case-types.ts';
import type { IsoDate } from '../../../lib/dates/calendar.ts';
import { buildDraftContext, type DraftContext, type DraftExtras } from '../../../lib/drafts/context.ts';
import type { TemplateId } from '../../../lib/drafts/template-ids.ts';
import { planInvoice } from '../../../lib/ladder/plan.ts';
import type { FeePolicy, InvoicePlan, Policy } from '../../../lib/ladder/types.ts';

/** Invoices worked through by hand, planned by the real ladder, for the template tests. */

export const SENDER: CaseSender = {
  name: 'Sam Okafor',
  position: 'Founder',
  company: 'Okafor Design',
  email: 'sam@okafordesign.example',
  phone: '+44 20 7946 0321',
  signature: '',
  paymentInstructions: 'Bank transfer to Okafor Design\nSort code 12-34-56, account 12345678',
};

export const UK_STATUTORY: FeePolicy = {
  kind: 'statutory-uk',
  referenceRates: [
    { from: '2025-05-08', rate: '4.25' },
    { from: '2025-08-07', rate: '4.00' },
    { from: '2025-12-18', rate: '3.75' },
  ],
};

export function policyWith(fees: FeePolicy = { kind: 'none' }, finalDeadlineDays = 14): Policy {
  return {
    steps: [
      { id: 'courtesy', offsetDays: -3 },
      { id: 'reminder', offsetDays: 1 },
      { id: 'follow-up', offsetDays: 7 },
      { id: 'call', offsetDays: 14 },
      { id: 'final', offsetDays: 21 },
      { id: 'collections', offsetDays: 35 },
    ],
    minGapDays: 5,
    finalDeadlineDays,
    fees,
  };
}

export function invoice(overrides: Partial<CaseInvoice> = {}): CaseInvoice {
  return {
    id: 'inv-1',
    number: 'INV-2026-014',
    currency: 'GBP',
    totalMinor: 240000,
    issueDate: '2026-01-15',
    dueDate: '2026-02-14',
    client: {
      name: 'Jordan Ellis',
      email: 'jordan@brightwater.example',
      company: 'Brightwater Studio Ltd',
      business: true,
    },
    payments: [],
    events: [],
    state: { writtenOff: false, collections: false },
    ...overrides,
  };
}

export interface Worked {
  invoice: CaseInvoice;
  policy: Policy;
  plan: InvoicePlan;
  context: DraftContext;
  today: IsoDate;
  locale: string;
}

export function worked(
  options: {
    invoice?: CaseInvoice;
    policy?: Policy;
    today?: IsoDate;
    locale?: string;
    templateId?: TemplateId;
    extras?: DraftExtras;
  } = {},
): Worked {
  const theInvoice = options.invoice ?? invoice();
  const policy = options.policy ?? policyWith();
  const today = options.today ?? '2026-03-10';
  const locale = options.locale ?? 'en-GB';
  const plan = planInvoice(theInvoice, policy, today, locale);
  const context = buildDraftContext({
    invoice: theInvoice,
    plan,
    policy,
    sender: SENDER,
    locale,
    today,
    ...(options.templateId ? { templateId: options.templateId } : {}),
    extras: { history: theInvoice.events, ...options.extras },
  });
  return { invoice: theInvoice, policy, plan, context, today, locale };
}
