import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS2_DIR, evaluateCorpus } from '../detect/eval.ts';

/**
 * Accuracy on the second labelled corpus (tests/fixtures/mail2), written apart from the first
 * in other layouts, platforms and locales, with more look-alikes. Same promise as the first.
 */
describe('detection on the second, independently written mail corpus', () => {
  if (!existsSync(join(CORPUS2_DIR, 'labels.json'))) {
    it('needs tests/fixtures/mail2/labels.json', () => {
      expect.fail(
        `${CORPUS2_DIR}/labels.json is missing: regenerate it with tests/fixtures/mail2/_generator/generate.ts`,
      );
    });
    return;
  }

  it('finds sent invoices with precision ≥ 0.97 and recall ≥ 0.95, and reads their fields ≥ 95% right', async () => {
    const report = await evaluateCorpus('all', CORPUS2_DIR);
    const summary = JSON.stringify(
      { sentInvoice: report.sentInvoice, fields: report.fields, misses: report.misses },
      null,
      1,
    );
    expect(report.messages, 'the corpus is empty').toBeGreaterThanOrEqual(60);
    expect(report.errors, summary).toBe(0);
    expect(report.sentInvoice.precision.value, summary).toBeGreaterThanOrEqual(0.97);
    expect(report.sentInvoice.recall.value, summary).toBeGreaterThanOrEqual(0.95);
    for (const field of ['invoiceNumber', 'amount', 'currency', 'dueDate'] as const) {
      expect(report.fields[field].value, `${field}\n${summary}`).toBeGreaterThanOrEqual(0.95);
    }
  }, 120_000);

  it('keeps look-alikes out: at least 95% of the mail labelled other comes out as other', async () => {
    const report = await evaluateCorpus('all', CORPUS2_DIR);
    expect(report.kinds.other.recall.value, report.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.kinds.invoice.precision.value, report.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
