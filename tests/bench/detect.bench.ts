/**
 * Detection speed: one typical 3 KB invoice mail, one 500 KB HTML newsletter, a 30-message
 * thread, and chrono-node alone over the same texts (for comparison). Inputs are generated
 * here so the numbers do not depend on fixtures.
 */
import * as chrono from 'chrono-node';
import { detectMessage } from '../../lib/detect/message.ts';
import { htmlToText } from '../../lib/detect/normalise/html-to-text.ts';
import { detectThread } from '../../lib/detect/thread.ts';
import type { Identities, NormalisedMessage } from '../../lib/detect/types.ts';

export interface BenchResult {
  name: string;
  unit: 'ms';
  median: number;
  p95: number;
  target: number | null;
}

const ME: Identities = { addresses: ['anna@studio-nord.example'], businessName: 'Studio Nord' };
const REFERENCE = new Date('2026-03-04T12:00:00Z');

export async function benchDetect(): Promise<BenchResult[]> {
  const invoice = invoiceMail();
  const newsletter = newsletterMail();
  const thread = threadOf(30);
  const newsletterText = htmlToText(newsletter.html ?? '').text;
  return [
    measure('detect: 3 KB invoice mail', 2000, () => detectMessage(invoice, ME), 1),
    measure('detect: 500 KB HTML newsletter', 60, () => detectMessage(newsletter, ME), 20),
    measure('detect: 30-message thread', 100, () => detectThread(thread, ME), null),
    measure('chrono-node alone: 3 KB invoice text', 200, () => chrono.parse(invoice.text, REFERENCE), null),
    measure(
      'chrono-node alone: 500 KB newsletter text',
      5,
      () => chrono.parse(newsletterText, REFERENCE),
      null,
    ),
    measure(
      'chrono-node alone: 30-message thread texts',
      20,
      () => thread.map((m) => chrono.parse(m.text, REFERENCE)),
      null,
    ),
  ];
}

function measure(name: string, runs: number, run: () => unknown, target: number | null): BenchResult {
  for (let warm = 0; warm < Math.min(20, runs); warm++) run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { name, unit: 'ms', median: round(at(0.5)), p95: round(at(0.95)), target };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function message(partial: Partial<NormalisedMessage>): NormalisedMessage {
  return {
    from: { name: 'Anna Berg', address: 'anna@studio-nord.example' },
    to: [{ name: 'Tom Reed', address: 'tom@harbour-foods.example' }],
    cc: [],
    bcc: [],
    replyTo: [],
    subject: '',
    date: '2026-03-04T10:12:00+01:00',
    text: '',
    attachments: [],
    ...partial,
  };
}

/** About 3 KB: greeting, line items, totals, terms, bank details and a signature. */
function invoiceMail(): NormalisedMessage {
  const items = Array.from(
    { length: 14 },
    (_, index) =>
      `  ${index + 1}. Design and build work, phase ${index + 1}\t${4 + (index % 3)} h\t€${(95).toFixed(2)}\t€${((4 + (index % 3)) * 95).toFixed(2)}`,
  ).join('\n');
  const text = [
    'Hi Tom,',
    '',
    'Please find attached invoice SN-2026-031 for the work on the new ordering site in February.',
    'Thanks again for the smooth collaboration, it was a pleasure working with your team.',
    '',
    'Invoice number: SN-2026-031',
    'Invoice date: 4 March 2026',
    'Due date: 3 April 2026',
    '',
    items,
    '',
    'Subtotal\t€4,940.00',
    'VAT 20%\t€988.00',
    'Total\t€5,928.00',
    'Deposit received\t€1,500.00',
    'Balance due\t€4,428.00',
    '',
    'Payment terms: Net 30. Please pay by bank transfer to IBAN DE00 0000 0000 0000 0000 00 (BIC NORDDEXX),',
    'quoting the invoice number as the reference. Card payments are possible through the link in the PDF.',
    '',
    'If anything in the invoice looks unclear, just reply to this mail and I will sort it out.',
    '',
    'Kind regards,',
    'Anna Berg',
    'Studio Nord — design & development',
    'Lindenstraße 12, 10969 Berlin · +49 30 0000000 · studio-nord.example',
  ].join('\n');
  return message({
    subject: 'Invoice SN-2026-031 from Studio Nord',
    text,
    attachments: [{ filename: 'Invoice-SN-2026-031.pdf', mimeType: 'application/pdf', size: 48_000 }],
  });
}

/** About 500 KB of marketing HTML: nested tables, inline styles, many links, an unsubscribe footer. */
function newsletterMail(): NormalisedMessage {
  const block = (index: number) =>
    `<table role="presentation" width="100%" style="border-collapse:collapse;background:#fafafa"><tr>` +
    `<td style="padding:16px 24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333">` +
    `<h2 style="margin:0 0 8px;font-size:20px">Story ${index}: five habits of studios that get paid on time</h2>` +
    `<p style="margin:0 0 12px">Clear terms, a due date in the subject line and a friendly follow-up three days after the due date &ndash; ` +
    `readers tell us these still work best. Prices from &euro;${index}9.00 per month.</p>` +
    `<a href="https://news.example/track/${index}?utm_source=newsletter&amp;utm_medium=email" style="color:#0a58ca">Read more</a>` +
    `</td></tr></table>\n`;
  let html = '<!doctype html><html><head><style>.x{color:red}</style></head><body><div class="wrapper">';
  for (let index = 0; html.length < 500_000; index++) html += block(index);
  html +=
    '<p style="font-size:12px">You receive this newsletter because you signed up. <a href="https://news.example/u">Unsubscribe</a></p></div></body></html>';
  return message({
    from: { name: 'The Studio Letter', address: 'hello@news.example' },
    to: [{ name: '', address: 'anna@studio-nord.example' }],
    subject: 'This week: getting paid on time (issue #88)',
    html,
  });
}

/** An invoice, reminders, a promise and a payment, each quoting the thread so far. */
function threadOf(count: number): NormalisedMessage[] {
  const messages: NormalisedMessage[] = [invoiceMail()];
  let history = `> ${invoiceMail().text.split('\n').join('\n> ')}`;
  for (let index = 1; index < count; index++) {
    const fromClient = index % 2 === 1;
    const own = fromClient
      ? index === count - 1
        ? 'Hi Anna, we paid the balance today by bank transfer. Best, Tom'
        : "Hi Anna, sorry for the delay, we'll pay by the 20th. Best, Tom"
      : 'Hi Tom, a friendly reminder that invoice SN-2026-031 for €4,428.00 is now overdue. Thanks, Anna';
    const sender = fromClient
      ? { name: 'Tom Reed', address: 'tom@harbour-foods.example' }
      : { name: 'Anna Berg', address: 'anna@studio-nord.example' };
    const recipient = fromClient
      ? { name: 'Anna Berg', address: 'anna@studio-nord.example' }
      : { name: 'Tom Reed', address: 'tom@harbour-foods.example' };
    const day = String(4 + index).padStart(2, '0');
    const text = `${own}\n\nOn Mon, Mar ${day}, 2026 at 10:00 AM ${recipient.name} <${recipient.address}> wrote:\n${history}`;
    messages.push(
      message({
        from: sender,
        to: [recipient],
        subject: 'Re: Invoice SN-2026-031 from Studio Nord',
        date: `2026-03-${day}T10:00:00+01:00`,
        text,
      }),
    );
    history = `> ${text.split('\n').join('\n> ')}`.slice(0, 20_000);
  }
  return messages;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await benchDetect()) console.log(JSON.stringify(result));
}
