import { describe, expect, it } from 'vitest';
import { addDays, formatDate } from '../../../lib/dates/calendar.ts';
import { BUILT_IN_TEMPLATES } from '../../../lib/drafts/builtin/index.ts';
import { DRAFT_LANGUAGES } from '../../../lib/drafts/language.ts';
import { renderBuiltIn } from '../../../lib/drafts/render.ts';
import { sampleDraftContext } from '../../../lib/drafts/sample-context.ts';
import { TEMPLATE_IDS } from '../../../lib/drafts/template-ids.ts';
import { validateTemplate } from '../../../lib/drafts/validate.ts';
import { computeFees } from '../../../lib/ladder/fees.ts';
import { formatMoney } from '../../../lib/money/amount.ts';
import { invoice, policyWith, UK_STATUTORY, worked } from './worked-invoices.ts';

const NBSP = '\u00a0';

describe('every built-in template', () => {
  it('exists in every language with a subject, an html body and a text body', () => {
    for (const language of DRAFT_LANGUAGES) {
      expect(Object.keys(BUILT_IN_TEMPLATES[language]).sort()).toEqual([...TEMPLATE_IDS].sort());
      for (const id of TEMPLATE_IDS) {
        const source = BUILT_IN_TEMPLATES[language][id];
        expect(source.subject.trim(), `${language}/${id}`).not.toBe('');
        expect(source.html.trim(), `${language}/${id}`).not.toBe('');
        expect(source.text.trim(), `${language}/${id}`).not.toBe('');
      }
    }
  });

  it('passes the template validator, uses no triple braces and names only documented variables', () => {
    for (const language of DRAFT_LANGUAGES) {
      for (const id of TEMPLATE_IDS) {
        const source = BUILT_IN_TEMPLATES[language][id];
        expect(source.html).not.toContain('{{{');
        expect(validateTemplate(source.subject, 'subject'), `${language}/${id} subject`).toEqual([]);
        expect(validateTemplate(source.text, 'body'), `${language}/${id} text`).toEqual([]);
        expect(validateTemplate(source.html, 'body'), `${language}/${id} html`).toEqual([]);
      }
    }
  });

  it('renders completely for the sample and for a bare invoice, in every language', () => {
    const bare = (locale: string) =>
      worked({
        locale,
        invoice: invoice({
          client: { name: '', email: null, company: null, business: false },
          issueDate: null,
        }),
      }).context;
    for (const locale of ['en-GB', 'de-DE', 'fr-FR', 'es-ES']) {
      for (const context of [sampleDraftContext(locale), bare(locale)]) {
        for (const id of TEMPLATE_IDS) {
          const draft = renderBuiltIn(id, locale, context);
          for (const part of [draft.subject, draft.text, draft.html]) {
            expect(part, `${locale}/${id}`).not.toMatch(/undefined|\[object Object\]|NaN|\{\{|\}\}/);
            expect(part, `${locale}/${id}`).not.toMatch(/!!|\n{3,}/);
          }
          expect(draft.subject).not.toMatch(/\n/);
          expect(draft.html.match(/<p>/g)?.length).toBe(draft.html.match(/<\/p>/g)?.length);
        }
      }
    }
  });

  it('signs off with the sender and includes the payment instructions in emails', () => {
    const { context } = worked({ invoice: invoice(), today: '2026-02-20' });
    const draft = renderBuiltIn('reminder', 'en-GB', context);
    expect(draft.text).toContain('Bank transfer to Okafor Design\nSort code 12-34-56, account 12345678');
    expect(draft.text).toMatch(/Kind regards,\nSam Okafor\nFounder, Okafor Design\n\+44 20 7946 0321$/);
    expect(draft.html).toContain('Bank transfer to Okafor Design<br>');
    expect(draft.html).toContain('Sam Okafor<br>');
  });
});

describe('the ladder steps, on worked invoices', () => {
  it('courtesy note: names the amount, the due date and how many days are left', () => {
    const { context } = worked({ today: '2026-02-11' });
    const draft = renderBuiltIn('courtesy', 'en-GB', context);
    expect(draft.subject).toBe('Invoice INV-2026-014 is due on 14 Feb 2026');
    expect(draft.text).toContain(
      'invoice INV-2026-014 for £2,400.00 is due on 14 Feb 2026, 3 days from now.',
    );
  });

  it('due-today note: says it falls due today', () => {
    const { context } = worked({ today: '2026-02-14' });
    const draft = renderBuiltIn('due-today', 'en-GB', context);
    expect(draft.subject).toBe('Invoice INV-2026-014 is due today');
    expect(draft.text).toContain('falls due today, 14 Feb 2026.');
  });

  it('friendly reminder after a partial payment: thanks for what was paid and shows the balance', () => {
    const { context } = worked({
      invoice: invoice({ payments: [{ date: '2026-02-20', amountMinor: 60000 }] }),
    });
    const draft = renderBuiltIn('reminder', 'en-GB', context);
    expect(draft.text).toContain('thank you for the £600.00 received so far, which leaves £1,800.00 to pay.');
    expect(draft.html).toContain('£1,800.00');
  });

  it('follow-up: names the balance and the days overdue, offers time or instalments and asks for a date', () => {
    const { context } = worked({
      invoice: invoice({ events: [{ type: 'sent', step: 'reminder', date: '2026-02-15' }] }),
    });
    const draft = renderBuiltIn('follow-up', 'en-GB', context);
    expect(draft.subject).toBe('Invoice INV-2026-014: £2,400.00 outstanding');
    expect(draft.text).toContain('is now 24 days overdue. The outstanding balance is £2,400.00.');
    expect(draft.text).toContain('I last wrote about it on 15 Feb 2026');
    expect(draft.text).toMatch(/more time.*instalments/s);
    expect(draft.text).toContain('reply with the date you expect to pay');
  });

  it('says "1 day" and "3 days" in the right number', () => {
    expect(renderBuiltIn('follow-up', 'en-GB', worked({ today: '2026-02-15' }).context).text).toContain(
      'now 1 day overdue',
    );
    expect(renderBuiltIn('follow-up', 'en-GB', worked({ today: '2026-02-17' }).context).text).toContain(
      'now 3 days overdue',
    );
  });

  it('call script: greeting, purpose, key facts, questions, every outcome and a voicemail', () => {
    const { context } = worked({
      invoice: invoice({ events: [{ type: 'promise', date: '2026-02-20', until: '2026-03-01' }] }),
    });
    const draft = renderBuiltIn('call', 'en-GB', context);
    for (const heading of [
      'Greeting',
      'Purpose',
      'Key facts',
      'Questions to ask',
      'How to respond',
      'Voicemail',
    ]) {
      expect(draft.text).toContain(heading);
    }
    for (const outcome of [
      'Promises to pay on a date',
      'Paying today',
      'Invoice not received',
      'Waiting for approval',
      'Disputes it',
      'Unreachable',
      'Voicemail:',
    ]) {
      expect(draft.text).toContain(outcome);
    }
    expect(draft.text).toContain('Earlier promise: to pay by 1 Mar 2026');
    expect(draft.text).toContain('call me back on +44 20 7946 0321');
  });

  it('final notice without fees: names the deadline (today + finalDeadlineDays) and what follows', () => {
    const { context } = worked({ policy: policyWith({ kind: 'none' }, 10), templateId: 'final' });
    const draft = renderBuiltIn('final', 'en-GB', context);
    expect(context.finalDeadlineIso).toBe(addDays('2026-03-10', 10));
    expect(draft.subject).toBe('Final notice: invoice INV-2026-014, please pay by 20 Mar 2026');
    expect(draft.text).toContain('Please pay it by 20 Mar 2026.');
    expect(draft.text).toContain('collections agency or take legal advice');
    expect(draft.text).not.toMatch(/interest|fee/i);
  });

  it('final notice with UK statutory interest: figures match computeFees to the penny', () => {
    const theInvoice = invoice({ payments: [{ date: '2026-02-20', amountMinor: 60000 }] });
    const policy = policyWith(UK_STATUTORY, 14);
    const { context } = worked({ invoice: theInvoice, policy, templateId: 'final' });
    const fees = computeFees(theInvoice, UK_STATUTORY, '2026-03-10');
    expect(fees.interestMinor).toBeGreaterThan(0);
    expect(fees.compensationMinor).toBe(7000);
    const money = (minor: number) => formatMoney(minor, 'GBP', 'en-GB');
    const draft = renderBuiltIn('final', 'en-GB', context);
    expect(draft.text).toContain(`Balance of the invoice: ${money(180000)}`);
    expect(draft.text).toContain(`Interest to 10 Mar 2026: ${money(fees.interestMinor)}`);
    expect(draft.text).toContain(`Fixed compensation: ${money(fees.compensationMinor)}`);
    expect(draft.text).toContain(`Total due: ${money(180000 + fees.totalMinor)}`);
    expect(draft.text).toContain(`Please pay ${money(180000 + fees.totalMinor)} by 24 Mar 2026.`);
    expect(draft.text).toContain('Late Payment of Commercial Debts (Interest) Act 1998');
    expect(draft.text).toContain('interest will continue to accrue');
    expect(draft.html).toContain(
      `<td style="padding:4px 0 4px 16px;text-align:right">${money(fees.interestMinor)}</td>`,
    );
  });

  it('final notice for a consumer under a statutory policy claims no interest', () => {
    const theInvoice = invoice({ client: { name: 'Ann Lee', email: null, company: null, business: false } });
    const { context } = worked({
      invoice: theInvoice,
      policy: policyWith(UK_STATUTORY),
      templateId: 'final',
    });
    const draft = renderBuiltIn('final', 'en-GB', context);
    expect(context.fees.hasFees).toBe(false);
    expect(draft.text).not.toContain('Act 1998');
  });

  it('final notice already sent: keeps the deadline it named', () => {
    const theInvoice = invoice({ events: [{ type: 'sent', step: 'final', date: '2026-03-01' }] });
    const { context } = worked({ invoice: theInvoice, templateId: 'final' });
    expect(context.finalDeadlineIso).toBe('2026-03-15');
  });

  it('collections hand-off: addressed to the client, with the dated history', () => {
    const theInvoice = invoice({
      payments: [{ date: '2026-02-20', amountMinor: 60000 }],
      events: [
        { type: 'sent', step: 'reminder', date: '2026-02-15' },
        { type: 'sent', step: 'follow-up', date: '2026-02-21' },
        { type: 'call', outcome: 'voicemail', date: '2026-02-28' },
        { type: 'promise', date: '2026-03-01', until: '2026-03-05' },
        { type: 'sent', step: 'final', date: '2026-03-06' },
      ],
    });
    const { context } = worked({ invoice: theInvoice, today: '2026-03-25' });
    const draft = renderBuiltIn('collections', 'en-GB', context);
    expect(draft.text).toMatch(/^Dear Jordan Ellis,/);
    expect(draft.text).toContain('after the final deadline of 20 Mar 2026');
    expect(draft.text).toContain(
      'Reminders sent:\n- 15 Feb 2026: friendly reminder\n- 21 Feb 2026: follow-up\n- 6 Mar 2026: final notice',
    );
    expect(draft.text).toContain('Calls:\n- 28 Feb 2026: voicemail left');
    expect(draft.text).toContain('Promises to pay:\n- 1 Mar 2026: promised payment by 5 Mar 2026');
    expect(draft.text).toContain('Payments received:\n- 20 Feb 2026: £600.00');
    expect(draft.text).toContain('Balance outstanding: £1,800.00');
  });
});

describe('offers and acknowledgements', () => {
  it('plan proposal: an instalment table computed from the balance', () => {
    const { context } = worked({
      invoice: invoice({ totalMinor: 100000 }),
      extras: { proposal: { count: 3, firstDate: '2026-03-31', frequency: 'monthly' } },
    });
    const draft = renderBuiltIn('plan-proposal', 'en-GB', context);
    expect(draft.text).toContain('3 instalments, payable monthly, starting on 31 Mar 2026');
    expect(draft.text).toContain(
      '1. 31 Mar 2026: £333.34\n2. 30 Apr 2026: £333.33\n3. 31 May 2026: £333.33\nTotal: £1,000.00',
    );
    expect(draft.html).toContain('<td style="padding:4px 16px 4px 0;text-align:left">30 Apr 2026</td>');
  });

  it('plan confirmation: lists the instalments agreed in the timeline', () => {
    const theInvoice = invoice({
      events: [
        {
          type: 'plan-agreed',
          date: '2026-03-01',
          instalments: [
            { date: '2026-03-15', amountMinor: 120000 },
            { date: '2026-04-15', amountMinor: 120000 },
          ],
        },
      ],
    });
    const draft = renderBuiltIn('plan-confirmation', 'en-GB', worked({ invoice: theInvoice }).context);
    expect(draft.text).toContain('paid in 2 instalments:');
    expect(draft.text).toContain('1. 15 Mar 2026: £1,200.00\n2. 15 Apr 2026: £1,200.00\nTotal: £2,400.00');
  });

  it('discount offer: the percent, the pay-by date and the discounted amount', () => {
    const { context } = worked({ extras: { discount: { percent: 2.5, payBy: '2026-03-17' } } });
    const draft = renderBuiltIn('discount-offer', 'en-GB', context);
    expect(draft.text).toContain('a 2.5% discount on invoice INV-2026-014 if it is paid by 17 Mar 2026');
    expect(draft.text).toContain('Discount (2.5%): £60.00');
    expect(draft.text).toContain('To pay by 17 Mar 2026: £2,340.00');
  });

  it('partial-payment acknowledgement: thanks for the payment and shows what remains', () => {
    const theInvoice = invoice({
      payments: [
        { date: '2026-02-20', amountMinor: 40000 },
        { date: '2026-03-02', amountMinor: 20000 },
      ],
    });
    const draft = renderBuiltIn('partial-ack', 'en-GB', worked({ invoice: theInvoice }).context);
    expect(draft.text).toContain('Thank you for your payment of £200.00, received on 2 Mar 2026');
    expect(draft.text).toContain(
      'Invoice total: £2,400.00\nPaid so far: £600.00\nRemaining balance: £1,800.00',
    );
  });

  it('thank-you: confirms the invoice is paid in full', () => {
    const theInvoice = invoice({ payments: [{ date: '2026-03-01', amountMinor: 240000 }] });
    const draft = renderBuiltIn('thank-you', 'en-GB', worked({ invoice: theInvoice }).context);
    expect(draft.text).toContain('Invoice INV-2026-014 for £2,400.00 is now paid in full.');
  });
});

describe('currencies and locales', () => {
  it('shows yen without decimals', () => {
    const theInvoice = invoice({
      currency: 'JPY',
      totalMinor: 120000,
      payments: [{ date: '2026-02-20', amountMinor: 20000 }],
    });
    const { context } = worked({ invoice: theInvoice });
    const draft = renderBuiltIn('reminder', 'en-GB', context);
    expect(draft.text).toContain(
      'thank you for the JP¥20,000 received so far, which leaves JP¥100,000 to pay',
    );
    expect(draft.text).not.toMatch(/¥[\d,]+\.\d/);
  });

  it('shows Kuwaiti dinars with three decimals and splits instalments to the fils', () => {
    const theInvoice = invoice({ currency: 'KWD', totalMinor: 1234567 });
    const { context } = worked({
      invoice: theInvoice,
      extras: { proposal: { count: 3, firstDate: '2026-03-20', frequency: 'fortnightly' } },
    });
    const draft = renderBuiltIn('plan-proposal', 'en-GB', context);
    const kwd = (amount: string) => `KWD${NBSP}${amount}`;
    expect(draft.text).toContain(`paying ${kwd('1,234.567')} in one go`);
    expect(draft.text).toContain(
      `1. 20 Mar 2026: ${kwd('411.523')}\n2. 3 Apr 2026: ${kwd('411.522')}\n3. 17 Apr 2026: ${kwd('411.522')}`,
    );
    expect(draft.text).toContain(`Total: ${kwd('1,234.567')}`);
  });

  it('formats euros and dates the German way in a de-DE draft', () => {
    const theInvoice = invoice({ currency: 'EUR', totalMinor: 123456 });
    const { context } = worked({ invoice: theInvoice, locale: 'de-DE' });
    expect(context.invoice.balance).toBe(`1.234,56${NBSP}€`);
    expect(context.invoice.dueDate).toBe('14.02.2026');
    const draft = renderBuiltIn('reminder', 'de-DE', context);
    expect(draft.subject).toBe('Freundliche Erinnerung: Rechnung INV-2026-014');
    expect(draft.text).toContain(`1.234,56${NBSP}€`);
    expect(draft.text).toContain('14.02.2026');
    expect(draft.text).not.toContain('1,234.56');
  });

  it('writes a German final notice in the Sie form with § 288 BGB default interest', () => {
    const theInvoice = invoice({ currency: 'EUR', totalMinor: 123456 });
    const policy = policyWith(
      { kind: 'statutory-de', baseRates: [{ from: '2025-07-01', rate: '1.27' }] },
      10,
    );
    const { context } = worked({ invoice: theInvoice, policy, locale: 'de-DE', templateId: 'final' });
    const draft = renderBuiltIn('final', 'de-DE', context);
    expect(draft.subject).toBe('Letzte Mahnung: Rechnung INV-2026-014, Zahlung bis 20.03.2026');
    expect(draft.text).toMatch(
      /^Guten Tag Jordan Ellis,\n\nich schreibe Ihnen wegen der Rechnung INV-2026-014/,
    );
    expect(draft.text).toContain(
      'Verzugszinsen von 9 Prozentpunkten über dem Basiszinssatz sowie die Verzugspauschale',
    );
    expect(draft.text).toContain(`Pauschalentschädigung: 40,00${NBSP}€`);
    expect(draft.text).toContain('Bitte überweisen Sie');
    expect(draft.text).toMatch(/Mit freundlichen Grüßen\nSam Okafor$/m);
  });

  it('puts a no-break space before French colons and spells French and Spanish months out', () => {
    const theInvoice = invoice({
      currency: 'EUR',
      totalMinor: 123456,
      payments: [{ date: '2026-02-20', amountMinor: 23456 }],
    });
    const fr = renderBuiltIn(
      'partial-ack',
      'fr-FR',
      worked({ invoice: theInvoice, locale: 'fr-FR' }).context,
    );
    expect(fr.text).toContain(`Reste à payer${NBSP}: 1${'\u202f'}000,00${NBSP}€`);
    expect(fr.text).toContain('reçu le 20 février 2026');
    const es = renderBuiltIn('reminder', 'es-ES', worked({ invoice: theInvoice, locale: 'es-ES' }).context);
    expect(es.subject).toBe('Recordatorio: factura INV-2026-014');
    expect(es.text).toContain('venció el 14 de febrero de 2026');
    expect(es.text).toContain(`quedan 1000,00${NBSP}€ por pagar`);
  });

  it('falls back to English for a locale without its own set, but keeps its number format', () => {
    const { context } = worked({
      invoice: invoice({ currency: 'EUR', totalMinor: 123456 }),
      locale: 'nl-NL',
    });
    const draft = renderBuiltIn('reminder', 'nl-NL', context);
    expect(draft.subject).toBe('Friendly reminder: invoice INV-2026-014');
    expect(draft.text).toContain(`€${NBSP}1.234,56`);
    expect(formatDate('2026-02-14', 'nl-NL')).toBe(context.invoice.dueDate);
  });
});

describe('untrusted values from mail', () => {
  const hostile = invoice({
    number: '{{sender.email}} <script>x</script>',
    client: {
      name: '<img src=x onerror=alert(1)>',
      email: 'x@example.test',
      company: '{{#each history.reminders}}{{/each}} & "Co"',
      business: true,
    },
  });

  it('are escaped in the html body and inert everywhere', () => {
    const { context } = worked({ invoice: hostile });
    for (const id of TEMPLATE_IDS) {
      const draft = renderBuiltIn(id, 'en-GB', context);
      expect(draft.html, id).not.toMatch(/<img|<script/);
      expect(draft.html, id).not.toContain('sam@okafordesign.example <');
      expect(draft.subject + draft.text + draft.html, id).not.toContain('sam@okafordesign.example <script');
    }
    const call = renderBuiltIn('call', 'en-GB', context);
    expect(call.html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(call.html).toContain('{{#each history.reminders}}{{/each}} &amp; &quot;Co&quot;');
    expect(call.html).toContain('{{sender.email}} &lt;script&gt;x&lt;/script&gt;');
  });

  it('stay as written in the subject and the plain-text body', () => {
    const { context } = worked({ invoice: hostile });
    const draft = renderBuiltIn('call', 'en-GB', context);
    expect(draft.subject).toBe(
      'Call script: <img src=x onerror=alert(1)>, invoice {{sender.email}} <script>x</script>',
    );
    expect(draft.text).toContain(
      'Contact: <img src=x onerror=alert(1)>, {{#each history.reminders}}{{/each}} & "Co"',
    );
  });
});
