import { describe, expect, it } from 'vitest';
import * as keywords from '../../../lib/detect/classify/keywords.ts';
import { Phrases } from '../../../lib/detect/classify/phrases.ts';

describe('phrase tables', () => {
  const tables = Object.entries(keywords).filter(
    (entry): entry is [string, Phrases] => entry[1] instanceof Phrases,
  );

  it.each(tables)('%s is written in lower case (it is matched against lower-cased text)', (_name, table) => {
    const letters = table.source.replace(/\\[pP]\{[^}]+\}|\\[A-Za-z]/g, '');
    expect(letters).not.toMatch(/[A-ZÀ-ÞΑ-ΩА-Я]/u);
  });

  it('matches whole words only, in any case', () => {
    const table = new Phrases(['ust', 'due\\s+date']);
    expect(table.test('August')).toBe(false);
    expect(table.test('zzgl. USt. 19 %')).toBe(true);
    expect(table.find('The DUE  DATE is near')).toEqual({ index: 4, text: 'DUE  DATE' });
  });

  it('matches unbounded phrases inside CJK text', () => {
    expect(keywords.INVOICE_WORD.test('ご請求書を送付いたします')).toBe(true);
  });
});
