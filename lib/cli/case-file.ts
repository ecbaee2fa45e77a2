import { type IsoDate, isIsoDate } from '../dates/calendar.ts';
import { assessFees } from '../ladder/fees.ts';
import {
  DEFAULT_POLICY,
  describeValue,
  FEE_KINDS,
  isTemplateId,
  knownSentStepIds,
  TEMPLATE_IDS,
} from '../ladder/policy.ts';
import type { DatedRate, FeePolicy, Instalment, LadderEvent, LadderStep, Policy } from '../ladder/types.ts';
import { parseDecimal } from '../money/amount.ts';
import { isKnownCurrency } from '../money/currencies.ts';
import type { CaseFile, CaseInvoice, CaseSender } from './case-types.ts';
import { InputError } from './io.ts';

/*
 * Decisions about the case-file format, beyond the contract:
 * - Amounts, rates and percents must be JSON strings ("1250.00", "4.25"); a JSON number is rejected
 *   so a float never silently rounds money. Amounts may not have more decimals than the currency has.
 * - Required: today, invoices, and per invoice id (unique), number, currency, total, dueDate and
 *   client.name. Everything else has a default: locale "en-GB", sender fields "", the product's
 *   default policy key by key, client.business false (statutory interest then stays zero),
 *   email/company null, payments and events [], state flags false.
 * - statutory-eu compensation defaults to "40" in the invoice's currency.
 * - A statutory rate list must cover every day a business invoice accrues interest; a missing rate
 *   is an input error, not a silent zero.
 * - Keys the format does not know are ignored.
 */

const EVENT_TYPES = [
  'sent',
  'call',
  'promise',
  'dispute-opened',
  'dispute-resolved',
  'client-replied',
  'plan-agreed',
  'snoozed',
] as const;

const SENDER_FIELDS = [
  'name',
  'company',
  'email',
  'paymentInstructions',
  'position',
  'phone',
  'signature',
] as const;

type JsonObject = Record<string, unknown>;

/** Parses and validates a case file; any problem throws an InputError naming the file and the JSON path. */
export function parseCaseFile(text: string, fileName: string): CaseFile {
  const input: CaseInput = new CaseInput(fileName);
  const json = input.parseJson(text);
  const root = input.object(json, '', 'a case file object with "today", "policy" and "invoices"');
  const today = input.date(input.required(root, 'today', '', 'the date to plan for, YYYY-MM-DD'), 'today');
  const locale = root.locale === undefined ? 'en-GB' : input.locale(root.locale, 'locale');
  const sender = input.sender(root.sender);
  const policy = input.policy(root.policy);
  const invoicesValue = input.required(root, 'invoices', '', 'a list of invoices');
  if (!Array.isArray(invoicesValue))
    input.fail('invoices', `expected a list of invoices, got ${describeValue(invoicesValue)}`);
  const ids = new Map<string, number>();
  const invoices = invoicesValue.map((value, index) => {
    const path = `invoices[${index}]`;
    const invoice = input.invoice(value, path, policy);
    const earlier = ids.get(invoice.id);
    if (earlier !== undefined)
      input.fail(`${path}.id`, `"${invoice.id}" is already the id of invoices[${earlier}]`);
    ids.set(invoice.id, index);
    input.checkFeesFor(invoice, path, policy.fees, today);
    return invoice;
  });
  return { today, locale, sender, policy, invoices };
}

class CaseInput {
  constructor(private readonly fileName: string) {}

  fail(path: string, message: string): never {
    throw new InputError(path ? `${this.fileName}: ${path}: ${message}` : `${this.fileName}: ${message}`);
  }

  parseJson(text: string): unknown {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    try {
      return JSON.parse(body);
    } catch (error) {
      this.fail('', `not valid JSON (${describeJsonError(body, (error as Error).message)})`);
    }
  }

  object(value: unknown, path: string, what: string): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, `expected ${what}, got ${describeValue(value)}`);
    }
    return value as JsonObject;
  }

  required(object: JsonObject, key: string, path: string, what: string): unknown {
    const value = object[key];
    if (value === undefined) this.fail(join(path, key), `missing (${what} is required)`);
    return value;
  }

  text(value: unknown, path: string): string {
    if (typeof value !== 'string') this.fail(path, `expected text, got ${describeValue(value)}`);
    return value;
  }

  optionalText(object: JsonObject, key: string, path: string): string | null {
    const value = object[key];
    return value === undefined || value === null ? null : this.text(value, join(path, key));
  }

  date(value: unknown, path: string): IsoDate {
    if (typeof value !== 'string') this.fail(path, `expected a date YYYY-MM-DD, got ${describeValue(value)}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
      this.fail(path, `"${value}" is not a date in the form YYYY-MM-DD`);
    if (!isIsoDate(value)) this.fail(path, `"${value}" is not a real calendar date (YYYY-MM-DD)`);
    return value;
  }

  days(value: unknown, path: string, allowNegative: boolean): number {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.fail(path, `expected a whole number of days, got ${describeValue(value)}`);
    }
    if (!allowNegative && value < 0) this.fail(path, `must be 0 or more, got ${value}`);
    return value;
  }

  boolean(object: JsonObject, key: string, path: string): boolean {
    const value = object[key];
    if (value === undefined) return false;
    if (typeof value !== 'boolean')
      this.fail(join(path, key), `expected true or false, got ${describeValue(value)}`);
    return value;
  }

  locale(value: unknown, path: string): string {
    const locale = this.text(value, path);
    try {
      const [canonical] = Intl.getCanonicalLocales(locale);
      if (canonical) return canonical;
    } catch {
      // reported below
    }
    this.fail(path, `"${locale}" is not a language tag such as en-GB or de-DE`);
  }

  /** A non-negative decimal string; with a currency, parsed to its minor units. */
  decimal(value: unknown, path: string, example: string, allowNegative = false): string {
    if (typeof value !== 'string') {
      this.fail(path, `expected ${example} as a decimal string (in quotes), got ${describeValue(value)}`);
    }
    if (!/^-?\d+(\.\d+)?$/.test(value.trim()))
      this.fail(path, `"${value}" is not a decimal number like ${example}`);
    if (!allowNegative && value.trim().startsWith('-'))
      this.fail(path, `must not be negative, got "${value}"`);
    return value.trim();
  }

  amount(value: unknown, path: string, currency: string): number {
    const text = this.decimal(value, path, '"1250.00"');
    const parsed = parseDecimal(text, currency);
    if (!parsed.ok) this.fail(path, parsed.error);
    return parsed.minor;
  }

  list(object: JsonObject, key: string, path: string): unknown[] {
    const value = object[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(join(path, key), `expected a list, got ${describeValue(value)}`);
    return value;
  }

  sender(value: unknown): CaseSender {
    const sender: CaseSender = {
      name: '',
      company: '',
      email: '',
      paymentInstructions: '',
      position: '',
      phone: '',
      signature: '',
    };
    if (value === undefined || value === null) return sender;
    const object = this.object(
      value,
      'sender',
      'an object with name, company, email and paymentInstructions',
    );
    for (const field of SENDER_FIELDS) sender[field] = this.optionalText(object, field, 'sender') ?? '';
    return sender;
  }

  policy(value: unknown): Policy {
    if (value === undefined || value === null) return DEFAULT_POLICY;
    const object = this.object(
      value,
      'policy',
      'a policy object (steps, minGapDays, finalDeadlineDays, fees)',
    );
    return {
      steps: object.steps === undefined ? DEFAULT_POLICY.steps : this.steps(object.steps, 'policy.steps'),
      minGapDays:
        object.minGapDays === undefined
          ? DEFAULT_POLICY.minGapDays
          : this.days(object.minGapDays, 'policy.minGapDays', false),
      finalDeadlineDays:
        object.finalDeadlineDays === undefined
          ? DEFAULT_POLICY.finalDeadlineDays
          : this.days(object.finalDeadlineDays, 'policy.finalDeadlineDays', false),
      fees: object.fees === undefined ? DEFAULT_POLICY.fees : this.fees(object.fees, 'policy.fees'),
    };
  }

  steps(value: unknown, path: string): LadderStep[] {
    if (!Array.isArray(value)) this.fail(path, `expected a list of steps, got ${describeValue(value)}`);
    const seen = new Set<string>();
    return value.map((item, index) => {
      const at = `${path}[${index}]`;
      const object = this.object(item, at, 'a step like {"id": "reminder", "offsetDays": 1}');
      const id = this.text(this.required(object, 'id', at, 'a step id'), `${at}.id`);
      if (id === '') this.fail(`${at}.id`, 'must not be empty');
      if (seen.has(id)) this.fail(`${at}.id`, `step "${id}" appears twice in the ladder`);
      seen.add(id);
      const template = object.template;
      if (template !== undefined && !isTemplateId(template)) {
        this.fail(
          `${at}.template`,
          `unknown template ${describeValue(template)} (known: ${TEMPLATE_IDS.join(', ')})`,
        );
      }
      if (template === undefined && !isTemplateId(id)) {
        this.fail(
          `${at}.id`,
          `unknown step "${id}" (known: ${TEMPLATE_IDS.join(', ')}; a step of your own needs "template": "<one of these>")`,
        );
      }
      const step: LadderStep = {
        id,
        offsetDays: this.days(
          this.required(object, 'offsetDays', at, 'days from the due date'),
          `${at}.offsetDays`,
          true,
        ),
      };
      if (template !== undefined) step.templateId = template;
      const label = this.optionalText(object, 'label', at);
      if (label) step.label = label;
      return step;
    });
  }

  fees(value: unknown, path: string): FeePolicy {
    const object = this.object(value, path, '{"kind": "none"} or another fee policy');
    const kind = this.required(object, 'kind', path, `the fee kind (${FEE_KINDS.join(', ')})`);
    switch (kind) {
      case 'none':
        return { kind };
      case 'flat':
        return {
          kind,
          amount: this.decimal(this.required(object, 'amount', path, 'the fee'), `${path}.amount`, '"25.00"'),
        };
      case 'percent-per-month':
        return {
          kind,
          percent: this.decimal(
            this.required(object, 'percent', path, 'the monthly percent'),
            `${path}.percent`,
            '"1.5"',
          ),
        };
      case 'statutory-uk':
        return { kind, referenceRates: this.rates(object, 'referenceRates', path) };
      case 'statutory-eu':
        return {
          kind,
          referenceRates: this.rates(object, 'referenceRates', path),
          compensation:
            object.compensation === undefined
              ? '40'
              : this.decimal(object.compensation, `${path}.compensation`, '"40.00"'),
        };
      case 'statutory-de':
        return { kind, baseRates: this.rates(object, 'baseRates', path) };
      default:
        this.fail(`${path}.kind`, `unknown fee kind ${describeValue(kind)} (known: ${FEE_KINDS.join(', ')})`);
    }
  }

  rates(object: JsonObject, key: string, path: string): DatedRate[] {
    const at = join(path, key);
    const value = this.required(
      object,
      key,
      path,
      'a list of dated rates like [{"from": "2025-08-07", "rate": "4.00"}]',
    );
    if (!Array.isArray(value) || value.length === 0) {
      this.fail(
        at,
        `expected a non-empty list of dated rates like [{"from": "2025-08-07", "rate": "4.00"}], got ${describeValue(value)}`,
      );
    }
    const seen = new Set<string>();
    return value.map((item, index) => {
      const entryPath = `${at}[${index}]`;
      const entry = this.object(item, entryPath, 'a dated rate like {"from": "2025-08-07", "rate": "4.00"}');
      const from = this.date(
        this.required(entry, 'from', entryPath, 'the date the rate took effect'),
        `${entryPath}.from`,
      );
      if (seen.has(from)) this.fail(`${entryPath}.from`, `two rates start on ${from}`);
      seen.add(from);
      const rate = this.decimal(
        this.required(entry, 'rate', entryPath, 'the rate'),
        `${entryPath}.rate`,
        '"4.00"',
        true,
      );
      return { from, rate };
    });
  }

  invoice(value: unknown, path: string, policy: Policy): CaseInvoice {
    const object = this.object(value, path, 'an invoice object');
    const id = this.text(this.required(object, 'id', path, 'an id'), `${path}.id`);
    if (id === '') this.fail(`${path}.id`, 'must not be empty');
    const number = this.text(this.required(object, 'number', path, 'the invoice number'), `${path}.number`);
    const currency = this.text(
      this.required(object, 'currency', path, 'an ISO 4217 currency code'),
      `${path}.currency`,
    );
    if (!isKnownCurrency(currency)) this.fail(`${path}.currency`, `unknown currency "${currency}"`);
    const totalMinor = this.amount(
      this.required(object, 'total', path, 'the invoice total'),
      `${path}.total`,
      currency,
    );
    const issueDate =
      object.issueDate === undefined || object.issueDate === null
        ? null
        : this.date(object.issueDate, `${path}.issueDate`);
    const dueDate = this.date(
      this.required(object, 'dueDate', path, 'a due date YYYY-MM-DD'),
      `${path}.dueDate`,
    );
    if (issueDate && dueDate < issueDate)
      this.fail(`${path}.dueDate`, `${dueDate} is before the issueDate ${issueDate}`);

    const clientPath = `${path}.client`;
    const client = this.object(
      this.required(object, 'client', path, 'the client'),
      clientPath,
      'a client object',
    );
    const invoice: CaseInvoice = {
      id,
      number,
      currency,
      totalMinor,
      issueDate,
      dueDate,
      client: {
        name: this.text(this.required(client, 'name', clientPath, "the client's name"), `${clientPath}.name`),
        email: this.optionalText(client, 'email', clientPath),
        company: this.optionalText(client, 'company', clientPath),
        business: this.boolean(client, 'business', clientPath),
      },
      payments: this.list(object, 'payments', path).map((item, index) => {
        const at = `${path}.payments[${index}]`;
        const payment = this.object(item, at, 'a payment like {"date": "2026-02-01", "amount": "1000.00"}');
        return {
          date: this.date(this.required(payment, 'date', at, 'the payment date'), `${at}.date`),
          amountMinor: this.amount(
            this.required(payment, 'amount', at, 'the amount paid'),
            `${at}.amount`,
            currency,
          ),
        };
      }),
      events: this.list(object, 'events', path).map((item, index) =>
        this.event(item, `${path}.events[${index}]`, policy, currency),
      ),
      state: { writtenOff: false, collections: false },
    };
    if (object.state !== undefined && object.state !== null) {
      const state = this.object(
        object.state,
        `${path}.state`,
        'an object like {"writtenOff": false, "collections": false}',
      );
      invoice.state = {
        writtenOff: this.boolean(state, 'writtenOff', `${path}.state`),
        collections: this.boolean(state, 'collections', `${path}.state`),
      };
    }
    return invoice;
  }

  event(value: unknown, path: string, policy: Policy, currency: string): LadderEvent {
    const object = this.object(
      value,
      path,
      'an event like {"type": "sent", "step": "reminder", "date": "2026-01-16"}',
    );
    const type = this.required(object, 'type', path, `the event type (${EVENT_TYPES.join(', ')})`);
    if (!(EVENT_TYPES as readonly unknown[]).includes(type)) {
      this.fail(
        `${path}.type`,
        `unknown event type ${describeValue(type)} (known: ${EVENT_TYPES.join(', ')})`,
      );
    }
    const date = this.date(this.required(object, 'date', path, 'the date it happened'), `${path}.date`);
    switch (type as (typeof EVENT_TYPES)[number]) {
      case 'sent': {
        const step = this.text(this.required(object, 'step', path, 'the step sent'), `${path}.step`);
        const known = knownSentStepIds(policy);
        if (!known.includes(step))
          this.fail(`${path}.step`, `unknown step "${step}" (known: ${known.join(', ')})`);
        return { type: 'sent', date, step };
      }
      case 'call':
        return {
          type: 'call',
          date,
          outcome: this.text(this.required(object, 'outcome', path, 'the call outcome'), `${path}.outcome`),
        };
      case 'promise':
        return {
          type: 'promise',
          date,
          until: this.date(this.required(object, 'until', path, 'the promised date'), `${path}.until`),
        };
      case 'snoozed':
        return {
          type: 'snoozed',
          date,
          until: this.date(this.required(object, 'until', path, 'the last snoozed day'), `${path}.until`),
        };
      case 'plan-agreed':
        return { type: 'plan-agreed', date, instalments: this.instalments(object, path, currency) };
      case 'dispute-opened':
        return { type: 'dispute-opened', date };
      case 'dispute-resolved':
        return { type: 'dispute-resolved', date };
      case 'client-replied':
        return { type: 'client-replied', date };
    }
  }

  instalments(object: JsonObject, path: string, currency: string): Instalment[] {
    const at = `${path}.instalments`;
    const value = this.required(object, 'instalments', path, 'the agreed instalments');
    if (!Array.isArray(value) || value.length === 0) {
      this.fail(
        at,
        `expected a non-empty list like [{"date": "2026-04-01", "amount": "500.00"}], got ${describeValue(value)}`,
      );
    }
    return value.map((item, index) => {
      const entryPath = `${at}[${index}]`;
      const entry = this.object(
        item,
        entryPath,
        'an instalment like {"date": "2026-04-01", "amount": "500.00"}',
      );
      return {
        date: this.date(this.required(entry, 'date', entryPath, 'the instalment date'), `${entryPath}.date`),
        amountMinor: this.amount(
          this.required(entry, 'amount', entryPath, 'the instalment amount'),
          `${entryPath}.amount`,
          currency,
        ),
      };
    });
  }

  /** Amounts in the fee policy must fit each invoice's currency; statutory rates must cover its late days. */
  checkFeesFor(invoice: CaseInvoice, path: string, fees: FeePolicy, today: IsoDate): void {
    const inCurrency = (text: string, field: string) => {
      const parsed = parseDecimal(text, invoice.currency);
      if (!parsed.ok)
        this.fail(`policy.fees.${field}`, `${parsed.error} (${path} is in ${invoice.currency})`);
    };
    if (fees.kind === 'flat') inCurrency(fees.amount, 'amount');
    if (fees.kind === 'statutory-eu' && invoice.client.business)
      inCurrency(fees.compensation, 'compensation');
    const [problem] = assessFees(invoice, fees, today).problems;
    if (problem) {
      // fee problems read "<field>: <what is wrong>", the field being a key of policy.fees
      const [, field = '', message = problem] = /^(\w+): (.*)$/.exec(problem) ?? [];
      this.fail(`policy.fees${field ? `.${field}` : ''}`, `${message}, needed for ${path}`);
    }
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/*
 * JSON.parse's messages differ between engines and often omit the position, so on failure the text is
 * scanned again to find where the first error is and say it as a line and column.
 */
function describeJsonError(text: string, engineMessage: string): string {
  let found: { offset: number; expected: string } | null;
  try {
    found = findJsonSyntaxError(text);
  } catch {
    found = null; // nesting too deep to scan: fall back to the engine's words
  }
  if (!found) return engineMessage;
  const { line, column } = lineAndColumn(text, found.offset);
  const token =
    found.offset >= text.length
      ? 'Unexpected end of input'
      : `Unexpected token ${quoteChar(text, found.offset)}`;
  return `${token} at line ${line} column ${column}, expected ${found.expected}`;
}

function quoteChar(text: string, offset: number): string {
  const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
  return char < ' ' ? JSON.stringify(char) : `'${char}'`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text[index] === '\n') {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class JsonSyntaxError {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

/** The offset of the first syntax error and what was expected there; null if the text is valid JSON. */
export function findJsonSyntaxError(text: string): { offset: number; expected: string } | null {
  let at = 0;
  const fail = (expected: string): never => {
    throw new JsonSyntaxError(at, expected);
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail(`the literal ${word}`);
      at++;
    }
  };
  const string = () => {
    at++; // opening quote
    for (;;) {
      if (at >= text.length) fail('a closing double quote');
      const char = text[at]!;
      if (char === '"') {
        at++;
        return;
      }
      if (char < ' ') fail('no raw control characters inside a string (escape them)');
      if (char === '\\') {
        at++;
        const escaped = text[at];
        if (escaped === 'u') {
          for (let digit = 1; digit <= 4; digit++) {
            if (!/[0-9a-fA-F]/.test(text[at + digit] ?? '')) {
              at += digit;
              fail('four hex digits after \\u');
            }
          }
          at += 5;
          continue;
        }
        if (escaped === undefined || !'"\\/bfnrt'.includes(escaped))
          fail('an escape such as \\n, \\" or \\u00e9');
      }
      at++;
    }
  };
  const digits = () => {
    if (!/[0-9]/.test(text[at] ?? '')) fail('a digit');
    while (/[0-9]/.test(text[at] ?? '')) at++;
  };
  const number = () => {
    if (text[at] === '-') at++;
    if (text[at] === '0') at++;
    else digits();
    if (text[at] === '.') {
      at++;
      digits();
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at++;
      if (text[at] === '+' || text[at] === '-') at++;
      digits();
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text[at];
    if (char === '{') object();
    else if (char === '[') array();
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else fail('a value: an object, a list, a "string", a number, true, false or null');
  };
  const object = () => {
    at++;
    skipSpace();
    if (text[at] === '}') {
      at++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[at] !== '"') fail('a property name in double quotes');
      string();
      skipSpace();
      if (text[at] !== ':') fail('a colon after the property name');
      at++;
      value();
      skipSpace();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === '}') {
        at++;
        return;
      }
      fail('a comma or a closing }');
    }
  };
  const array = () => {
    at++;
    skipSpace();
    if (text[at] === ']') {
      at++;
      return;
    }
    for (;;) {
      value();
      skipSpace();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === ']') {
        at++;
        return;
      }
      fail('a comma or a closing ]');
    }
  };
  try {
    value();
    skipSpace();
    if (at < text.length) fail('the end of the file after the top-level value');
    return null;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: error.offset, expected: error.expected };
    throw error;
  }
}
