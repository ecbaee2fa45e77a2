import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { commitCsvImport } from '../../../lib/ledger/csv/commit.ts';
import { type CsvPreviewOptions, previewCsvImport } from '../../../lib/ledger/csv/preview.ts';
import { createLedger } from '../../../lib/ledger/store.ts';
import { openTestLedger, type TestLedger } from './harness.ts';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)));
}

let open: TestLedger[] = [];
function ledgerFor(today = '2026-03-10'): TestLedger {
  const test = openTestLedger(today);
  open.push(test);
  return test;
}
afterEach(() => {
  for (const test of open) test.db.close();
  open = [];
});

async function preview(
  name: string,
  options: Partial<CsvPreviewOptions> = {},
  ledger?: TestLedger['ledger'],
) {
  return previewCsvImport(fixture(name), {
    fileName: name,
    ...(ledger ? { findDuplicate: (key) => ledger.findImportMatch(key) } : {}),
    ...options,
  });
}

describe('previewing exports from accounting tools', () => {
  it.each([
    // file, encoding, delimiter, date order, [number, client, currency, balance] of the first row ready
    ['quickbooks-open-invoices.csv', 'utf-8', ',', 'mdy', ['1041', 'Copperleaf Bakery', 'USD', 245_000]],
    ['xero-invoices.csv', 'utf-8', ',', 'dmy', ['INV-0318', 'Pemberton Joinery', 'GBP', 180_000]],
    ['freshbooks-invoices.csv', 'utf-8', ',', null, ['FB-2207', 'Fennimore Architects', 'USD', 210_000]],
    ['wave-invoices.csv', 'utf-8', ',', null, ['W-88', 'Lakeshore Kayak Rentals', 'CAD', 115_000]],
    ['zoho-invoices.csv', 'utf-8', ',', null, ['ZI-00071', 'Sakura Tea Importers', 'JPY', 185_000]],
    ['sevdesk-rechnungen.csv', 'utf-8', ';', 'dmy', ['RE-2026-014', 'Bäckerei Müller GmbH', 'EUR', 124_950]],
    [
      'sevdesk-rechnungen-cp1252.csv',
      'windows-1252',
      ';',
      'dmy',
      ['RE-2026-014', 'Bäckerei Müller GmbH', 'EUR', 124_950],
    ],
    [
      'excel-unicode-text-utf16le.csv',
      'utf-16le',
      '\t',
      null,
      ['A-310', 'Høgberg Design AS', 'NOK', 1_240_000],
    ],
    [
      'excel-unicode-text-utf16be.csv',
      'utf-16be',
      '\t',
      null,
      ['A-310', 'Høgberg Design AS', 'NOK', 1_240_000],
    ],
  ] as const)('reads %s', async (name, encoding, delimiter, dateOrder, first) => {
    const result = await preview(name);
    expect(result).toMatchObject({
      fileErrors: [],
      encoding,
      delimiter,
      detectedDateOrder: dateOrder,
      ambiguousDateOrder: false,
    });
    expect(result.counts.errors).toBe(0);
    const ready = result.rows.find((row) => row.invoice);
    expect([
      ready?.invoice?.number,
      ready?.invoice?.client.name,
      ready?.invoice?.currency,
      ready?.invoice?.balanceMinor,
    ]).toEqual(first);
  });

  it('finds the header under a report’s title lines and skips the paid row and the total line', async () => {
    const result = await preview('quickbooks-open-invoices.csv');
    expect(result.headerMap).toEqual({
      number: 'Num',
      client: 'Customer',
      issueDate: 'Date',
      dueDate: 'Due Date',
      total: 'Amount',
      balance: 'Open Balance',
    });
    expect(result.rows.map((row) => [row.rowNumber, row.skipped ?? 'ready'])).toEqual([
      [6, 'ready'],
      [7, 'ready'],
      [8, 'ready'],
      [9, 'already paid'],
      [10, 'ready'],
      [11, 'no invoice number or client (a total or a blank line)'],
    ]);
    expect(result.rows[1]?.invoice).toMatchObject({
      totalMinor: 98_050,
      balanceMinor: 48_050,
      dueDate: '2026-02-27',
    });
  });

  it('keeps line breaks and quotes inside a quoted notes cell', async () => {
    const result = await preview('freshbooks-invoices.csv');
    expect(result.rows.map((row) => row.values.Notes)).toEqual([
      'Phase 1 of 2.\r\nSecond half due on handover.',
      'He said "next week" on the phone',
      '',
    ]);
    expect(result.rows[2]?.invoice?.client.name).toBe('Bluebell Catering, Inc.');
  });

  it('names each bad row, its column and the problem', async () => {
    const result = await preview('rows-with-errors.csv');
    expect(result.rows.map((row) => row.errors)).toEqual([
      [],
      ['Row 3, "Due Date": "31/02/2026" is not a real date'],
      ['Row 4, "Total": "(12.00)" is negative (credit notes cannot be chased)'],
      ['Row 5, "Total": "about 90" is not an amount'],
      ['Row 6, "Currency": "XYZ" is not a known currency code (expected e.g. EUR, USD, GBP)'],
      ['Row 7, "Due Date": is empty'],
      ['Row 8, "Amount Paid": 100.00 USD is more than the total 80.00 USD'],
    ]);
    expect(result.counts).toEqual({ ready: 1, errors: 6, skipped: 0, updates: 0 });
  });

  it('lists the missing required columns and the ones it found', async () => {
    const result = await preview('missing-columns.csv');
    expect(result.fileErrors).toEqual([
      'Missing required columns: invoice number, due date. Columns found: "Reference", "Customer", "Amount", "Status"',
    ]);
    expect(result.rows).toEqual([]);
  });

  it('asks for the date order when every date reads both ways, then uses the one chosen', async () => {
    const unsure = await preview('ambiguous-dates.csv', { defaultCurrency: 'GBP' });
    expect(unsure).toMatchObject({ ambiguousDateOrder: true, detectedDateOrder: null, dateOrder: null });

    const dayFirst = await preview('ambiguous-dates.csv', { defaultCurrency: 'GBP', dateOrder: 'dmy' });
    expect(dayFirst.rows.map((row) => row.invoice?.dueDate)).toEqual(['2026-02-04', '2026-02-06']);
    const monthFirst = await preview('ambiguous-dates.csv', { defaultCurrency: 'GBP', dateOrder: 'mdy' });
    expect(monthFirst.rows.map((row) => row.invoice?.dueDate)).toEqual(['2026-04-02', '2026-06-02']);
  });

  it('needs a currency from a column, the amounts or the default', async () => {
    const none = await preview('ambiguous-dates.csv', { dateOrder: 'dmy' });
    expect(none.rows[0]?.errors).toEqual([
      'Row 2, "Amount": no currency shown; add a Currency column or choose a default currency',
    ]);
    const bad = await preview('ambiguous-dates.csv', { dateOrder: 'dmy', defaultCurrency: 'XXX1' });
    expect(bad.fileErrors).toEqual([
      'The default currency "XXX1" is not an ISO 4217 code such as EUR or USD',
    ]);
  });

  it('refuses an amount whose symbol contradicts the currency column', async () => {
    const bytes = new TextEncoder().encode(
      'Number,Client,Due Date,Total,Currency\nX-1,Ivy Hall,2026-03-01,€200.00,GBP\n',
    );
    const result = await previewCsvImport(bytes, { fileName: 'mixed.csv' });
    expect(result.rows[0]?.errors).toEqual([
      'Row 2, "Total": the amount is in EUR but the row\'s currency is GBP',
    ]);
  });

  it('treats a bare dollar sign as the default currency when that is a dollar', async () => {
    const bytes = new TextEncoder().encode('Number,Client,Due Date,Total\nX-1,Ivy Hall,2026-03-01,$200.00\n');
    const aud = await previewCsvImport(bytes, { fileName: 'dollars.csv', defaultCurrency: 'AUD' });
    expect(aud.rows[0]?.invoice?.currency).toBe('AUD');
    const eur = await previewCsvImport(bytes, { fileName: 'dollars.csv', defaultCurrency: 'EUR' });
    expect(eur.rows[0]?.invoice?.currency).toBe('USD');
  });

  it('flags the same invoice twice in one file', async () => {
    const bytes = new TextEncoder().encode(
      'Number,Client,Due Date,Total,Currency\nX-1,Ivy Hall,2026-03-01,200,GBP\nx 1,IVY HALL,2026-03-01,200,GBP\n',
    );
    const result = await previewCsvImport(bytes, { fileName: 'twice.csv' });
    expect(result.rows[1]?.errors).toEqual(['Row 3: invoice x 1 for IVY HALL is already on row 2']);
  });
});

describe('committing an import', () => {
  it('imports every ready row with its earlier payments and reports what it skipped', async () => {
    const { ledger } = ledgerFor();
    const result = await commitCsvImport(ledger, await preview('quickbooks-open-invoices.csv', {}, ledger));
    expect(result).toMatchObject({ created: 4, updated: 0, unchanged: 0 });
    expect(result.skipped).toEqual([
      { rowNumber: 9, reason: 'already paid' },
      { rowNumber: 11, reason: 'no invoice number or client (a total or a blank line)' },
    ]);
    const listed = await ledger.listInvoices();
    expect(listed.map((row) => [row.number, row.clientName, row.balanceMinor])).toEqual([
      ['1041', 'Copperleaf Bakery', 245_000],
      ['1043', 'Marlowe & Daughters Hardware', 48_050],
      ['1046', 'Copperleaf Bakery', 112_500],
      ['1050', 'Northgate Veterinary Clinic', 330_000],
    ]);
    expect((await ledger.listClients()).map((client) => client.name)).toEqual([
      'Copperleaf Bakery',
      'Marlowe & Daughters Hardware',
      'Northgate Veterinary Clinic',
    ]);
    const marlowe = await ledger.getInvoiceView(listed[1]?.id ?? '');
    expect(marlowe.invoice.source).toEqual({
      kind: 'import',
      fileName: 'quickbooks-open-invoices.csv',
      row: 7,
    });
    expect(marlowe.events.map((event) => event.type)).toEqual(['state-changed', 'payment-recorded']);
    expect((await ledger.badgeSummary('2026-03-10')).count).toBe(3);
  });

  it('does not duplicate anything when the same file is imported again', async () => {
    const { ledger, db } = ledgerFor();
    await commitCsvImport(ledger, await preview('xero-invoices.csv', {}, ledger));
    const eventsBefore = await db.events.count();

    const again = await preview('xero-invoices.csv', {}, ledger);
    expect(again.counts.updates).toBe(4);
    expect(again.rows.every((row) => row.duplicateOf)).toBe(true);
    const result = await commitCsvImport(ledger, again);
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await db.invoices.count()).toBe(4);
    expect(await db.clients.count()).toBe(4);
    expect(await db.events.count()).toBe(eventsBefore);
  });

  it('updates an invoice from a newer export: a payment made since, a new due date, corrections kept', async () => {
    const { ledger } = ledgerFor();
    await commitCsvImport(ledger, await preview('xero-invoices.csv', {}, ledger));
    const [first] = await ledger.listInvoices();
    await ledger.correctField(first?.id ?? '', 'dueDate', '2026-02-28');

    const newer = new TextEncoder().encode(
      'ContactName,EmailAddress,InvoiceNumber,InvoiceDate,DueDate,Total,AmountPaid,AmountDue,Currency\n' +
        'Pemberton Joinery,ACCOUNTS@pembertonjoinery.example,INV-0318,16/01/2026,20/02/2026,1800.00,500.00,1300.00,GBP\n' +
        'Saltmarsh Gallery,sam@saltmarsh-gallery.example,INV-0322,22/01/2026,28/02/2026,2640.00,1000.00,1640.00,GBP\n',
    );
    const result = await commitCsvImport(
      ledger,
      await previewCsvImport(newer, {
        fileName: 'xero-later.csv',
        findDuplicate: (key) => ledger.findImportMatch(key),
      }),
    );
    expect(result.rows.map((row) => [row.outcome, row.changes])).toEqual([
      ['updated', ['payment of 500.00 GBP recorded']],
      ['updated', ['dueDate: 2026-02-21 → 2026-02-28']],
    ]);
    const pemberton = await ledger.getInvoiceView(first?.id ?? '');
    expect(pemberton.invoice.dueDate).toBe('2026-02-28');
    expect(pemberton.plan.balanceMinor).toBe(130_000);
  });

  it('imports nothing when any row has an error, unless told to skip the invalid rows', async () => {
    const { ledger, db } = ledgerFor();
    const result = await preview('rows-with-errors.csv', {}, ledger);
    await expect(commitCsvImport(ledger, result)).rejects.toThrow(
      'Nothing imported: rows 3, 4, 5, 6, 7, 8 have errors; fix the file, or import only the valid rows',
    );
    expect(await db.invoices.count()).toBe(0);
    expect(await db.clients.count()).toBe(0);

    const partial = await commitCsvImport(ledger, result, { skipInvalid: true });
    expect(partial.created).toBe(1);
    expect(partial.skipped.map((row) => row.rowNumber)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(await db.invoices.count()).toBe(1);
  });

  it('refuses a file-level problem or an undecided date order', async () => {
    const { ledger } = ledgerFor();
    await expect(commitCsvImport(ledger, await preview('missing-columns.csv'))).rejects.toThrow(
      'Nothing imported: Missing required columns: invoice number, due date.',
    );
    await expect(
      commitCsvImport(ledger, await preview('ambiguous-dates.csv', { defaultCurrency: 'GBP' })),
    ).rejects.toThrow('preview again choosing dateOrder "dmy" (day first) or "mdy" (month first)');
    const chosen = await commitCsvImport(
      ledger,
      await preview('ambiguous-dates.csv', { defaultCurrency: 'GBP', dateOrder: 'dmy' }),
    );
    expect(chosen.created).toBe(2);
  });

  it('rolls the whole import back when a write fails half-way', async () => {
    const { ledger, db } = ledgerFor();
    const result = await preview('sevdesk-rechnungen.csv', {}, ledger);
    // A ledger on the same database whose id source gives out on the eighth id: by then the first
    // row's client, invoice and events are written and the second row is under way.
    let ids = 0;
    const flaky = createLedger(db, {
      now: () => 1_772_000_000_000,
      today: () => '2026-03-10',
      newId: () => {
        ids += 1;
        if (ids === 8) throw new Error('no more ids');
        return `flaky-${ids}`;
      },
    });
    await expect(commitCsvImport(flaky, result)).rejects.toThrow('no more ids');
    expect(ids).toBe(8);
    expect(await db.invoices.count()).toBe(0);
    expect(await db.clients.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});
