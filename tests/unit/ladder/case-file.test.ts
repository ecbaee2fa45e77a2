import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, parseCaseFile } from '../../../lib/cli/case-file.ts';
import { InputError } from '../../../lib/cli/io.ts';
import { DEFAULT_POLICY } from '../../../lib/ladder/policy.ts';

const goodInvoice = {
  id: 'a1',
  number: 'INV-1042',
  currency: 'GBP',
  total: '5000.00',
  issueDate: '2025-12-16',
  dueDate: '2026-01-15',
  client: {
    name: 'Dana Whitfield',
    email: 'dana@example.test',
    company: 'Whitfield Joinery',
    business: true,
  },
  payments: [{ date: '2026-02-01', amount: '1000.00' }],
  events: [{ type: 'sent', step: 'reminder', date: '2026-01-16' }],
  state: { writtenOff: false, collections: false },
};

const caseText = (overrides: Record<string, unknown> = {}, invoice: Record<string, unknown> = {}) =>
  JSON.stringify({ today: '2026-03-16', invoices: [{ ...goodInvoice, ...invoice }], ...overrides }, null, 2);

function parseError(text: string): string {
  try {
    parseCaseFile(text, 'case.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the case file to be rejected');
}

describe('parseCaseFile', () => {
  it('reads a complete case into minor units and ladder events', () => {
    const parsed = parseCaseFile(
      caseText({
        locale: 'en-GB',
        sender: {
          name: 'Sam Ortiz',
          company: 'Ortiz Studio',
          email: 'sam@ortiz.test',
          paymentInstructions: 'Sort code 00-00-00',
        },
        policy: {
          ...DEFAULT_POLICY,
          steps: [{ id: 'nudge', offsetDays: 2, template: 'reminder', label: 'Nudge' }],
        },
      }),
      'case.json',
    );
    expect(parsed.today).toBe('2026-03-16');
    expect(parsed.sender).toEqual({
      name: 'Sam Ortiz',
      company: 'Ortiz Studio',
      email: 'sam@ortiz.test',
      paymentInstructions: 'Sort code 00-00-00',
      position: '',
      phone: '',
      signature: '',
    });
    expect(parsed.policy.steps).toEqual([
      { id: 'nudge', offsetDays: 2, templateId: 'reminder', label: 'Nudge' },
    ]);
    expect(parsed.invoices).toEqual([
      {
        id: 'a1',
        number: 'INV-1042',
        currency: 'GBP',
        totalMinor: 500_000,
        issueDate: '2025-12-16',
        dueDate: '2026-01-15',
        client: {
          name: 'Dana Whitfield',
          email: 'dana@example.test',
          company: 'Whitfield Joinery',
          business: true,
        },
        payments: [{ date: '2026-02-01', amountMinor: 100_000 }],
        events: [{ type: 'sent', step: 'reminder', date: '2026-01-16' }],
        state: { writtenOff: false, collections: false },
      },
    ]);
  });

  it('fills what is missing with the product defaults; a client is not a business unless it says so', () => {
    const parsed = parseCaseFile(
      JSON.stringify({
        today: '2026-03-16',
        policy: { minGapDays: 3 },
        invoices: [
          {
            id: 'a',
            number: '7',
            currency: 'JPY',
            total: '120000',
            dueDate: '2026-03-01',
            client: { name: 'Kenji' },
          },
        ],
      }),
      'case.json',
    );
    expect(parsed.locale).toBe('en-GB');
    expect(parsed.sender.name).toBe('');
    expect(parsed.policy).toEqual({ ...DEFAULT_POLICY, minGapDays: 3 });
    expect(parsed.invoices[0]).toMatchObject({
      totalMinor: 120_000,
      issueDate: null,
      client: { name: 'Kenji', email: null, company: null, business: false },
      payments: [],
      events: [],
      state: { writtenOff: false, collections: false },
    });
  });

  it('reads every event type', () => {
    const events = [
      { type: 'sent', step: 'reminder', date: '2026-01-16' },
      { type: 'call', outcome: 'promised', date: '2026-01-29' },
      { type: 'promise', until: '2026-02-10', date: '2026-01-29' },
      { type: 'dispute-opened', date: '2026-02-11' },
      { type: 'dispute-resolved', date: '2026-02-12' },
      { type: 'client-replied', date: '2026-02-13' },
      { type: 'plan-agreed', date: '2026-02-14', instalments: [{ date: '2026-03-01', amount: '2000.00' }] },
      { type: 'snoozed', until: '2026-03-20', date: '2026-03-10' },
    ];
    const parsed = parseCaseFile(caseText({}, { events }), 'case.json');
    expect(parsed.invoices[0]?.events[6]).toEqual({
      type: 'plan-agreed',
      date: '2026-02-14',
      instalments: [{ date: '2026-03-01', amountMinor: 200_000 }],
    });
    expect(parsed.invoices[0]?.events.map((event) => event.type)).toEqual(events.map((event) => event.type));
  });

  it('reads three-decimal KWD amounts and a flat fee in fils', () => {
    const parsed = parseCaseFile(
      caseText(
        { policy: { fees: { kind: 'flat', amount: '5.250' } } },
        { currency: 'KWD', total: '1250.500', payments: [] },
      ),
      'case.json',
    );
    expect(parsed.invoices[0]?.totalMinor).toBe(1_250_500);
  });

  const badCases: { name: string; text: string; message: string }[] = [
    {
      name: 'an impossible calendar date',
      text: caseText({}, { dueDate: '2026-02-31' }),
      message: 'case.json: invoices[0].dueDate: "2026-02-31" is not a real calendar date (YYYY-MM-DD)',
    },
    {
      name: 'a date in another format',
      text: caseText({ today: '16/03/2026' }),
      message: 'case.json: today: "16/03/2026" is not a date in the form YYYY-MM-DD',
    },
    {
      name: 'an unknown currency',
      text: caseText({}, { currency: 'XYZ' }),
      message: 'case.json: invoices[0].currency: unknown currency "XYZ"',
    },
    {
      name: 'an unknown step in a sent event',
      text: caseText(
        {},
        {
          events: [
            goodInvoice.events[0],
            goodInvoice.events[0],
            { type: 'sent', step: 'nag', date: '2026-01-20' },
          ],
        },
      ),
      message:
        'case.json: invoices[0].events[2].step: unknown step "nag" (known: courtesy, reminder, follow-up, call, final, ' +
        'collections, due-today, plan-proposal, plan-confirmation, discount-offer, partial-ack, thank-you)',
    },
    {
      name: 'an unknown step in the policy',
      text: caseText({ policy: { steps: [{ id: 'nag', offsetDays: 3 }] } }),
      message:
        'case.json: policy.steps[0].id: unknown step "nag" (known: courtesy, due-today, reminder, follow-up, call, final, ' +
        'plan-proposal, plan-confirmation, discount-offer, partial-ack, thank-you, collections; ' +
        'a step of your own needs "template": "<one of these>")',
    },
    {
      name: 'a missing due date',
      text: caseText({}, { dueDate: undefined }),
      message: 'case.json: invoices[0].dueDate: missing (a due date YYYY-MM-DD is required)',
    },
    {
      name: 'a missing today',
      text: JSON.stringify({ invoices: [] }),
      message: 'case.json: today: missing (the date to plan for, YYYY-MM-DD is required)',
    },
    {
      name: 'a missing client name',
      text: caseText({}, { client: { email: 'x@y.test' } }),
      message: "case.json: invoices[0].client.name: missing (the client's name is required)",
    },
    {
      name: 'an amount given as a JSON number',
      text: caseText({}, { total: 5000 }),
      message:
        'case.json: invoices[0].total: expected "1250.00" as a decimal string (in quotes), got the number 5000',
    },
    {
      name: 'more decimals than the currency has',
      text: caseText({}, { currency: 'JPY', total: '5000.50', payments: [] }),
      message: 'case.json: invoices[0].total: "5000.50" has 2 decimals but JPY has 0',
    },
    {
      name: 'a negative payment',
      text: caseText({}, { payments: [{ date: '2026-02-01', amount: '-10.00' }] }),
      message: 'case.json: invoices[0].payments[0].amount: must not be negative, got "-10.00"',
    },
    {
      name: 'a flat fee with more decimals than an invoice currency allows',
      text: caseText(
        { policy: { fees: { kind: 'flat', amount: '25.50' } } },
        { currency: 'JPY', total: '5000', payments: [] },
      ),
      message: 'case.json: policy.fees.amount: "25.50" has 2 decimals but JPY has 0 (invoices[0] is in JPY)',
    },
    {
      name: 'a statutory rate list that does not reach back far enough',
      text: caseText({
        policy: { fees: { kind: 'statutory-uk', referenceRates: [{ from: '2026-02-05', rate: '3.50' }] } },
      }),
      message:
        'case.json: policy.fees.referenceRates: no rate in force on 2025-12-31 (the earliest entry is from 2026-02-05), needed for invoices[0]',
    },
    {
      name: 'an unknown event type',
      text: caseText({}, { events: [{ type: 'emailed', date: '2026-01-16' }] }),
      message:
        'case.json: invoices[0].events[0].type: unknown event type "emailed" (known: sent, call, promise, dispute-opened, ' +
        'dispute-resolved, client-replied, plan-agreed, snoozed)',
    },
    {
      name: 'a promise without its date',
      text: caseText({}, { events: [{ type: 'promise', date: '2026-01-16' }] }),
      message: 'case.json: invoices[0].events[0].until: missing (the promised date is required)',
    },
    {
      name: 'two invoices with one id',
      text: JSON.stringify({ today: '2026-03-16', invoices: [goodInvoice, goodInvoice] }),
      message: 'case.json: invoices[1].id: "a1" is already the id of invoices[0]',
    },
    {
      name: 'a due date before the issue date',
      text: caseText({}, { issueDate: '2026-02-01' }),
      message: 'case.json: invoices[0].dueDate: 2026-01-15 is before the issueDate 2026-02-01',
    },
    {
      name: 'a fractional gap',
      text: caseText({ policy: { minGapDays: 2.5 } }),
      message: 'case.json: policy.minGapDays: expected a whole number of days, got the number 2.5',
    },
    {
      name: 'an invalid locale',
      text: caseText({ locale: 'english please' }),
      message: 'case.json: locale: "english please" is not a language tag such as en-GB or de-DE',
    },
    {
      name: 'a list at the top level',
      text: '[]',
      message: 'case.json: expected a case file object with "today", "policy" and "invoices", got a list',
    },
    {
      name: 'a trailing comma, with its line and column',
      text: '{\n  "today": "2026-03-16",\n  "invoices": [],\n}\n',
      message:
        "case.json: not valid JSON (Unexpected token '}' at line 4 column 1, expected a property name in double quotes)",
    },
    {
      name: 'a missing value',
      text: '{\n  "today": "2026-03-16",\n  "invoices": [,]\n}',
      message:
        "case.json: not valid JSON (Unexpected token ',' at line 3 column 16, expected a value: an object, a list, " +
        'a "string", a number, true, false or null)',
    },
    {
      name: 'a text file that is not JSON at all',
      text: 'Invoice 1042, due 15 January\n',
      message:
        "case.json: not valid JSON (Unexpected token 'I' at line 1 column 1, expected a value: an object, a list, " +
        'a "string", a number, true, false or null)',
    },
    {
      name: 'an empty file',
      text: '',
      message:
        'case.json: not valid JSON (Unexpected end of input at line 1 column 1, expected a value: an object, a list, ' +
        'a "string", a number, true, false or null)',
    },
    {
      name: 'a file cut short',
      text: '{\n  "today": "2026-03-16",\n  "invoices": [\n',
      message:
        'case.json: not valid JSON (Unexpected end of input at line 4 column 1, expected a value: an object, a list, a "string", a number, true, false or null)',
    },
  ];

  it.each(badCases)('rejects $name, naming the file and the JSON path', ({ text, message }) => {
    expect(parseError(text)).toBe(message);
  });
});

describe('findJsonSyntaxError', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of ['0', '-1.5e+3', '"\\u00e9\\n"', '{"a":[1,true,null,{"b":"c"}]}', ' [ ] ']) {
      expect(findJsonSyntaxError(text)).toBeNull();
    }
  });

  it('finds the first error', () => {
    expect(findJsonSyntaxError('{"a": 01}')).toEqual({ offset: 7, expected: 'a comma or a closing }' });
    expect(findJsonSyntaxError("{'a': 1}")).toEqual({
      offset: 1,
      expected: 'a property name in double quotes',
    });
    expect(findJsonSyntaxError('[1] 2')).toEqual({
      offset: 4,
      expected: 'the end of the file after the top-level value',
    });
  });
});
