import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageDetection } from '../../lib/detect/types.ts';
import { bytesToBase64 } from '../../lib/messages/base64.ts';
import { CORPUS_DIR } from '../unit/einvoice/corpus-location.ts';
import { type LaunchedExtension, launchExtension, newProfileDir, removeProfileDir } from './harness.ts';
import { ask } from './seed.ts';

describe('e-invoice attachments are read in the offscreen document, in real Chromium', () => {
  let extension: LaunchedExtension;
  const profile = newProfileDir();
  const cspViolations: string[] = [];

  beforeAll(async () => {
    extension = await launchExtension(profile);
    extension.context.on('console', (message) => {
      if (/Content Security Policy|unsafe-eval|EvalError/i.test(message.text()))
        cspViolations.push(message.text());
    });
  });
  afterAll(async () => {
    await extension?.close();
    removeProfileDir(profile);
  });

  it('reads the embedded Factur-X XML: exact number, amount due, currency and due date', async () => {
    const pdf = readFileSync(join(CORPUS_DIR, 'pdf/akretion_invoice_EN16931.pdf'));
    const page = await extension.openPage('popup.html');
    const detection = await ask<MessageDetection>(page, 'detect.attachments', {
      message: {
        from: { name: 'Seller', address: 'billing@seller.test' },
        to: [{ name: 'Buyer', address: 'ap@buyer.test' }],
        cc: [],
        bcc: [],
        replyTo: [],
        subject: 'Your invoice',
        date: '2026-02-01T09:00:00+01:00',
        text: 'Please find our invoice attached.',
        attachments: [
          {
            filename: 'F20260023.pdf',
            mimeType: 'application/pdf',
            size: pdf.length,
            base64: bytesToBase64(pdf),
          },
        ],
      },
      identities: { addresses: ['billing@seller.test'], businessName: '' },
      today: '2026-02-10',
    });
    expect(detection.kind).toBe('invoice');
    expect(detection.invoiceNumber).toMatchObject({ value: 'F20260023', source: 'einvoice' });
    expect(detection.amountDue?.value).toEqual({ amountMinor: 10_490, currency: 'EUR' });
    expect(detection.dueDate?.value).toBe('2026-03-02');
    await page.close();
  });

  it('needed no eval to do it', () => {
    expect(cspViolations).toEqual([]);
  });
});
