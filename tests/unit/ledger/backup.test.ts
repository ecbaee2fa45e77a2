import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, exportBackup, restoreBackup } from '../../../lib/ledger/backup.ts';
import { SCHEMA_VERSION } from '../../../lib/ledger/db.ts';
import { ACME, BRAMBLE, detected, openTestLedger, type TestLedger } from './harness.ts';

let open: TestLedger[] = [];
function ledgerFor(today?: string): TestLedger {
  const test = openTestLedger(today);
  open.push(test);
  return test;
}
afterEach(() => {
  for (const test of open) test.db.close();
  open = [];
});

/** A ledger with a bit of everything: corrections, payments, a call, a client override, settings. */
async function populated(): Promise<TestLedger> {
  const test = ledgerFor('2026-03-10');
  const { ledger } = test;
  const { view } = await ledger.trackFromDetection(detected());
  await ledger.correctField(view.invoice.id, 'dueDate', '2026-03-05');
  await ledger.recordPayment(view.invoice.id, { date: '2026-03-08', amountMinor: 20_000, note: 'part' });
  await ledger.addEvent(view.invoice.id, { type: 'call', outcome: 'promised', note: 'by Friday' });
  const other = await ledger.createInvoice({
    number: 'BF-19',
    client: BRAMBLE,
    currency: 'JPY',
    totalMinor: 250_000,
    issueDate: '2026-02-01',
    dueDate: '2026-02-28',
    terms: '',
  });
  await ledger.updateClient(other.client.id, { business: true, policyOverride: { minGapDays: 3 } });
  await ledger.updateSettings({ soonDays: 10, locale: 'en-US', timeZone: 'Europe/London' });
  return test;
}

function withoutExportTime(text: string): unknown {
  const { exportedAt: _exportedAt, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
}

describe('backups', () => {
  it('round-trips: export, restore into a fresh ledger, export again gives the same file', async () => {
    const source = await populated();
    const first = await exportBackup(source.db, Date.UTC(2026, 2, 10, 9));
    const parsed = JSON.parse(first);
    expect(parsed).toMatchObject({
      format: 'tactful-backup',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-03-10T09:00:00.000Z',
    });
    expect(parsed.tables.invoices[0]).not.toHaveProperty('snapshot');

    const target = ledgerFor('2026-03-10');
    const { counts } = await restoreBackup(target.db, first, { today: '2026-03-10' });
    expect(counts).toEqual({ invoices: 2, clients: 2, events: 5, settings: 3 });

    const second = await exportBackup(target.db, Date.UTC(2026, 2, 11));
    expect(withoutExportTime(second)).toEqual(withoutExportTime(first));
    // Derived data is rebuilt, so the restored ledger answers queries straight away.
    expect(await target.ledger.badgeSummary('2026-03-10')).toEqual(
      await source.ledger.badgeSummary('2026-03-10'),
    );
    expect(await target.ledger.listAttention('2026-03-10')).toEqual(
      await source.ledger.listAttention('2026-03-10'),
    );
  });

  it('restores a backup from schema version 1, whose facts have the same shape', async () => {
    const source = await populated();
    const old = { ...JSON.parse(await exportBackup(source.db)), schemaVersion: 1 };
    const target = ledgerFor('2026-03-10');
    await restoreBackup(target.db, JSON.stringify(old), { today: '2026-03-10' });
    expect((await target.ledger.badgeSummary('2026-03-10')).count).toBe(2);
  });

  describe('refuses, leaving the ledger untouched,', () => {
    async function expectRefused(text: string, message: string | RegExp) {
      const { db, ledger } = await populated();
      const before = await exportBackup(db, 0);
      const error = await restoreBackup(db, text, { today: '2026-03-10' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(message);
      expect(await exportBackup(db, 0)).toBe(before);
      expect((await ledger.badgeSummary('2026-03-10')).count).toBe(2);
    }

    it('a file that is not JSON', async () => {
      await expectRefused('{"format": "tactful-backup", ', /not a Tactful backup: it is not valid JSON/);
    });

    it('JSON from something else', async () => {
      await expectRefused(
        JSON.stringify({ format: 'other-app', tables: {} }),
        'This file is not a Tactful backup: expected format "tactful-backup", got "other-app"',
      );
    });

    it('a backup from a newer Tactful', async () => {
      const newer = {
        format: 'tactful-backup',
        schemaVersion: SCHEMA_VERSION + 1,
        exportedAt: '',
        tables: {},
      };
      await expectRefused(
        JSON.stringify(newer),
        `made by a newer version of Tactful (schema ${SCHEMA_VERSION + 1}; this one reads up to ${SCHEMA_VERSION})`,
      );
    });

    it('a backup with a broken invoice, naming the record and field', async () => {
      const source = await populated();
      const backup = JSON.parse(await exportBackup(source.db));
      backup.tables.invoices[1].dueDate = '2026-02-30';
      backup.tables.invoices[0].payments[0].amountMinor = -5;
      await expectRefused(
        JSON.stringify(backup),
        'invoices[0].payments[0].amountMinor: must be more than zero, got -5; invoices[1].dueDate: expected a real date YYYY-MM-DD, got "2026-02-30"',
      );
    });

    it('a backup whose events point at a missing invoice', async () => {
      const source = await populated();
      const backup = JSON.parse(await exportBackup(source.db));
      backup.tables.events[0].invoiceId = 'gone';
      await expectRefused(JSON.stringify(backup), 'events[0].invoiceId: no invoice "gone" in the backup');
    });

    it('a backup with a setting out of range', async () => {
      const source = await populated();
      const backup = JSON.parse(await exportBackup(source.db));
      backup.tables.settings.push({ key: 'soonDays', value: -1 });
      await expectRefused(
        JSON.stringify(backup),
        /settings\[\d+\]\.soonDays: expected a whole number of days/,
      );
    });
  });

  it('leaves derived lookup keys out of the file: they are rebuilt on restore', async () => {
    const { db, ledger } = ledgerFor();
    await ledger.createInvoice({
      number: '1',
      client: ACME,
      currency: 'GBP',
      totalMinor: 1,
      issueDate: null,
      dueDate: '2026-04-01',
      terms: '',
    });
    const backup = JSON.parse(await exportBackup(db));
    expect(backup.tables.clients[0]).not.toHaveProperty('emailKey');
  });
});
