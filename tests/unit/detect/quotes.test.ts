import { describe, expect, it } from 'vitest';
import { splitQuoted } from '../../../lib/detect/normalise/quotes.ts';

describe('splitQuoted', () => {
  it.each([
    ['English Gmail', 'On Mon, 2 Mar 2026 at 10:15, Anna Berg <anna@studio-nord.example> wrote:'],
    ['German', 'Am 02.03.2026 um 10:15 schrieb Anna Berg <anna@studio-nord.example>:'],
    ['French', 'Le lun. 2 mars 2026 à 10:15, Anna Berg <anna@studio-nord.example> a écrit :'],
    ['Spanish', 'El lun, 2 mar 2026 a las 10:15, Anna Berg (<anna@studio-nord.example>) escribió:'],
    ['Italian', 'Il giorno lun 2 mar 2026 alle ore 10:15 Anna Berg <anna@studio-nord.example> ha scritto:'],
    ['Dutch', 'Op ma 2 mrt 2026 om 10:15 schreef Anna Berg <anna@studio-nord.example>:'],
  ])('cuts at a %s attribution line', (_language, attribution) => {
    const split = splitQuoted(
      `We paid this morning.\n\n${attribution}\n> Invoice 12 for €300\n> due 1 April`,
    );
    expect(split.own).toBe('We paid this morning.');
    expect(split.quoted).toContain('Invoice 12 for €300');
    expect(split.forwarded).toBe(false);
  });

  it('joins an attribution line that Gmail wrapped over two lines', () => {
    const split = splitQuoted(
      'Thanks!\n\nOn Mon, Mar 2, 2026 at 10:15 AM Anna Berg <\nanna@studio-nord.example> wrote:\n> old',
    );
    expect(split.own).toBe('Thanks!');
  });

  it.each([
    [
      'Outlook (English)',
      'From: Anna Berg <anna@studio-nord.example>\nSent: Monday, March 2, 2026 10:15 AM\nTo: Tom Reed\nSubject: Invoice 12',
    ],
    [
      'Outlook (German)',
      'Von: Anna Berg <anna@studio-nord.example>\nGesendet: Montag, 2. März 2026 10:15\nAn: Tom Reed\nBetreff: Rechnung 12',
    ],
    [
      'Outlook (French)',
      'De : Anna Berg <anna@studio-nord.example>\nEnvoyé : lundi 2 mars 2026 10:15\nÀ : Tom Reed\nObjet : Facture 12',
    ],
    ['Outlook separator', '-----Original Message-----\nFrom: Anna Berg\nSent: Monday\nSubject: Invoice 12'],
  ])('cuts at an %s header block', (_name, header) => {
    const split = splitQuoted(`We dispute the hours billed.\n\n${header}\n\nInvoice 12 for €300`);
    expect(split.own).toBe('We dispute the hours billed.');
    expect(split.quoted).toContain('Invoice 12 for €300');
  });

  it('does not mistake a service period "From: … To: …" for a quoted header', () => {
    const text = 'Invoice 12\nFrom: 1 March 2026\nTo: 31 March 2026\nTotal: €300';
    expect(splitQuoted(text).own).toBe(text);
  });

  it('marks forwarded messages', () => {
    const split = splitQuoted(
      'FYI\n\n---------- Forwarded message ---------\nFrom: Anna <anna@studio-nord.example>\nInvoice 12',
    );
    expect(split.forwarded).toBe(true);
    expect(split.own).toBe('FYI');
  });

  it('keeps a bottom-posted reply written under "> " lines', () => {
    const split = splitQuoted(
      'On Mon, Anna wrote:\n> Invoice 12 is overdue.\n\nSorry! We will pay on Friday.',
    );
    expect(split.own).toBe('Sorry! We will pay on Friday.');
    expect(split.quoted).toBe('On Mon, Anna wrote:\nInvoice 12 is overdue.');
  });
});
