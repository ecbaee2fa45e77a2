import Handlebars from 'handlebars';
import Runtime from 'handlebars/runtime';
import { describe, expect, it, vi } from 'vitest';
import { renderBuiltIn } from '../../../lib/drafts/render.ts';
import { sampleDraftContext } from '../../../lib/drafts/sample-context.ts';
import {
  type CompileTemplate,
  compileUserTemplate,
  renderUserTemplate,
  textToHtml,
} from '../../../lib/drafts/user-template.ts';
import { invoice, worked } from './worked-invoices.ts';

const compile: CompileTemplate = Handlebars.compile;
const context = sampleDraftContext('en-GB');

describe('user templates', () => {
  it('render a plain-text body and derive the html from it', () => {
    const result = renderUserTemplate(
      compile,
      {
        subject: 'Invoice {{invoice.number}} – {{plural daysOverdue "day" "days"}} late',
        body: 'Hi {{client.firstName}},\n\nStill open: {{invoice.balance}}\nDue since {{invoice.dueDate}}.\n\nThanks,\n{{sender.name}}',
      },
      context,
    );
    expect(result).toEqual({
      ok: true,
      draft: {
        subject: 'Invoice INV-2026-014 – 24 days late',
        text: 'Hi Jordan,\n\nStill open: £1,800.00\nDue since 14 Feb 2026.\n\nThanks,\nSam Okafor',
        html: '<p>Hi Jordan,</p>\n<p>Still open: £1,800.00<br>\nDue since 14 Feb 2026.</p>\n<p>Thanks,<br>\nSam Okafor</p>',
      },
    });
  });

  it('render the same as a built-in when given the built-in text (same helpers on both paths)', () => {
    const { context: worked1 } = worked({
      invoice: invoice({ payments: [{ date: '2026-02-20', amountMinor: 60000 }] }),
    });
    const builtIn = renderBuiltIn('follow-up', 'en-GB', worked1);
    const user = renderUserTemplate(
      compile,
      {
        subject: '{{plural daysOverdue "day" "days"}} {{money invoice.balanceMinor invoice.currency}}',
        body: 'x',
      },
      worked1,
    );
    expect(builtIn.text).toContain('24 days overdue');
    expect(user.ok && user.draft.subject).toBe('24 days £1,800.00');
  });

  it('escape client data once, in the derived html, and leave the text plain', () => {
    const { context: hostile } = worked({
      invoice: invoice({
        client: {
          name: '<img src=x onerror=alert(1)>',
          email: null,
          company: '{{sender.email}}',
          business: true,
        },
      }),
    });
    const result = renderUserTemplate(
      compile,
      { subject: 'For {{client.name}}', body: 'Dear {{client.name}} of {{client.company}} & co' },
      hostile,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.subject).toBe('For <img src=x onerror=alert(1)>');
    expect(result.draft.text).toBe('Dear <img src=x onerror=alert(1)> of {{sender.email}} & co');
    expect(result.draft.html).toBe(
      '<p>Dear &lt;img src=x onerror=alert(1)&gt; of {{sender.email}} &amp; co</p>',
    );
  });

  it('render nothing for prototype properties (Handlebars 4.7 defaults)', () => {
    const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
    const compiled = compile('[{{constructor.name}}][{{__proto__}}][{{client.constructor}}]', {
      noEscape: true,
      knownHelpers: {},
      knownHelpersOnly: true,
      strict: false,
    });
    expect(compiled(context, { helpers: {} })).toBe('[][][]');
    warn.mockRestore();
  });

  it('render nothing for prototype properties on the precompiled runtime path either', () => {
    const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
    const spec = Handlebars.precompile('[{{constructor.name}}][{{__proto__}}][{{invoice.constructor.name}}]');
    // Node only: the extension never evaluates a spec, it imports the generated module.
    const template = Runtime.template(new Function(`return ${spec}`)());
    expect(template(context)).toBe('[][][]');
    warn.mockRestore();
  });

  it('are refused with their problems instead of rendering half a draft', () => {
    const result = renderUserTemplate(
      compile,
      { subject: 'Invoice {{invoice.numbr}}', body: 'Hi {{client.name}\n\n{{{client.name}}}' },
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(({ part, line }) => [part, line])).toEqual([
      ['subject', 1],
      ['body', 1],
    ]);
  });

  it('keep warnings but still render', () => {
    const compiled = compileUserTemplate(compile, { subject: 'Invoice\n{{invoice.number}}', body: 'ok' });
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    expect(compiled.warnings.map((warning) => warning.severity)).toEqual(['warning']);
    const rendered = compiled.render(context);
    expect(rendered.ok && rendered.draft.subject).toBe('Invoice INV-2026-014');
  });

  it('compile once and render many times', () => {
    let compiles = 0;
    const counting: CompileTemplate = (source, options) => {
      compiles += 1;
      return compile(source, options);
    };
    const compiled = compileUserTemplate(counting, {
      subject: '{{invoice.number}}',
      body: '{{client.name}}',
    });
    if (!compiled.ok) throw new Error('expected to compile');
    for (let i = 0; i < 5; i += 1) compiled.render(context);
    expect(compiles).toBe(2);
  });

  it('report a compiler failure as a problem rather than throwing', () => {
    const broken: CompileTemplate = () => {
      throw new Error('sandbox unavailable');
    };
    expect(renderUserTemplate(broken, { subject: 'a', body: 'b' }, context)).toEqual({
      ok: false,
      problems: [
        {
          part: 'subject',
          line: 1,
          column: 1,
          severity: 'error',
          message: 'The template could not be used: sandbox unavailable',
        },
      ],
    });
  });
});

describe('textToHtml', () => {
  it('turns blank-line paragraphs into <p> and single newlines into <br>, escaping everything', () => {
    expect(textToHtml('One\ntwo\n\n\nThree <b> & "four"\n\n')).toBe(
      '<p>One<br>\ntwo</p>\n<p>Three &lt;b&gt; &amp; &quot;four&quot;</p>',
    );
  });
});
