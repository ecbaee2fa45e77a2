import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, LABELS_PATH } from '../detect/eval.ts';

/**
 * Accuracy on the whole labelled corpus (dev and holdout). The thresholds are the product's
 * promise for zero set-up: sent invoices found and their fields right.
 */
describe('detection on the labelled mail corpus', () => {
  if (!existsSync(LABELS_PATH)) {
    it('needs tests/fixtures/mail/labels.json', () => {
      expect.fail(
        `${LABELS_PATH} is missing: the labelled mail corpus is needed to measure detection accuracy`,
      );
    });
    return;
  }

  it('finds sent invoices with precision ≥ 0.97 and recall ≥ 0.95, and reads their fields ≥ 95% right', async () => {
    const report = await evaluateCorpus('all');
    const summary = JSON.stringify(
      { sentInvoice: report.sentInvoice, fields: report.fields, misses: report.misses },
      null,
      1,
    );
    expect(report.messages, 'the corpus is empty').toBeGreaterThan(0);
    expect(report.sentInvoice.precision.value, summary).toBeGreaterThanOrEqual(0.97);
    expect(report.sentInvoice.recall.value, summary).toBeGreaterThanOrEqual(0.95);
    for (const field of ['invoiceNumber', 'amount', 'currency', 'dueDate'] as const) {
      expect(report.fields[field].value, `${field}\n${summary}`).toBeGreaterThanOrEqual(0.95);
    }
  }, 120_000);
});
