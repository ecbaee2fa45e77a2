import { afterEach, describe, expect, it } from 'vitest';
import { type TemplateProblem, validateTemplate } from '../../../lib/drafts/validate.ts';

const where = (problems: TemplateProblem[]) =>
  problems.map(({ line, column, severity }) => [line, column, severity]);
const messages = (problems: TemplateProblem[]) => problems.map((problem) => problem.message);

describe('validateTemplate: syntax errors with their line and column', () => {
  it('points at an unfinished tag', () => {
    const problems = validateTemplate('Hello {{client.name', 'subject');
    expect(where(problems)).toEqual([[1, 16, 'error']]);
    expect(problems[0]?.message).toMatch(/^Syntax error/);
  });

  it('points at a tag closed with a single brace on a later line', () => {
    const source = 'Dear {{client.name}},\n\nYour balance is {{invoice.balance}.\nThanks';
    const problems = validateTemplate(source, 'body');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(3);
    expect(problems[0]?.column).toBeGreaterThanOrEqual(17);
    expect(problems[0]?.column).toBeLessThanOrEqual(35);
  });

  it('names a block closed by the wrong tag, at the opening block', () => {
    const problems = validateTemplate('Hi\n  {{#if invoice.hasPayments}}\n  paid\n  {{/each}}', 'body');
    expect(where(problems)).toEqual([[2, 6, 'error']]);
    expect(problems[0]?.message).toBe('{{#if}} is closed by {{/each}}: close it with {{/if}}');
  });

  it('reports a block that is never closed', () => {
    const problems = validateTemplate('{{#if invoice.hasPayments}}thanks', 'body');
    expect(messages(problems)).toEqual(['A block opened with {{#…}} is never closed: add its {{/…}}']);
  });

  it('reports a stray closing brace with its column', () => {
    const problems = validateTemplate('ab\ncd {{invoice.number}}}', 'body');
    expect(where(problems)).toEqual([[2, 20, 'error']]);
    expect(problems[0]?.message).toContain('}}}');
  });

  it('an empty subject or body is an error', () => {
    expect(messages(validateTemplate('  ', 'subject'))).toEqual(['The subject is empty']);
    expect(messages(validateTemplate('', 'body'))).toEqual(['The body is empty']);
  });
});

describe('validateTemplate: variables', () => {
  it('accepts every documented variable and the helpers', () => {
    const source = [
      '{{client.firstName}} {{invoice.balance}} {{daysOverdue}} {{fees.totalClaimable}} {{finalDeadline}}',
      '{{money invoice.balanceMinor invoice.currency}} {{date invoice.dueDateIso}} {{date todayIso style="long"}}',
      '{{plural daysOverdue "day" "days"}} {{plural 3 "week" "weeks"}} {{!-- a comment --}}',
      '{{#if fees.hasFees}}{{fees.basis}}{{else if promiseDate}}{{promiseDate}}{{else}}none{{/if}}',
      '{{#unless invoice.isPaid}}{{invoice.balance}}{{/unless}}',
    ].join('\n');
    expect(validateTemplate(source, 'body')).toEqual([]);
  });

  it('reports unknown variables where they are, with a suggestion', () => {
    const problems = validateTemplate('Hi {{client.nme}},\n  {{invoce.number}} {{balance}}', 'body');
    expect(where(problems)).toEqual([
      [1, 6, 'error'],
      [2, 5, 'error'],
      [2, 23, 'error'],
    ]);
    expect(messages(problems)).toEqual([
      'Unknown variable "client.nme" (did you mean client.name?)',
      'Unknown variable "invoce.number" (did you mean invoice.number?)',
      'Unknown variable "balance" (did you mean invoice.balance?)',
    ]);
  });

  it('knows the fields of each item inside #each, with this, @index, ../ and @root', () => {
    const source =
      '{{#each plan.instalments}}{{n}}. {{date}} {{amount}} {{this.amount}} {{./dateIso}} {{@index}} {{@first}} ' +
      '{{../client.name}} {{@root.invoice.number}}{{/each}}';
    expect(validateTemplate(source, 'body')).toEqual([]);
  });

  it('reports an outer variable used inside #each without ../ or @root', () => {
    const problems = validateTemplate(
      '{{#each history.reminders}}\n{{date}} {{client.name}}\n{{/each}}',
      'body',
    );
    expect(where(problems)).toEqual([[2, 12, 'error']]);
    expect(problems[0]?.message).toContain('for the outer variable write @root.client.name');
  });

  it('follows block params of #each', () => {
    const source = '{{#each history.calls as |call i|}}{{call.outcome}} {{i}} {{call.mood}}{{/each}}';
    const problems = validateTemplate(source, 'body');
    expect(where(problems)).toEqual([[1, 61, 'error']]);
    expect(problems[0]?.message).toContain('fields: date, outcome, note');
  });

  it('enters a group with #with', () => {
    expect(validateTemplate('{{#with client}}{{firstName}} {{company}}{{/with}}', 'body')).toEqual([]);
    expect(messages(validateTemplate('{{#with client}}{{balance}}{{/with}}', 'body'))).toEqual([
      'Unknown variable "balance" (did you mean invoice.balance?)',
    ]);
  });

  it('lines of text are reached with {{this}}', () => {
    expect(validateTemplate('{{#each sender.signatureLines}}{{this}}\n{{/each}}', 'body')).toEqual([]);
    expect(
      messages(validateTemplate('{{#each sender.signatureLines}}{{name}}{{/each}}', 'body'))[0],
    ).toContain('is a line of text');
  });

  it('@index outside #each has no value', () => {
    expect(messages(validateTemplate('{{@index}}', 'body'))).toEqual([
      '"@index" only has a value inside {{#each}}',
    ]);
  });

  it('a list or a group is not a value', () => {
    expect(messages(validateTemplate('{{plan.instalments}} {{client}}', 'body'))).toEqual([
      '"plan.instalments" is a list: use {{#each plan.instalments}}…{{/each}}',
      '"client" is a group of variables, not a value: name one of its fields',
    ]);
  });

  it('#each needs a list', () => {
    expect(messages(validateTemplate('{{#each client}}x{{/each}}', 'body'))).toEqual([
      '{{#each}} needs a list, such as plan.instalments or history.reminders',
    ]);
  });
});

describe('validateTemplate: helpers and forbidden constructs', () => {
  it('refuses triple braces, partials and decorators', () => {
    const problems = validateTemplate(
      '{{{client.name}}}\n{{& client.name}}\n{{> footer}}\n{{* inline}}',
      'body',
    );
    expect(where(problems)).toEqual([
      [1, 1, 'error'],
      [2, 1, 'error'],
      [3, 1, 'error'],
      [4, 1, 'error'],
    ]);
    expect(problems[0]?.message).toContain('Triple braces');
    expect(problems[2]?.message).toContain('Partials');
    expect(problems[3]?.message).toContain('Decorators');
  });

  it('refuses unknown helpers, lookup and log, and blocks that are not block helpers', () => {
    expect(messages(validateTemplate('{{shout client.name}}', 'body'))).toEqual([
      'Unknown helper "shout": the helpers are money, date and plural',
    ]);
    expect(messages(validateTemplate('{{lookup client "name"}}', 'body'))).toEqual([
      'Unknown helper "lookup": the helpers are money, date and plural',
    ]);
    expect(
      messages(validateTemplate('{{#money invoice.balanceMinor invoice.currency}}x{{/money}}', 'body'))[0],
    ).toBe(
      'Unknown block {{#money}} ("money" is not a block helper): blocks are #if, #unless, #each and #with',
    );
    expect(messages(validateTemplate('{{if invoice.isPaid}}', 'body'))).toEqual([
      '"if" is a block helper: write {{#if …}}…{{/if}}',
    ]);
  });

  it('checks how many values a helper takes and its options', () => {
    expect(messages(validateTemplate('{{money invoice.balanceMinor}}', 'body'))).toEqual([
      '"money" takes 2 values, as in {{money invoice.balanceMinor invoice.currency}}',
    ]);
    expect(messages(validateTemplate('{{plural daysOverdue "day"}}', 'body'))[0]).toContain('takes 3 values');
    expect(messages(validateTemplate('{{date invoice.dueDateIso style="short"}}', 'body'))).toEqual([
      'date style must be "medium" or "long"',
    ]);
    expect(
      messages(validateTemplate('{{money invoice.balanceMinor invoice.currency round=true}}', 'body')),
    ).toEqual(['"money" has no option "round"']);
    expect(
      messages(validateTemplate('{{#if invoice.isPaid invoice.hasPayments}}x{{/if}}', 'body'))[0],
    ).toContain('needs exactly one variable');
  });

  it('accepts helpers inside (…) and refuses other sub-expressions', () => {
    expect(
      validateTemplate('{{plural (money invoice.balanceMinor invoice.currency) "a" "b"}}', 'body'),
    ).toEqual([]);
    expect(messages(validateTemplate('{{plural (shout x) "a" "b"}}', 'body'))).toEqual([
      'Only the money, date and plural helpers can be used in (…)',
    ]);
  });

  it('warns that a subject on several lines becomes one', () => {
    const problems = validateTemplate('Invoice {{invoice.number}}\nis overdue', 'subject');
    expect(problems).toEqual([
      {
        line: 1,
        column: 27,
        severity: 'warning',
        message: 'A subject is one line: its line breaks will become spaces',
      },
    ]);
  });
});

describe('validateTemplate runs without eval', () => {
  const realFunction = globalThis.Function;
  afterEach(() => {
    globalThis.Function = realFunction;
  });

  it('parses and checks with the Function constructor disabled', () => {
    globalThis.Function = new Proxy(realFunction, {
      construct() {
        throw new Error('new Function called');
      },
      apply() {
        throw new Error('Function called');
      },
    });
    expect(validateTemplate('{{#each plan.instalments}}{{n}} {{amount}}{{/each}}', 'body')).toEqual([]);
    expect(where(validateTemplate('{{client.nme}}', 'body'))).toEqual([[1, 3, 'error']]);
  });
});
