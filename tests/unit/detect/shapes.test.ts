import { describe, expect, it } from 'vitest';
import { detectMessage } from '../../../lib/detect/message.ts';
import type { Address, NormalisedMessage } from '../../../lib/detect/types.ts';

const ME = { name: 'Jo Park', address: 'jo@parkdesign.example' };
const CLIENT = { name: 'Accounts', address: 'ap@client.example' };
const IDENTITY = { addresses: [ME.address], businessName: 'Park Design' };

function note(
  from: Address,
  subject: string,
  text: string,
  extra: Partial<NormalisedMessage> = {},
): NormalisedMessage {
  const to = from === ME ? CLIENT : ME;
  return {
    from,
    to: [to],
    cc: [],
    bcc: [],
    replyTo: [],
    subject,
    date: '2026-03-04T10:00:00-05:00',
    text,
    attachments: [],
    ...extra,
  };
}

const PLATFORM = (name: string, address: string) => ({ name, address });

describe('invoice mails in many shapes', () => {
  it.each([
    [
      'a QuickBooks-style card with the user in Reply-To',
      note(
        PLATFORM('Park Design', 'quickbooks@notification.intuit.com'),
        'Invoice 1043 from Park Design',
        'Dear Customer,\n\nYour invoice is attached. Please remit payment at your earliest convenience.\n\nInvoice # 1043\nBalance Due $2,415.00\nDue Date 04/03/2026',
        { replyTo: [ME] },
      ),
      ['1043', 241500, 'USD', '2026-04-03'],
    ],
    [
      'a FreshBooks-style sentence with the number in brackets',
      note(
        PLATFORM('Park Design', 'noreply@freshbooks.com'),
        'Park Design sent you an invoice (0000127)',
        "Park Design sent you an invoice (0000127) for $1,980.00 that's due on April 2, 2026.",
        { cc: [ME] },
      ),
      ['0000127', 198000, 'USD', '2026-04-02'],
    ],
    [
      'a German mail asking for payment by a date',
      note(
        ME,
        'Rechnung Nr. 2026-05',
        'Sehr geehrte Damen und Herren,\n\nanbei übersende ich Ihnen meine Rechnung Nr. 2026-05 über 1.190,00 EUR (inkl. 19% MwSt.). Bitte überweisen Sie den Betrag bis zum 15.04.2026.',
      ),
      ['2026-05', 119000, 'EUR', '2026-04-15'],
    ],
    [
      'a French mail with terms in days',
      note(
        ME,
        'Facture FA-2026-12',
        "Bonjour,\n\nVeuillez trouver ci-joint la facture FA-2026-12 d'un montant de 960,00 € TTC, payable à 30 jours.",
      ),
      ['FA-2026-12', 96000, 'EUR', '2026-04-03'],
    ],
    [
      'a Spanish mail with a payment deadline',
      note(
        ME,
        'Factura 45/2026',
        'Adjunto le remito la factura número 45/2026 por un total de 2.420,00 € (IVA incluido). El pago deberá realizarse antes del 30/04/2026.',
      ),
      ['45/2026', 242000, 'EUR', '2026-04-30'],
    ],
    [
      'an Italian mail with a scadenza',
      note(
        ME,
        'Fattura 12/2026',
        'Buongiorno,\n\nin allegato la fattura n. 12/2026 di € 1.220,00 con scadenza 30/04/2026.',
      ),
      ['12/2026', 122000, 'EUR', '2026-04-30'],
    ],
    [
      'a Dutch mail with a payment period',
      note(
        ME,
        'Factuur 2026-014',
        'Hierbij ontvangt u factuur 2026-014 ter hoogte van € 605,00. Gelieve het bedrag binnen 14 dagen over te maken.',
      ),
      ['2026-014', 60500, 'EUR', '2026-03-18'],
    ],
    [
      'a Japanese invoice',
      note(
        ME,
        '請求書送付のご案内',
        'いつもお世話になっております。\n請求書番号：INV-2603-011\n請求金額：¥128,700（税込）\nお支払期限：2026年4月30日\nよろしくお願いいたします。',
      ),
      ['INV-2603-011', 128700, 'JPY', '2026-04-30'],
    ],
    [
      'a follow-up counting the days overdue',
      note(
        ME,
        'FINAL NOTICE - Invoice 88',
        'FINAL NOTICE: Invoice 88 is 45 days overdue. Total outstanding: £1,200.00. Please pay within 7 days.',
      ),
      ['88', 120000, 'GBP', '2026-01-18'],
    ],
  ])('reads %s', (_name, message, [number, minor, currency, due]) => {
    const result = detectMessage(message, IDENTITY);
    expect([result.kind, result.direction]).toEqual(['invoice', 'sent']);
    expect(result.invoiceNumber?.value).toBe(number);
    expect(result.amountDue?.value).toEqual({ amountMinor: minor, currency });
    expect(result.dueDate?.value).toBe(due);
  });

  it.each([
    ['payment', 'Payment for invoice 2041 has been sent via ACH, should arrive in 2-3 days.'],
    ['payment', 'Hi, the check is in the mail!'],
    ['promise', 'Thanks for the reminder. Our AP team will process it on the next check run.'],
    ['dispute', "I'm not happy with the final deliverable and won't be paying the full amount."],
    ['other', 'Quick question: does the invoice amount include VAT?'],
  ])('reads a client reply as %s: "%s"', (kind, text) => {
    expect(detectMessage(note(CLIENT, 'Re: Invoice 2041', text), IDENTITY).kind).toBe(kind);
  });

  it.each([
    [
      'a credit note',
      note(
        ME,
        'Credit note CN-12',
        'Please find attached credit note CN-12 for €150.00 against invoice 1043.',
      ),
    ],
    [
      'a purchase order',
      note(
        CLIENT,
        'Purchase order PO-7781',
        'Please find attached our purchase order PO-7781. Please quote the PO number on your invoice.',
      ),
    ],
    [
      'an earnings summary',
      note(
        PLATFORM('Platform', 'noreply@platform.example'),
        'Your weekly earnings',
        'You earned $1,200.00 this week.',
      ),
    ],
    [
      'a statement of account',
      note(
        ME,
        'Statement of account - March 2026',
        'Please find attached your statement of account. Invoices 101, 102 and 103 remain outstanding.',
      ),
    ],
  ])('does not take %s for an invoice', (_name, message) => {
    expect(detectMessage(message, IDENTITY).kind).toBe('other');
  });

  it('reads an HTML-only platform card whose labels sit above their values', () => {
    const html =
      '<p>Park Design sent you an invoice.</p><table><tr><td>Invoice number</td><td>Date due</td><td>Amount due</td></tr>' +
      '<tr><td>ABCD-0001</td><td>April 3, 2026</td><td>$4,850.00</td></tr></table><p>Pay online</p>';
    const result = detectMessage(
      note(PLATFORM('Park Design', 'invoice@stripe.com'), 'Your invoice from Park Design', '', {
        html,
        to: [CLIENT],
        cc: [ME],
      }),
      IDENTITY,
    );
    expect([result.kind, result.direction, result.invoiceNumber?.value, result.dueDate?.value]).toEqual([
      'invoice',
      'sent',
      'ABCD-0001',
      '2026-04-03',
    ]);
    expect(result.amountDue?.value).toEqual({ amountMinor: 485000, currency: 'USD' });
  });

  it('reads a platform’s note that a client paid as a payment', () => {
    const result = detectMessage(
      note(
        PLATFORM('Stripe', 'notifications@stripe.com'),
        'Payment of $4,850.00 from Client Corp',
        'You received a payment of $4,850.00 from Client Corp for invoice 8C21D4F0-0007.',
      ),
      IDENTITY,
    );
    expect([result.kind, result.invoiceNumber?.value]).toEqual(['payment', '8C21D4F0-0007']);
    expect(result.amountDue?.value).toEqual({ amountMinor: 485000, currency: 'USD' });
  });
});
