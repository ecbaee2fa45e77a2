import { DEFAULT_POLICY, describeValue, validatePolicy } from '../ladder/policy.ts';
import type { Policy } from '../ladder/types.ts';
import type { Identities, SenderProfile, SettingRow, TemplateOverride } from './types.ts';
import { expectText, expectTimestamp, isRecord, type Problems } from './validate.ts';

/** Everything the user configures, each under its own key in the settings table. */
export interface LedgerSettings {
  policy: Policy;
  sender: SenderProfile;
  identities: Identities;
  locale: string;
  timeZone: string;
  /** The popup lists invoices needing attention within this many days. */
  soonDays: number;
  templates: Record<string, TemplateOverride>;
}

export type SettingKey = keyof LedgerSettings;

export const SETTING_KEYS: readonly SettingKey[] = [
  'policy',
  'sender',
  'identities',
  'locale',
  'timeZone',
  'soonDays',
  'templates',
];

/** Bookkeeping rows share the table under this prefix; they are not settings and not backed up. */
export const META_PREFIX = 'meta.';
export const META_SNAPSHOTS_FOR = 'meta.snapshotsComputedFor';

export const MAX_SOON_DAYS = 90;

export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function defaultSettings(): LedgerSettings {
  return {
    policy: DEFAULT_POLICY,
    sender: {
      name: '',
      position: '',
      company: '',
      email: '',
      phone: '',
      signature: '',
      paymentInstructions: '',
    },
    identities: { addresses: [], businessName: '' },
    locale: 'en-GB',
    timeZone: runtimeTimeZone(),
    soonDays: 7,
    templates: {},
  };
}

type Checker = (value: unknown, path: string) => Problems;

const CHECKS: { [K in SettingKey]: Checker } = {
  policy: (value, path) => validatePolicy(value).map((problem) => `${path}.${problem}`),
  sender: (value, path) =>
    isRecord(value)
      ? (
          ['name', 'position', 'company', 'email', 'phone', 'signature', 'paymentInstructions'] as const
        ).flatMap((key) => expectText(value[key], `${path}.${key}`))
      : [`${path}: expected the sender's details, got ${describeValue(value)}`],
  identities: (value, path) => {
    if (!isRecord(value)) return [`${path}: expected {addresses, businessName}, got ${describeValue(value)}`];
    const addresses = Array.isArray(value.addresses)
      ? value.addresses.flatMap((address, index) => {
          const at = `${path}.addresses[${index}]`;
          if (typeof address !== 'string')
            return [`${at}: expected an email address, got ${describeValue(address)}`];
          return address.includes('@') ? [] : [`${at}: "${address}" is not an email address`];
        })
      : [`${path}.addresses: expected a list of email addresses, got ${describeValue(value.addresses)}`];
    return [...addresses, ...expectText(value.businessName, `${path}.businessName`)];
  },
  locale: (value, path) => {
    if (typeof value !== 'string' || value === '')
      return [`${path}: expected a locale like en-GB, got ${describeValue(value)}`];
    try {
      Intl.getCanonicalLocales(value);
      return [];
    } catch {
      return [`${path}: "${value}" is not a valid locale (try en-GB, en-US, de-DE)`];
    }
  },
  timeZone: (value, path) => {
    if (typeof value !== 'string' || value === '')
      return [`${path}: expected a time zone like Europe/London, got ${describeValue(value)}`];
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return [];
    } catch {
      return [`${path}: "${value}" is not a known time zone (try Europe/London or America/New_York)`];
    }
  },
  soonDays: (value, path) =>
    Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_SOON_DAYS
      ? []
      : [`${path}: expected a whole number of days from 0 to ${MAX_SOON_DAYS}, got ${describeValue(value)}`],
  templates: (value, path) => {
    if (!isRecord(value)) return [`${path}: expected templates by id, got ${describeValue(value)}`];
    return Object.entries(value).flatMap(([id, template]) => {
      const at = `${path}.${id}`;
      if (!isRecord(template))
        return [`${at}: expected {subject, body, updatedAt}, got ${describeValue(template)}`];
      return [
        ...expectText(template.subject, `${at}.subject`),
        ...expectText(template.body, `${at}.body`),
        ...expectTimestamp(template.updatedAt, `${at}.updatedAt`),
      ];
    });
  },
};

function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

/** Problems with a partial settings object, e.g. from the options page or a backup. */
export function checkSettingsPatch(patch: unknown, path = 'settings'): Problems {
  if (!isRecord(patch)) return [`${path}: expected an object of settings, got ${describeValue(patch)}`];
  return Object.entries(patch).flatMap(([key, value]) =>
    isSettingKey(key)
      ? CHECKS[key](value, `${path}.${key}`)
      : [`${path}.${key}: unknown setting (known: ${SETTING_KEYS.join(', ')})`],
  );
}

/** Settings from stored rows; a missing key, or one that no longer passes its check, takes its default. */
export function settingsFromRows(rows: readonly SettingRow[]): LedgerSettings {
  const settings = defaultSettings();
  const writable = settings as unknown as Record<SettingKey, unknown>;
  for (const row of rows) {
    if (isSettingKey(row.key) && CHECKS[row.key](row.value, row.key).length === 0)
      writable[row.key] = row.value;
  }
  return settings;
}

export function settingRowsOf(patch: Partial<LedgerSettings>): SettingRow[] {
  return Object.entries(patch).map(([key, value]) => ({ key, value }));
}
