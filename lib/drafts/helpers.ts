import { formatDate, isIsoDate } from '../dates/calendar.ts';
import { formatMoney } from '../money/amount.ts';
import { isKnownCurrency } from '../money/currencies.ts';
import { draftDateStyle } from './language.ts';

/**
 * The only helpers a template may call besides Handlebars' own block helpers. The same
 * functions are handed to the runtime (built-ins) and to the full compiler (user templates),
 * so a template renders identically on either path.
 */

type DraftHelper = (this: unknown, ...args: unknown[]) => string;

/** Handlebars passes its options object last; the locale comes from the root context. */
function optionsOf(args: unknown[]): { locale: string; hash: Record<string, unknown> } {
  const options = args[args.length - 1];
  const record = isRecord(options) ? options : {};
  const data = isRecord(record.data) ? record.data : {};
  const root = isRecord(data.root) ? data.root : {};
  const hash = isRecord(record.hash) ? record.hash : {};
  return { locale: typeof root.locale === 'string' && root.locale ? root.locale : 'en-GB', hash };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `{{money invoice.balanceMinor invoice.currency}}` -> "£1,800.00"; nothing for bad input. */
function money(...args: unknown[]): string {
  const [amountMinor, currency] = args;
  const { locale } = optionsOf(args);
  if (typeof amountMinor !== 'number' || !Number.isSafeInteger(amountMinor)) return '';
  if (typeof currency !== 'string' || !isKnownCurrency(currency)) return '';
  return formatMoney(amountMinor, currency, locale);
}

/**
 * `{{date invoice.dueDateIso}}` -> "14 Feb 2026" (as the context formats dates for the locale);
 * `style="long"` -> "14 February 2026", `style="medium"` -> "14 Feb 2026".
 * Bare `{{date}}` inside `{{#each}}` shows the item's own `date` field: a helper wins over a
 * field of the same name in Handlebars, and instalments and history lines all have one.
 */
function date(this: unknown, ...args: unknown[]): string {
  const { locale, hash } = optionsOf(args);
  if (args.length === 1) return isRecord(this) && typeof this.date === 'string' ? this.date : '';
  const [value] = args;
  if (!isIsoDate(value)) return '';
  const style = hash.style === 'long' || hash.style === 'medium' ? hash.style : draftDateStyle(locale);
  return formatDate(value, locale, style);
}

const counting = new Map<string, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();

/** Building Intl objects is slow next to rendering, so each locale's pair is made once. */
function countingFor(locale: string): { rules: Intl.PluralRules; numbers: Intl.NumberFormat } {
  let pair = counting.get(locale);
  if (!pair) {
    pair = { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
    counting.set(locale, pair);
  }
  return pair;
}

/** `{{plural daysOverdue "day" "days"}}` -> "1 day" / "12 days", by the locale's plural rules. */
function plural(...args: unknown[]): string {
  const [count, singular, pluralForm] = args;
  const { locale } = optionsOf(args);
  const n = typeof count === 'number' ? count : Number(count);
  if (!Number.isFinite(n) || typeof count === 'boolean' || count === null || count === '') return '';
  const { rules, numbers } = countingFor(locale);
  const word = rules.select(n) === 'one' ? singular : pluralForm;
  return `${numbers.format(n)} ${typeof word === 'string' ? word : ''}`.trimEnd();
}

export const DRAFT_HELPERS: Readonly<Record<'money' | 'date' | 'plural', DraftHelper>> = {
  money,
  date,
  plural,
};

/** How many arguments each draft helper takes (without the options object). */
export const DRAFT_HELPER_ARITY: Readonly<Record<keyof typeof DRAFT_HELPERS, number>> = {
  money: 2,
  date: 1,
  plural: 3,
};

/** Handlebars' own block helpers that templates may use. `lookup` and `log` are left out on purpose. */
export const BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;

/**
 * Compiler options shared by the precompiler and the user-template compiler: only our helpers
 * and the four block helpers are known, and anything else fails to compile.
 */
export const KNOWN_HELPERS: Readonly<Record<string, boolean>> = {
  money: true,
  date: true,
  plural: true,
  lookup: false,
  log: false,
};

/** Registers the draft helpers on a Handlebars environment (the runtime's or the full compiler's). */
export function registerDraftHelpers(handlebars: {
  registerHelper(spec: Record<string, DraftHelper>): void;
}): void {
  handlebars.registerHelper({ ...DRAFT_HELPERS });
}

export function isDraftHelper(name: string): name is keyof typeof DRAFT_HELPERS {
  return Object.hasOwn(DRAFT_HELPERS, name);
}
