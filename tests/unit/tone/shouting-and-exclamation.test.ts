import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../lib/drafts/tone/check-tone.ts';
import type { ToneRuleId } from '../../../lib/drafts/tone/types.ts';

function flagged(text: string, rule: ToneRuleId, step = 'reminder'): string[] {
  return checkTone(text, step)
    .filter((flag) => flag.rule === rule)
    .map((flag) => text.slice(flag.start, flag.end));
}

describe('shouting', () => {
  it('flags a sentence written in capitals', () => {
    expect(flagged('PLEASE PAY THIS.', 'shouting')).toEqual(['PLEASE PAY THIS']);
  });

  it('flags a run of three capitalised words inside a normal sentence', () => {
    expect(flagged('The balance is STILL NOT PAID, as you know.', 'shouting')).toEqual(['STILL NOT PAID']);
  });

  it('flags a single pushed word in capitals', () => {
    expect(flagged('Please pay NOW.', 'shouting')).toEqual(['NOW']);
    expect(flagged('Bitte zahlen Sie SOFORT.', 'shouting')).toEqual(['SOFORT']);
  });

  it('ignores acronyms, currencies and invoice numbers', () => {
    expect(flagged('Invoice INV-1042: EUR 1,200.00 plus VAT, IBAN and BIC in the PDF.', 'shouting')).toEqual(
      [],
    );
    expect(flagged('Our SEPA details and USD account are in the PDF.', 'shouting')).toEqual([]);
  });

  it('does not count acronyms towards a run', () => {
    expect(flagged('Please send the PDF VAT IBAN BIC details.', 'shouting')).toEqual([]);
  });

  it('leaves headings and letterheads in capitals alone', () => {
    expect(flagged('PAYMENT DETAILS\nBank: Northbank', 'shouting')).toEqual([]);
    expect(flagged('Kind regards,\nJane Doe\nBRIGHTLINE DESIGN STUDIO', 'shouting')).toEqual([]);
  });

  it('still flags a heading that pushes', () => {
    expect(flagged('PAY NOW\nBank: Northbank', 'shouting')).toEqual(['PAY NOW']);
  });

  it('handles capitals with accents', () => {
    expect(flagged('VOUS DEVEZ PAYER IMMÉDIATEMENT.', 'shouting')).toEqual([
      'VOUS DEVEZ PAYER IMMÉDIATEMENT',
    ]);
  });
});

describe('exclamation marks', () => {
  it('flags two or more in a row', () => {
    expect(flagged('Please pay!!', 'exclamation')).toEqual(['!!']);
  });

  it('flags "?!" and "!?"', () => {
    expect(flagged('Why?! Really!?', 'exclamation')).toEqual(['?!', '!?']);
  });

  it('flags many single marks in a short text', () => {
    expect(flagged('Hi! The invoice is late! Please pay!', 'exclamation')).toEqual(['!', '!', '!']);
  });

  it('allows one or two spread over a friendly note', () => {
    expect(flagged('Thanks so much! Have a lovely weekend!', 'exclamation', 'thank-you')).toEqual([]);
  });

  it('does not count the Spanish opening mark', () => {
    expect(flagged('¡Gracias por el pago!', 'exclamation', 'thank-you')).toEqual([]);
  });

  it('does not count marks that are far apart in a long draft', () => {
    const filler = ' The invoice details are attached for your records.'.repeat(12);
    expect(flagged(`Hello!${filler} Thanks!${filler} Cheers!`, 'exclamation')).toEqual([]);
  });
});
