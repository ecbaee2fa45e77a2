import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractEInvoice, parseEInvoiceXml } from '../../lib/detect/einvoice/index.ts';
import { type BenchFigure, measure } from './figure.ts';

// shared/ sits beside the repository; without it there is nothing to measure.
const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/public/', import.meta.url));
const PDF_SAMPLE = 'pdf/akretion_invoice_EN16931.pdf';
const XML_SAMPLE = 'xml/akretion_factur-x-en16931.xml';

/** Extraction time for a typical Factur-X PDF (and its bare XML), from bytes to fields. */
export async function benchEInvoice(): Promise<BenchFigure[]> {
  if (!existsSync(CORPUS_DIR + PDF_SAMPLE) || !existsSync(CORPUS_DIR + XML_SAMPLE)) return [];
  const pdf = new Uint8Array(readFileSync(CORPUS_DIR + PDF_SAMPLE));
  const xml = readFileSync(CORPUS_DIR + XML_SAMPLE, 'utf8');
  const kb = (bytes: number) => Math.round(bytes / 1024);

  const coldStart = performance.now();
  const first = await extractEInvoice(pdf, 'invoice_EN16931.pdf');
  const cold = performance.now() - coldStart;
  if (first?.invoiceNumber !== 'F20260023')
    throw new Error('einvoice bench: the sample no longer reads as F20260023');

  const warm = await measure(() => extractEInvoice(pdf, 'invoice_EN16931.pdf'), { runs: 30, warmup: 3 });
  const bare = await measure(() => parseEInvoiceXml(xml), { runs: 50, warmup: 5 });
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return [
    {
      name: `einvoice: first Factur-X PDF, loading pdf.js (${kb(pdf.length)} KB)`,
      unit: 'ms',
      median: round(cold),
      p95: round(cold),
      target: null,
    },
    { name: `einvoice: Factur-X PDF to fields (${kb(pdf.length)} KB)`, unit: 'ms', ...warm, target: 50 },
    { name: `einvoice: bare CII XML to fields (${kb(xml.length)} KB)`, unit: 'ms', ...bare, target: 20 },
  ];
}
