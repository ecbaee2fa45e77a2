import Handlebars from 'handlebars';
import { composeDraft } from '../../lib/drafts/compose.ts';
import { renderBuiltIn } from '../../lib/drafts/render.ts';
import { sampleDraftContext } from '../../lib/drafts/sample-context.ts';
import { TEMPLATE_IDS } from '../../lib/drafts/template-ids.ts';
import { compileUserTemplate } from '../../lib/drafts/user-template.ts';
import { planInvoice } from '../../lib/ladder/plan.ts';
import type { LadderInvoice, Policy } from '../../lib/ladder/types.ts';
import { type BenchFigure, measure } from './figure.ts';

const POLICY: Policy = {
  steps: [
    { id: 'courtesy', offsetDays: -3 },
    { id: 'reminder', offsetDays: 1 },
    { id: 'follow-up', offsetDays: 7 },
    { id: 'call', offsetDays: 14 },
    { id: 'final', offsetDays: 21 },
    { id: 'collections', offsetDays: 35 },
  ],
  minGapDays: 5,
  finalDeadlineDays: 7,
  fees: { kind: 'statutory-uk', referenceRates: [{ from: '2025-01-01', rate: '3.75' }] },
};

const INVOICE: LadderInvoice & {
  number: string;
  client: { name: string; email: string; company: string; business: boolean };
} = {
  id: 'bench',
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
  payments: [{ date: '2026-02-20', amountMinor: 60000 }],
  events: [
    { type: 'sent', step: 'reminder', date: '2026-02-15' },
    { type: 'sent', step: 'follow-up', date: '2026-02-21' },
    { type: 'call', outcome: 'voicemail', date: '2026-02-28' },
  ],
  state: { writtenOff: false, collections: false },
};

/** A user's edited follow-up: plain text with loops, conditionals and every helper. */
const USER_TEMPLATE = {
  subject: 'Invoice {{invoice.number}}: {{invoice.balance}} outstanding',
  body: [
    'Hi {{client.firstName}},',
    '',
    'Invoice {{invoice.number}} is {{plural daysOverdue "day" "days"}} overdue; {{money invoice.balanceMinor invoice.currency}} is still open.',
    '{{#if invoice.hasPayments}}Thank you for the {{invoice.paid}} received on {{invoice.lastPaymentDate}}.{{/if}}',
    '',
    '{{#each history.reminders}}',
    '- {{date}}: {{step}}',
    '{{/each}}',
    '',
    'Could you pay by {{date finalDeadlineIso style="long"}}?',
    '',
    '{{sender.signature}}',
  ].join('\n'),
};

/** Median time per draft: a precompiled built-in, a whole composeDraft, and a user template compiled once. */
export async function benchDrafts(): Promise<BenchFigure[]> {
  const context = sampleDraftContext('en-GB');
  let index = 0;
  const builtIn = await measure(
    () => {
      index = (index + 1) % TEMPLATE_IDS.length;
      return renderBuiltIn(TEMPLATE_IDS[index] ?? 'reminder', 'en-GB', context);
    },
    { runs: 600, warmup: 60 },
  );

  const plan = planInvoice(INVOICE, POLICY, '2026-03-10');
  const composed = await measure(
    () =>
      composeDraft({
        invoice: INVOICE,
        plan,
        policy: POLICY,
        sender: {
          name: 'Sam Okafor',
          position: 'Founder',
          company: 'Okafor Design',
          email: 'sam@okafordesign.example',
          phone: '+44 20 7946 0321',
          signature: '',
          paymentInstructions: 'Bank transfer, sort code 12-34-56, account 12345678',
        },
        locale: 'en-GB',
        today: '2026-03-10',
        history: INVOICE.events,
        step: 'final',
      }),
    { runs: 300, warmup: 30 },
  );

  const compiled = compileUserTemplate(Handlebars.compile, USER_TEMPLATE);
  if (!compiled.ok) throw new Error('drafts bench: the user template no longer compiles');
  const user = await measure(() => compiled.render(context), { runs: 600, warmup: 60 });

  return [
    {
      name: 'drafts: render a built-in template (precompiled, runtime only)',
      unit: 'ms',
      ...builtIn,
      target: 5,
    },
    {
      name: 'drafts: compose a final notice (plan in hand, context + render)',
      unit: 'ms',
      ...composed,
      target: 5,
    },
    {
      name: 'drafts: render a user template (compiled once with Handlebars.compile)',
      unit: 'ms',
      ...user,
      target: 5,
    },
  ];
}
