import { describe, expect, it } from 'vitest';
import { TEMPLATE_VARIABLES } from '../../../lib/drafts/context.ts';
import { sampleDraftContext } from '../../../lib/drafts/sample-context.ts';
import { invoice, worked } from './worked-invoices.ts';

function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], root);
}

describe('buildDraftContext', () => {
  it('formats a part-paid invoice: total, paid and balance, days overdue', () => {
    const { context } = worked({
      invoice: invoice({ payments: [{ date: '2026-02-20', amountMinor: 60000 }] }),
    });
    expect(context.invoice).toMatchObject({
      total: '£2,400.00',
      paid: '£600.00',
      balance: '£1,800.00',
      balanceMinor: 180000,
      hasPayments: true,
      isPaid: false,
      lastPayment: '£600.00',
      lastPaymentDate: '20 Feb 2026',
    });
    expect(context.daysOverdue).toBe(24);
    expect(context.isOverdue).toBe(true);
  });

  it('ignores payments dated after today, like the ladder', () => {
    const { context } = worked({
      invoice: invoice({ payments: [{ date: '2026-03-20', amountMinor: 60000 }] }),
    });
    expect(context.invoice.paid).toBe('£0.00');
    expect(context.invoice.hasPayments).toBe(false);
  });

  it('greets a company without a person by its name, with no first name', () => {
    const { context } = worked({
      invoice: invoice({ client: { name: '', email: null, company: 'Brightwater Ltd', business: true } }),
    });
    expect(context.client).toEqual({
      name: 'Brightwater Ltd',
      firstName: '',
      company: 'Brightwater Ltd',
      email: '',
    });
  });

  it('builds a signature from the sender’s details when none is set', () => {
    const { context } = worked();
    expect(context.sender.signatureLines).toEqual([
      'Sam Okafor',
      'Founder, Okafor Design',
      '+44 20 7946 0321',
    ]);
    expect(context.paymentInstructionsLines).toEqual([
      'Bank transfer to Okafor Design',
      'Sort code 12-34-56, account 12345678',
    ]);
  });

  it('takes the promise date from a promise pause', () => {
    const { context, plan } = worked({
      invoice: invoice({ events: [{ type: 'promise', date: '2026-03-05', until: '2026-03-20' }] }),
    });
    expect(plan.pausedReason).toBe('promise');
    expect(context.promiseDate).toBe('20 Mar 2026');
  });

  it('refuses a discount it cannot make', () => {
    expect(() => worked({ extras: { discount: { percent: 0, payBy: '2026-03-17' } } })).toThrow(
      /above 0 and below 100/,
    );
  });
});

describe('TEMPLATE_VARIABLES', () => {
  it('documents every variable with a group, a description and a sample', () => {
    const paths = TEMPLATE_VARIABLES.map((variable) => variable.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const variable of TEMPLATE_VARIABLES) {
      expect(variable.description.length, variable.path).toBeGreaterThan(5);
      expect(variable.sample, variable.path).not.toBe('');
    }
  });

  it('matches the sample context, value for value', () => {
    const sample = sampleDraftContext('en-GB');
    for (const variable of TEMPLATE_VARIABLES) {
      const value = valueAt(sample, variable.path);
      if (variable.kind === 'list') {
        expect(Array.isArray(value), variable.path).toBe(true);
        const first = (value as Record<string, unknown>[])[0];
        for (const field of variable.itemFields ?? []) {
          if (first) expect(String(first[field.name]), `${variable.path}.${field.name}`).toBe(field.sample);
        }
      } else {
        expect(String(value), variable.path).toBe(variable.sample);
      }
    }
  });

  it('covers every leaf of the context, so the picker and the validator miss nothing', () => {
    const documented = new Set(TEMPLATE_VARIABLES.map((variable) => variable.path));
    const leaves: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
      } else {
        leaves.push(path);
      }
    };
    walk(sampleDraftContext('en-GB'), '');
    expect(leaves.filter((path) => !documented.has(path))).toEqual([]);
  });
});

describe('sampleDraftContext', () => {
  it('is complete in every language, in the language’s own formats', () => {
    expect(sampleDraftContext('de-DE').invoice.balance).toBe('1.800,00\u00a0€');
    expect(sampleDraftContext('fr-FR').client.name).toBe('Camille Laurent');
    expect(sampleDraftContext('es-ES').fees.basis).toContain('2011/7/UE');
  });
});
