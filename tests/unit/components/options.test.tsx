// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import { nodeSandbox, serviceHarness } from '../support/service-harness.ts';

function chooseFile(input: HTMLElement, name: string, text: string) {
  const file = new File([text], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('the options page', () => {
  let harness = serviceHarness();
  beforeEach(() => {
    harness = serviceHarness();
  });
  afterEach(() => {
    cleanup();
    harness.close();
  });

  function renderOptions(tab: 'import' | 'ladder' | 'backup' | 'invoices', downloads: string[] = []) {
    render(
      <OptionsApp
        api={harness.api}
        initialTab={tab}
        preview={(template, context) => nodeSandbox({ kind: 'preview', template, context })}
        download={(_name, json) => downloads.push(json)}
      />,
    );
  }

  it('previews a CSV with per-row errors and imports nothing until they are fixed', async () => {
    renderOptions('import');
    const input = await screen.findByTestId('csv-file');
    chooseFile(
      input,
      'export.csv',
      'Invoice No,Client,Due,Balance,Currency\nQ-1,Alder & Finch,2026-04-01,250.00,EUR\nQ-2,Birch Ltd,2026-02-31,90.00,EUR\nQ-3,Cedar GmbH,2026-04-10,-5.00,EUR\n',
    );
    const table = await screen.findByTestId('import-preview');
    expect(table.textContent).toContain('1 ready');
    expect(table.textContent).toMatch(/2026-02-31|31/);
    expect((screen.getByText(/^Import 1 invoice$/) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByText('Import only the 1 valid rows'));
    await waitFor(() => expect(screen.getByTestId('import-result').textContent).toContain('1 new'));
    expect((await harness.api('ledger.listInvoices', [{}])).map((row) => row.number)).toEqual(['Q-1']);
  });

  it('asks which date order an ambiguous file uses before importing', async () => {
    renderOptions('import');
    chooseFile(
      await screen.findByTestId('csv-file'),
      'ambiguous.csv',
      'Invoice #,Customer,Due Date,Amount,Currency\nZ-1,Elm Co,03/04/2026,100.00,GBP\nZ-2,Fir Co,05/06/2026,200.00,GBP\n',
    );
    await screen.findByTestId('date-order');
    fireEvent.click(screen.getByText('Day first (3 April)'));
    await waitFor(() => expect(screen.queryByTestId('date-order')).toBeNull());
    fireEvent.click(screen.getByText('Import 2 invoices'));
    await waitFor(() => expect(screen.getByTestId('import-result').textContent).toContain('2 new'));
    const rows = await harness.api('ledger.listInvoices', [{}]);
    expect(rows.map((row) => row.dueDate).sort()).toEqual(['2026-04-03', '2026-06-05']);
  });

  it('re-times, removes and saves ladder steps', async () => {
    renderOptions('ladder');
    const days = await screen.findByLabelText('Days from due date for Follow-up');
    fireEvent.input(days, { target: { value: '10' } });
    fireEvent.click(screen.getByLabelText('Remove Phone call'));
    fireEvent.click(screen.getByText('Save ladder'));
    await waitFor(async () => {
      const { policy } = await harness.api('ledger.getSettings', []);
      expect(policy.steps.map((step) => `${step.id}:${step.offsetDays}`)).toEqual([
        'courtesy:-3',
        'reminder:1',
        'follow-up:10',
        'final:21',
        'collections:35',
      ]);
    });
  });

  it('exports a backup and refuses a malformed one with the ledger untouched', async () => {
    await harness.api('ledger.createInvoice', [
      {
        number: 'B-1',
        client: { name: 'Hazel & Co', email: null, company: null },
        currency: 'EUR',
        totalMinor: 10_000,
        issueDate: null,
        dueDate: '2026-04-01',
        terms: '',
      },
    ]);
    const downloads: string[] = [];
    renderOptions('backup', downloads);
    fireEvent.click(await screen.findByText('Save a backup file'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(downloads[0]!).tables.invoices).toHaveLength(1);

    const input = screen.getByTestId('backup-file');
    const file = new File(['{"format":"tactful-backup","schemaVersion":99,"tables":{}}'], 'future.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    fireEvent.click(await screen.findByText('Replace with this backup'));
    await waitFor(() =>
      expect(screen.getByTestId('backup-message').textContent).toContain('Nothing was changed'),
    );
    expect(await harness.api('ledger.listInvoices', [{}])).toHaveLength(1);
  });

  it('writes an invoice off from the invoice table, which takes it off the badge', async () => {
    await harness.api('ledger.createInvoice', [
      {
        number: 'W-1',
        client: { name: 'Juniper Ltd', email: null, company: null },
        currency: 'GBP',
        totalMinor: 5_000,
        issueDate: null,
        dueDate: '2026-02-01',
        terms: '',
      },
    ]);
    expect((await harness.api('badge.current', null)).text).toBe('1');
    renderOptions('invoices');
    fireEvent.click(await screen.findByText('Write off'));
    await waitFor(async () =>
      expect((await harness.api('ledger.listInvoices', [{}]))[0]?.status).toBe('written-off'),
    );
    expect((await harness.api('badge.current', null)).text).toBe('');
    await waitFor(() => expect(screen.getByTestId('invoice-table').textContent).toContain('Written off'));
  });
});
