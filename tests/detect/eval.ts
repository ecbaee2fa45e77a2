/**
 * Measures detection on the labelled mail corpus (tests/fixtures/mail/labels.json) through the
 * same library path as `npm run detect`.
 *
 *   npx tsx tests/detect/eval.ts [--corpus PATH] [--split dev|holdout|all] [--json] [--verbose]
 *
 * --corpus names another folder holding .eml files and a labels.json of the same format
 * (default tests/fixtures/mail; tests/fixtures/mail2 is the second, independently written set).
 *
 * Prints precision and recall per kind, sent-invoice precision and recall, and per-field
 * accuracy over the messages labelled invoice. --verbose lists every miss.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type DetectLine, detectEml, toDetectLine } from '../../lib/detect/detect-line.ts';
import type { MessageKind } from '../../lib/detect/types.ts';
import { parseDecimal } from '../../lib/money/amount.ts';
import { isKnownCurrency } from '../../lib/money/currencies.ts';

export const CORPUS_DIR = resolve(import.meta.dirname, '../fixtures/mail');
export const LABELS_PATH = join(CORPUS_DIR, 'labels.json');
export const CORPUS2_DIR = resolve(import.meta.dirname, '../fixtures/mail2');
const PUBLIC_EML_DIR = '/work/shared/corpus/public/eml';

export type Split = 'dev' | 'holdout' | 'all';
const KINDS: MessageKind[] = ['invoice', 'payment', 'dispute', 'promise', 'other'];
const FIELDS = ['invoiceNumber', 'amount', 'currency', 'dueDate', 'issueDate'] as const;
type Field = (typeof FIELDS)[number];

export interface Label {
  file: string;
  me: string[];
  business: string;
  kind: MessageKind;
  direction: 'sent' | 'received' | 'null' | null;
  invoiceNumber: string | null;
  amount: string | null;
  currency: string | null;
  issueDate: string | null;
  dueDate: string | null;
  split: 'dev' | 'holdout';
  locale?: string;
  tool?: string;
  notes?: string;
}

export interface Rate {
  hits: number;
  total: number;
  value: number;
}

export interface EvalReport {
  split: Split;
  messages: number;
  errors: number;
  kinds: Record<MessageKind, { precision: Rate; recall: Rate }>;
  sentInvoice: { precision: Rate; recall: Rate };
  fields: Record<Field, Rate>;
  misses: string[];
}

export function loadLabels(corpusDir: string = CORPUS_DIR): Label[] {
  const labelsPath = join(corpusDir, 'labels.json');
  const parsed: unknown = JSON.parse(readFileSync(labelsPath, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${labelsPath}: expected an array of labels`);
  return parsed as Label[];
}

/** Runs detection over a labelled corpus (one split or all) and scores it. */
export async function evaluateCorpus(
  split: Split = 'all',
  corpusDir: string = CORPUS_DIR,
): Promise<EvalReport> {
  const labels = loadLabels(corpusDir).filter((label) => split === 'all' || label.split === split);
  const results: { label: Label; line: DetectLine | null; error: string | null }[] = [];
  for (const label of labels) {
    try {
      const bytes = await readFile(join(corpusDir, label.file));
      const identities = { addresses: label.me ?? [], businessName: label.business ?? '' };
      results.push({
        label,
        line: toDetectLine(label.file, await detectEml(bytes, identities)),
        error: null,
      });
    } catch (error) {
      results.push({ label, line: null, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return score(split, results);
}

function score(
  split: Split,
  results: { label: Label; line: DetectLine | null; error: string | null }[],
): EvalReport {
  const misses: string[] = [];
  const kinds = Object.fromEntries(
    KINDS.map((kind) => {
      const predicted = results.filter((r) => (r.line?.kind ?? 'other') === kind);
      const actual = results.filter((r) => r.label.kind === kind);
      return [
        kind,
        {
          precision: rate(predicted.filter((r) => r.label.kind === kind).length, predicted.length),
          recall: rate(actual.filter((r) => (r.line?.kind ?? 'other') === kind).length, actual.length),
        },
      ];
    }),
  ) as EvalReport['kinds'];
  const isSentInvoice = (kind: string | undefined, direction: string | null | undefined) =>
    kind === 'invoice' && direction === 'sent';
  const predictedSent = results.filter((r) => isSentInvoice(r.line?.kind, r.line?.direction));
  const actualSent = results.filter((r) => isSentInvoice(r.label.kind, labelDirection(r.label)));
  const sentInvoice = {
    precision: rate(
      predictedSent.filter((r) => isSentInvoice(r.label.kind, labelDirection(r.label))).length,
      predictedSent.length,
    ),
    recall: rate(
      actualSent.filter((r) => isSentInvoice(r.line?.kind, r.line?.direction)).length,
      actualSent.length,
    ),
  };
  const invoices = results.filter((r) => r.label.kind === 'invoice');
  const fields = Object.fromEntries(
    FIELDS.map((field) => [
      field,
      rate(invoices.filter((r) => fieldMatches(field, r.label, r.line)).length, invoices.length),
    ]),
  ) as EvalReport['fields'];
  for (const { label, line, error } of results) {
    if (error) {
      misses.push(`${label.file}: error ${error}`);
      continue;
    }
    const problems: string[] = [];
    if (line?.kind !== label.kind) problems.push(`kind ${line?.kind} ≠ ${label.kind}`);
    else if (label.kind !== 'other' && (line?.direction ?? null) !== labelDirection(label)) {
      problems.push(`direction ${line?.direction} ≠ ${labelDirection(label)}`);
    }
    if (label.kind === 'invoice') {
      for (const field of FIELDS) {
        if (!fieldMatches(field, label, line))
          problems.push(`${field} ${String(line?.[field] ?? null)} ≠ ${String(label[field] ?? null)}`);
      }
    }
    if (problems.length > 0) misses.push(`${label.file}: ${problems.join('; ')}`);
  }
  return {
    split,
    messages: results.length,
    errors: results.filter((r) => r.error).length,
    kinds,
    sentInvoice,
    fields,
    misses,
  };
}

function labelDirection(label: Label): 'sent' | 'received' | null {
  return label.direction === 'sent' || label.direction === 'received' ? label.direction : null;
}

function fieldMatches(field: Field, label: Label, line: DetectLine | null): boolean {
  const expected = label[field] ?? null;
  const actual = line?.[field] ?? null;
  if (expected === null || actual === null) return expected === actual;
  if (field === 'amount') {
    const currency = label.currency ?? line?.currency ?? '';
    if (!isKnownCurrency(currency)) return expected === actual;
    const a = parseDecimal(String(expected), currency);
    const b = parseDecimal(String(actual), currency);
    return a.ok && b.ok && a.minor === b.minor;
  }
  if (field === 'invoiceNumber') return normaliseNumber(String(expected)) === normaliseNumber(String(actual));
  return String(expected) === String(actual);
}

function normaliseNumber(value: string): string {
  return value.trim().replace(/^#/, '').toUpperCase();
}

function rate(hits: number, total: number): Rate {
  return { hits, total, value: total === 0 ? 1 : hits / total };
}

/** The public look-alike samples (all expected `other`): how many came out as something else. */
async function evaluatePublicSamples(): Promise<{ file: string; kind: string; direction: string | null }[]> {
  if (!existsSync(PUBLIC_EML_DIR)) return [];
  const { readdirSync } = await import('node:fs');
  const out: { file: string; kind: string; direction: string | null }[] = [];
  for (const file of readdirSync(PUBLIC_EML_DIR).filter((name) => name.endsWith('.eml'))) {
    try {
      const detection = await detectEml(await readFile(join(PUBLIC_EML_DIR, file)), {
        addresses: ['someone@example.com'],
        businessName: 'Example Trading',
      });
      out.push({ file, kind: detection.kind, direction: detection.direction });
    } catch (error) {
      out.push({
        file,
        kind: `error: ${error instanceof Error ? error.message : String(error)}`,
        direction: null,
      });
    }
  }
  return out;
}

function percent(value: Rate): string {
  return `${(value.value * 100).toFixed(1).padStart(5)}% (${value.hits}/${value.total})`;
}

async function main(args: string[]): Promise<void> {
  const splitIndex = args.indexOf('--split');
  const split = (splitIndex === -1 ? 'all' : args[splitIndex + 1]) as Split;
  if (!['dev', 'holdout', 'all'].includes(split)) {
    process.stderr.write('--split must be dev, holdout or all\n');
    process.exitCode = 1;
    return;
  }
  const corpusIndex = args.indexOf('--corpus');
  const corpusArg = corpusIndex === -1 ? undefined : args[corpusIndex + 1];
  if (corpusIndex !== -1 && (corpusArg === undefined || corpusArg.startsWith('--'))) {
    process.stderr.write('--corpus needs a folder path\n');
    process.exitCode = 1;
    return;
  }
  const corpusDir = corpusArg === undefined ? CORPUS_DIR : resolve(corpusArg);
  const labelsPath = join(corpusDir, 'labels.json');
  if (!existsSync(labelsPath)) {
    process.stderr.write(`${labelsPath} is missing: the labelled corpus is needed\n`);
    process.exitCode = 1;
    return;
  }
  const report = await evaluateCorpus(split, corpusDir);
  const publicSamples = await evaluatePublicSamples();
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ...report, publicSamples }, null, 2)}\n`);
    return;
  }
  const lines = [
    `split ${split}: ${report.messages} messages, ${report.errors} unreadable`,
    '',
    'kind        precision              recall',
  ];
  for (const kind of KINDS) {
    lines.push(
      `${kind.padEnd(10)}  ${percent(report.kinds[kind].precision).padEnd(21)}  ${percent(report.kinds[kind].recall)}`,
    );
  }
  lines.push(
    '',
    `sent invoice  precision ${percent(report.sentInvoice.precision)}  recall ${percent(report.sentInvoice.recall)}`,
  );
  lines.push('', 'field accuracy over messages labelled invoice:');
  for (const field of FIELDS) lines.push(`  ${field.padEnd(14)} ${percent(report.fields[field])}`);
  if (publicSamples.length > 0) {
    lines.push('', 'public look-alike samples (expected other):');
    for (const sample of publicSamples)
      lines.push(`  ${sample.file}: ${sample.kind}${sample.direction ? ` (${sample.direction})` : ''}`);
  }
  if (args.includes('--verbose') && report.misses.length > 0)
    lines.push('', 'misses:', ...report.misses.map((m) => `  ${m}`));
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
