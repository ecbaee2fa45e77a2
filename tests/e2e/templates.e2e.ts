import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../lib/dates/calendar.ts';
import type { InvoiceView } from '../../lib/ledger/views.ts';
import type { DraftResponse } from '../../lib/service/drafts.ts';
import { type LaunchedExtension, launchExtension, newProfileDir, removeProfileDir } from './harness.ts';
import { ask } from './seed.ts';

const today = todayIn();

describe('templates render in the built extension under its real CSP', () => {
  let extension: LaunchedExtension;
  let page: Page;
  let invoice: InvoiceView;
  const cspViolations: string[] = [];
  const profile = newProfileDir();

  beforeAll(async () => {
    extension = await launchExtension(profile);
    extension.context.on('console', (message) => {
      if (/Content Security Policy|unsafe-eval|EvalError/i.test(message.text()))
        cspViolations.push(message.text());
    });
    page = await extension.openPage('options.html?tab=templates');
    invoice = await ask<InvoiceView>(page, 'ledger.createInvoice', [
      {
        number: 'INV-3001',
        client: {
          name: 'Rosalind Okafor',
          email: 'rosalind@okafor-design.test',
          company: 'Okafor Design Ltd',
        },
        currency: 'GBP',
        totalMinor: 120_000,
        issueDate: addDays(today, -40),
        dueDate: addDays(today, -10),
        terms: 'Net 30',
      },
    ]);
    await page.reload();
  });
  afterAll(async () => {
    await extension?.close();
    removeProfileDir(profile);
  });

  it('drafts from a precompiled built-in template in the service worker', async () => {
    const { draft, toneFlags, userTemplate } = await ask<DraftResponse>(page, 'draft.compose', {
      invoiceId: invoice.invoice.id,
    });
    expect(userTemplate).toBe(false);
    expect(draft.step).toBe('reminder');
    expect(draft.to).toBe('rosalind@okafor-design.test');
    expect(draft.text).toContain('INV-3001');
    expect(draft.text).toContain('£1,200.00');
    expect(toneFlags).toEqual([]);
  });

  it('shows a syntax error with its line and column, then the real invoice once fixed', async () => {
    await page.getByRole('button', { name: 'Friendly reminder', exact: true }).click();
    const body = page.locator('[data-testid="template-body"]');
    await body.fill('Hello {{client.firstName}},\n\nAbout {{#if invoice.number}}your invoice.');
    const problems = page.locator('[data-testid="template-problems"]');
    await expect(problems.innerText()).resolves.toMatch(/Message, line \d+, column \d+/);
    await expect(page.getByRole('button', { name: 'Save template' }).isDisabled()).resolves.toBe(true);

    await body.fill(
      'Hello {{client.firstName}},\n\nInvoice {{invoice.number}} for {{invoice.balance}} is {{plural daysOverdue "day" "days"}} overdue.',
    );
    await page.locator('[data-testid="preview-invoice"]').selectOption(invoice.invoice.id);
    const preview = page.locator('[data-testid="template-preview"]');
    await expect
      .poll(() => preview.innerText(), { timeout: 10_000 })
      .toContain('Invoice INV-3001 for £1,200.00 is 10 days overdue.');
    await expect(preview.innerText()).resolves.toContain('Hello Rosalind,');
    await expect(page.locator('[data-testid="template-problems"]').count()).resolves.toBe(0);
  });

  it('saves the user template and drafts with it through the offscreen sandbox', async () => {
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('Saved. New drafts use your version.').waitFor();
    const { draft, userTemplate } = await ask<DraftResponse>(page, 'draft.compose', {
      invoiceId: invoice.invoice.id,
    });
    expect(userTemplate).toBe(true);
    expect(draft.text).toBe('Hello Rosalind,\n\nInvoice INV-3001 for £1,200.00 is 10 days overdue.');
    expect(draft.html).toContain('<p>Hello Rosalind,</p>');
  });

  it('flags threatening wording inline in the editor', async () => {
    await page
      .locator('[data-testid="template-body"]')
      .fill('Pay {{invoice.balance}} NOW or else we will take legal action!!!');
    await expect.poll(() => page.locator('[data-testid="tone-flags"]').count(), { timeout: 10_000 }).toBe(1);
    await expect(page.locator('[data-testid="tone-flags"] li').count()).resolves.toBeGreaterThanOrEqual(2);
  });

  it('never needed eval outside the sandbox page', () => {
    expect(cspViolations).toEqual([]);
  });
});
