import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../lib/cli/case-file.ts';
import { addDays, formatDate } from '../../lib/dates/calendar.ts';
import { TEMPLATE_IDS } from '../../lib/drafts/template-ids.ts';
import { computeFees } from '../../lib/ladder/fees.ts';
import { formatMoney } from '../../lib/money/amount.ts';
import { runTool } from './helpers.ts';

const STUDIO = 'tests/fixtures/cli/draft/studio-en.json';
const AGENCY = 'tests/fixtures/cli/draft/agency-de.json';

interface DraftLine {
  id: string;
  template: string;
  to: string | null;
  subject: string;
  text: string;
  html: string;
}

async function draft(args: string[]): Promise<DraftLine[]> {
  const result = await runTool('draft', args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.lines as DraftLine[];
}

describe('npm run draft', () => {
  it('prints one JSON line per invoice with the next step’s draft', async () => {
    const lines = await draft([STUDIO]);
    expect(lines.map((line) => Object.keys(line))).toEqual(
      Array(6).fill(['id', 'template', 'to', 'subject', 'text', 'html']),
    );
    expect(lines.map((line) => [line.id, line.template, line.to])).toEqual([
      ['s1', 'final', 'dana@whitfield-joinery.test'],
      ['s2', 'courtesy', 'tomas@brennan-bakery.test'],
      ['s3', 'thank-you', 'm.osei@mailbox.test'],
      ['s4', 'reminder', 'ap@quillon.test'],
      ['s5', 'follow-up', 'mori@kobo-mori.test'],
      ['s6', 'reminder', null],
    ]);
  });

  it('a final notice names today + finalDeadlineDays and the statutory figures from computeFees', async () => {
    const [line] = await draft([STUDIO, '--invoice', 's1']);
    const file = parseCaseFile(readFileSync(STUDIO, 'utf8'), STUDIO);
    const invoice = file.invoices[0]!;
    const fees = computeFees(invoice, file.policy.fees, file.today);
    const money = (minor: number) => formatMoney(minor, 'GBP', 'en-GB');
    const deadline = formatDate(addDays(file.today, file.policy.finalDeadlineDays), 'en-GB');
    expect(deadline).toBe('23 Mar 2026');
    expect(line?.subject).toBe(`Final notice: invoice INV-2041, please pay by ${deadline}`);
    expect(line?.text).toContain(`Interest to 16 Mar 2026: ${money(fees.interestMinor)}`);
    expect(line?.text).toContain(`Fixed compensation: ${money(fees.compensationMinor)}`);
    expect(line?.text).toContain(`Please pay ${money(200000 + fees.totalMinor)} by ${deadline}.`);
    expect(line?.html).toContain(money(fees.interestMinor));
  });

  it('drafts the template asked for', async () => {
    const [line] = await draft([STUDIO, '--invoice', 's1', '--template', 'partial-ack']);
    expect(line?.template).toBe('partial-ack');
    expect(line?.text).toContain(
      'Invoice total: £3,000.00\nPaid so far: £1,000.00\nRemaining balance: £2,000.00',
    );
    const [plan] = await draft([STUDIO, '--invoice=s6', '--template=plan-proposal']);
    expect(plan?.text).toContain('KWD\u00a0411.523');
  });

  it('escapes client-provided text in html and keeps it plain in text', async () => {
    const [line] = await draft([STUDIO, '--invoice', 's4']);
    expect(line?.html).not.toMatch(/<img|<b>2044/);
    expect(line?.html).toContain('INV-&lt;b&gt;2044&lt;/b&gt;');
    expect(line?.subject).toBe('Friendly reminder: invoice INV-<b>2044</b>');
    const [call] = await draft([STUDIO, '--invoice', 's4', '--template', 'call']);
    expect(call?.html).toContain(
      '&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;, {{sender.email}} &amp; Partners',
    );
    expect(call?.text).toContain('Contact: <img src=x onerror=alert(1)>, {{sender.email}} & Partners');
  });

  it('formats yen without decimals', async () => {
    const [line] = await draft([STUDIO, '--invoice', 's5']);
    expect(line?.subject).toBe('Invoice INV-2047: JP¥100,000 outstanding');
    expect(line?.text).not.toMatch(/¥[\d,]+\.\d/);
  });

  it('writes in the case locale: German amounts and dates', async () => {
    const [line] = await draft([AGENCY]);
    expect(line?.template).toBe('final');
    expect(line?.text).toContain('1.234,56\u00a0€');
    expect(line?.subject).toContain('26.03.2026');
    expect(line?.text).toContain('§ 288 BGB');
  });
});

describe('npm run draft, on bad input', () => {
  it('names an unknown invoice id and the ids there are', async () => {
    const result = await runTool('draft', [STUDIO, '--invoice', 'nope']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${STUDIO}: no invoice with id "nope" (ids in the file: s1, s2, s3, s4, s5, s6)\n`,
    );
  });

  it('names an unknown template and lists the templates', async () => {
    const result = await runTool('draft', [STUDIO, '--template', 'threat']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`unknown template "threat": choose one of ${TEMPLATE_IDS.join(', ')}\n`);
  });

  it('explains usage when the case file or an option value is missing', async () => {
    const none = await runTool('draft', []);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^no case file given\nusage: npm run --silent draft -- CASE\.json/);
    const flag = await runTool('draft', [STUDIO, '--invoice']);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toMatch(/^--invoice needs a value/);
    const unknown = await runTool('draft', [STUDIO, '--tone']);
    expect(unknown.stderr).toMatch(/^unknown option "--tone"/);
  });

  it('reports a missing file and a bad case file without a stack trace', async () => {
    const missing = await runTool('draft', ['tests/fixtures/cli/draft/nowhere.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('tests/fixtures/cli/draft/nowhere.json: cannot read (no such file)\n');
    const bad = await runTool('draft', ['tests/fixtures/cli/draft/bad-amount.json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^tests\/fixtures\/cli\/draft\/bad-amount\.json: invoices\[0\]\.total: /);
    expect(bad.stderr).not.toContain('    at ');
  });
});
