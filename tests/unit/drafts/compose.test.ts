import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import {
  type ComposeInput,
  chooseDraft,
  composeContext,
  composeDraft,
  NoTemplateError,
  TemplateRejectedError,
} from '../../../lib/drafts/compose.ts';
import { planInvoice } from '../../../lib/ladder/plan.ts';
import type { Policy } from '../../../lib/ladder/types.ts';
import { invoice, policyWith, SENDER } from './worked-invoices.ts';

function input(overrides: Partial<ComposeInput> = {}, today = '2026-03-10', policy: Policy = policyWith()) {
  const theInvoice = invoice({ events: [{ type: 'sent', step: 'reminder', date: '2026-02-15' }] });
  return {
    invoice: theInvoice,
    plan: planInvoice(theInvoice, policy, today),
    policy,
    sender: SENDER,
    locale: 'en-GB',
    today,
    history: theInvoice.events,
    ...overrides,
  } satisfies ComposeInput;
}

describe('composeDraft', () => {
  it('drafts the plan’s next step to the client’s address', () => {
    const composed = composeDraft(input());
    expect(composed.step).toBe('follow-up');
    expect(composed.templateId).toBe('follow-up');
    expect(composed.to).toBe('jordan@brightwater.example');
    expect(composed.subject).toBe('Invoice INV-2026-014: £2,400.00 outstanding');
    expect(composed.html).toMatch(/^<p>Hi Jordan,<\/p>/);
    expect(composed.text).toMatch(/^Hi Jordan,\n\n/);
  });

  it('drafts a step or a template the caller names', () => {
    expect(composeDraft(input({ step: 'final' })).subject).toMatch(/^Final notice/);
    const offer = composeDraft(input({ templateId: 'discount-offer' }));
    expect(offer.templateId).toBe('discount-offer');
    expect(offer.step).toBe('discount-offer');
    expect(offer.text).toContain('a 2% discount on invoice INV-2026-014 if it is paid by 17 Mar 2026');
  });

  it('offers a plan from the settings when none is given', () => {
    const composed = composeDraft(
      input({
        templateId: 'plan-proposal',
        settings: { planInstalments: 2, planFrequency: 'weekly', planFirstInDays: 3 },
      }),
    );
    expect(composed.text).toContain('1. 13 Mar 2026: £1,200.00\n2. 20 Mar 2026: £1,200.00');
  });

  it('uses a step’s own templateId', () => {
    const policy: Policy = {
      ...policyWith(),
      steps: [
        { id: 'nudge', offsetDays: 2, templateId: 'reminder' },
        { id: 'last-word', offsetDays: 20, templateId: 'final' },
      ],
    };
    const composed = composeDraft(input({}, '2026-02-17', policy));
    expect([composed.step, composed.templateId]).toEqual(['nudge', 'reminder']);
  });

  it('thanks a paid invoice once the ladder has stopped', () => {
    const paid = invoice({ payments: [{ date: '2026-03-01', amountMinor: 240000 }] });
    const plan = planInvoice(paid, policyWith(), '2026-03-10');
    expect(chooseDraft(plan, policyWith())).toEqual({ step: 'thank-you', templateId: 'thank-you' });
  });

  it('drafts the collections note for an invoice handed over', () => {
    const handed = invoice({ state: { writtenOff: false, collections: true } });
    const plan = planInvoice(handed, policyWith(), '2026-03-10');
    expect(chooseDraft(plan, policyWith()).templateId).toBe('collections');
  });

  it('refuses a custom step without a template', () => {
    const policy: Policy = { ...policyWith(), steps: [{ id: 'postcard', offsetDays: 1 }] };
    expect(() => composeDraft(input({ step: 'postcard' }, '2026-03-10', policy))).toThrow(NoTemplateError);
  });

  it('uses the user’s override for the template, through the injected compiler', () => {
    const composed = composeDraft(
      input({
        overrides: { 'follow-up': { subject: 'About {{invoice.number}}', body: 'Hello {{client.name}}' } },
        compile: Handlebars.compile,
      }),
    );
    expect(composed).toMatchObject({
      subject: 'About INV-2026-014',
      text: 'Hello Jordan Ellis',
      html: '<p>Hello Jordan Ellis</p>',
      templateId: 'follow-up',
    });
  });

  it('ignores overrides for other templates', () => {
    const composed = composeDraft(input({ overrides: { final: { subject: 'x', body: 'y' } } }));
    expect(composed.subject).toBe('Invoice INV-2026-014: £2,400.00 outstanding');
  });

  it('refuses a broken override with its problems, and one it cannot compile', () => {
    const broken = { 'follow-up': { subject: 'About {{invoice.nmber}}', body: 'Hello' } };
    expect(() => composeDraft(input({ overrides: broken, compile: Handlebars.compile }))).toThrow(
      TemplateRejectedError,
    );
    try {
      composeDraft(input({ overrides: broken, compile: Handlebars.compile }));
    } catch (error) {
      expect((error as TemplateRejectedError).problems[0]).toMatchObject({
        part: 'subject',
        line: 1,
        column: 9,
      });
      expect((error as Error).message).toContain(
        'subject line 1, column 9: Unknown variable "invoice.nmber"',
      );
    }
    expect(() => composeDraft(input({ overrides: broken }))).toThrow(/needs a compiler/);
  });

  it('has no address when the client has none', () => {
    const noEmail = invoice({ client: { name: 'Ann', email: null, company: null, business: false } });
    const composed = composeDraft({ ...input(), invoice: noEmail });
    expect(composed.to).toBeNull();
  });

  it('exposes the context it renders with, for an editor preview that matches the draft', () => {
    const request = input({ templateId: 'plan-proposal' });
    const { context, templateId } = composeContext(request);
    expect(templateId).toBe('plan-proposal');
    expect(context.plan.instalments.map((i) => i.amount)).toEqual(['£800.00', '£800.00', '£800.00']);
    expect(composeDraft(request).text).toContain(`1. ${context.plan.firstDate}: £800.00`);
  });
});
