import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTool } from './helpers.ts';

let dir = '';
const file = (name: string) => join(dir, name);

const INVOICE = [
  'From: Anna Berg <anna@studio-nord.example>',
  'To: Tom Reed <tom@harbour-foods.example>',
  'Subject: Invoice SN-2026-031 from Studio Nord',
  'Date: Wed, 4 Mar 2026 10:12:00 +0100',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hi Tom,',
  '',
  'please find attached invoice SN-2026-031.',
  'Invoice date: 4 March 2026',
  'Amount due: 1.234,56 €',
  'Payment terms: Net 30',
  '',
  'Anna',
].join('\r\n');

const PROMISE = [
  'From: Tom Reed <tom@harbour-foods.example>',
  'To: Anna Berg <anna@studio-nord.example>',
  'Subject: Re: Invoice SN-2026-031 from Studio Nord',
  'Date: Fri, 10 Apr 2026 09:00:00 +0200',
  'Content-Type: text/plain; charset=utf-8',
  '',
  "Hi Anna, sorry - we'll pay by the 20th.",
  '',
  'On Wed, 4 Mar 2026 at 10:12, Anna Berg <anna@studio-nord.example> wrote:',
  '> please find attached invoice SN-2026-031.',
  '> Amount due: 1.234,56 €',
].join('\r\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tactful-detect-'));
  writeFileSync(file('invoice.eml'), INVOICE);
  writeFileSync(file('promise.eml'), PROMISE);
  writeFileSync(file('empty.eml'), '');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run detect', () => {
  it('prints one JSON line per mail with kind, direction and the invoice fields', async () => {
    const result = await runTool('detect', [
      '--me',
      'anna@studio-nord.example',
      '--business',
      'Studio Nord',
      file('invoice.eml'),
      file('promise.eml'),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      {
        file: file('invoice.eml'),
        kind: 'invoice',
        direction: 'sent',
        invoiceNumber: 'SN-2026-031',
        amount: '1234.56',
        currency: 'EUR',
        issueDate: '2026-03-04',
        dueDate: '2026-04-03',
        confidence: expect.any(Number),
      },
      {
        file: file('promise.eml'),
        kind: 'promise',
        direction: null,
        invoiceNumber: 'SN-2026-031',
        amount: null,
        currency: null,
        issueDate: null,
        dueDate: null,
        confidence: expect.any(Number),
      },
    ]);
  });

  it('reports a file it cannot read and still succeeds when another file worked', async () => {
    const result = await runTool('detect', [
      '--me=anna@studio-nord.example',
      file('missing.eml'),
      file('empty.eml'),
      file('invoice.eml'),
    ]);
    expect(result.code).toBe(0);
    expect(result.lines.slice(0, 2)).toEqual([
      { file: file('missing.eml'), error: 'no such file' },
      { file: file('empty.eml'), error: 'the file is empty' },
    ]);
    expect(result.lines[2]).toMatchObject({ kind: 'invoice' });
  });

  it('exits non-zero when every file failed', async () => {
    const result = await runTool('detect', ['--me', 'anna@studio-nord.example', file('missing.eml')]);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([{ file: file('missing.eml'), error: 'no such file' }]);
  });

  it.each([
    [[], '--me is required'],
    [['--me'], '--me needs a value'],
    [['--me', 'not-an-address', 'x.eml'], '"not-an-address" is not an e-mail address'],
    [['--me', 'anna@studio-nord.example'], 'no .eml file given'],
    [['--verbose', 'x.eml'], 'unknown option --verbose'],
  ])('explains bad arguments %j', async (args, message) => {
    const result = await runTool('detect', args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });
});
