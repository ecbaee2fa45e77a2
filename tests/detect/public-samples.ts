/**
 * Runs the public invoice2data samples (/work/shared/corpus/public/invoice2data) through
 * detection as attachments of a synthetic received mail ("Your invoice is attached"), and
 * compares number, amount, currency, issue and due date with the sample's own JSON.
 *
 *   npx tsx tests/detect/public-samples.ts [--json]
 *
 * The samples are third-party documents (shops, telecoms, hotels), so direction is received.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toDetectLine } from '../../lib/detect/detect-line.ts';
import type { NormalisedMessage } from '../../lib/detect/types.ts';
import { detectMessageWithAttachments } from '../../lib/detect/with-attachments.ts';

const SAMPLES_DIR = '/work/shared/corpus/public/invoice2data';
const ME = { addresses: ['owner@example.test'], businessName: 'Example Trading' };

interface Truth {
  invoice_number?: string;
  amount?: number;
  currency?: string;
  date?: string;
  date_due?: string;
}

export interface SampleResult {
  sample: string;
  document: string;
  kind: string;
  checks: Record<'invoiceNumber' | 'amount' | 'currency' | 'issueDate' | 'dueDate', string>;
}

function syntheticMail(name: string, text: string, pdf: Uint8Array | null): NormalisedMessage {
  return {
    from: { name: 'Billing', address: 'billing@vendor.example' },
    to: [{ name: 'Owner', address: ME.addresses[0] ?? '' }],
    cc: [],
    bcc: [],
    replyTo: [],
    subject: 'Your invoice',
    date: '2026-03-04T10:00:00+01:00',
    text: pdf ? 'Hello, your invoice is attached. Kind regards' : text,
    attachments: pdf
      ? [{ filename: `${name}.pdf`, mimeType: 'application/pdf', size: pdf.length, bytes: pdf }]
      : [],
  };
}

function compare(expected: string | undefined, actual: string | null): string {
  if (expected === undefined) return `(no truth) ${actual ?? 'null'}`;
  const ok = actual !== null && actual.replace(/^#/, '') === expected.replace(/^#/, '');
  return `${ok ? 'ok' : 'MISS'} ${actual ?? 'null'}${ok ? '' : ` (want ${expected})`}`;
}

export async function evaluatePublicInvoices(): Promise<SampleResult[]> {
  if (!existsSync(SAMPLES_DIR)) return [];
  const results: SampleResult[] = [];
  for (const file of readdirSync(SAMPLES_DIR).filter((name) => name.endsWith('.json'))) {
    const stem = file.replace(/\.json$/, '');
    const pdfPath = join(SAMPLES_DIR, `${stem}.pdf`);
    const txtPath = join(SAMPLES_DIR, `${stem}.txt`);
    const pdf = existsSync(pdfPath) ? new Uint8Array(readFileSync(pdfPath)) : null;
    const text = !pdf && existsSync(txtPath) ? readFileSync(txtPath, 'utf8') : '';
    if (!pdf && !text) continue;
    const parsed = JSON.parse(readFileSync(join(SAMPLES_DIR, file), 'utf8')) as Truth[] | Truth;
    const truth = Array.isArray(parsed) ? (parsed[0] ?? {}) : parsed;
    const line = toDetectLine(stem, await detectMessageWithAttachments(syntheticMail(stem, text, pdf), ME));
    const amount =
      truth.amount === undefined ? undefined : truth.amount.toFixed(line.currency === 'JPY' ? 0 : 2);
    results.push({
      sample: stem,
      document: pdf ? 'pdf' : 'txt',
      kind: `${line.kind}${line.direction ? ` (${line.direction})` : ''}`,
      checks: {
        invoiceNumber: compare(truth.invoice_number, line.invoiceNumber),
        amount: compare(amount, line.amount),
        currency: compare(truth.currency, line.currency),
        issueDate: compare(truth.date, line.issueDate),
        dueDate: compare(truth.date_due, line.dueDate),
      },
    });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const results = await evaluatePublicInvoices();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else
    for (const result of results) {
      process.stdout.write(`${result.sample} [${result.document}]: ${result.kind}\n`);
      for (const [field, check] of Object.entries(result.checks))
        process.stdout.write(`  ${field.padEnd(14)} ${check}\n`);
    }
}
