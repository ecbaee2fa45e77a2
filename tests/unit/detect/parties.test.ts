import { describe, expect, it } from 'vitest';
import { businessKey, namesBusiness } from '../../../lib/detect/extract/parties.ts';
import { platformOf } from '../../../lib/detect/extract/platforms.ts';
import { detectMessage } from '../../../lib/detect/message.ts';
import { ANNA, CLIENT, mail, PDF, STUDIO } from './mail.ts';

const invoiceText = 'Please find attached invoice SN-7 for €900.00, due 3 April 2026.';

describe('who issued the invoice', () => {
  it('matches the business name with or without its legal form and accents', () => {
    expect(businessKey('Studio Nord GmbH')).toBe('studio nord');
    expect(namesBusiness('Invoice from STUDIO NORD', 'Studio Nord GmbH')).toBe(true);
    expect(namesBusiness('Studio Nordlicht', 'Studio Nord GmbH')).toBe(false);
    expect(namesBusiness('Facture de Lefevre Redaction', 'Lefèvre Rédaction')).toBe(true);
  });

  it('recognises invoicing platforms by domain, country domain or "via" name', () => {
    expect(platformOf('invoice@stripe.com', '')?.name).toBe('Stripe');
    expect(platformOf('messaging-service@post.xero.co.uk', '')?.name).toBe('Xero');
    expect(platformOf('noreply@quickbooks.intuit.com', '')?.name).toBe('QuickBooks');
    expect(platformOf('no-reply@studio.example', 'Studio Nord via Square')?.name).toBe('Square');
    expect(platformOf('tom@harbour-foods.example', 'Tom Reed')).toBeNull();
  });

  it('counts an Outlook message known only by display name as sent when it shows the business name', () => {
    const result = detectMessage(
      mail({
        from: { name: 'Studio Nord GmbH', address: '' },
        subject: 'Invoice SN-7',
        text: invoiceText,
        attachments: [PDF('SN-7.pdf')],
      }),
      STUDIO,
    );
    expect([result.kind, result.direction]).toEqual(['invoice', 'sent']);
  });

  it('counts mail from the business’s own domain (a billing address) as sent', () => {
    const result = detectMessage(
      mail({
        from: { name: 'Billing', address: 'billing@studio-nord.example' },
        subject: 'Invoice SN-7',
        text: invoiceText,
      }),
      STUDIO,
    );
    expect(result.direction).toBe('sent');
  });

  it('counts an invoice from someone else to the user as received', () => {
    const result = detectMessage(
      mail({
        from: CLIENT,
        to: [ANNA],
        subject: 'Invoice HF-7',
        text: 'Please find attached invoice HF-7 for €90.00.',
        attachments: [PDF('HF-7.pdf')],
      }),
      STUDIO,
    );
    expect([result.kind, result.direction]).toEqual(['invoice', 'received']);
    expect(result.client?.value).toEqual({ name: 'Tom Reed', email: 'tom@harbour-foods.example' });
  });

  it('counts a forwarded copy of someone else’s invoice as received', () => {
    const result = detectMessage(
      mail({
        to: [{ name: 'Accountant', address: 'books@accounting.example' }],
        subject: 'Fwd: Invoice HF-7',
        text: 'For the books.\n\n---------- Forwarded message ---------\nFrom: Harbour Foods <billing@harbour-foods.example>\nDate: Mon, Mar 2, 2026\nSubject: Invoice HF-7\nTo: Anna <anna@studio-nord.example>\n\nPlease find attached invoice HF-7 for €90.00.',
        attachments: [PDF('HF-7.pdf')],
      }),
      STUDIO,
    );
    expect([result.kind, result.direction]).toEqual(['invoice', 'received']);
  });
});
