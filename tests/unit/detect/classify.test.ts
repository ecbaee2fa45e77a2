import { describe, expect, it } from 'vitest';
import { detectMessage } from '../../../lib/detect/message.ts';
import { ANNA, CLIENT, fromClient, mail, PDF, STUDIO } from './mail.ts';

describe('invoices the user sends', () => {
  it('reads a hand-written invoice mail with its number, amount, dates and client', () => {
    const result = detectMessage(
      mail({
        subject: 'Invoice SN-2026-031 – ordering site',
        text: 'Hi Tom,\n\nPlease find attached invoice SN-2026-031 for the ordering site.\n\nInvoice date: 4 March 2026\nTotal due: €5,928.00\nPayment terms: Net 30\n\nBest,\nAnna',
        attachments: [PDF('Invoice-SN-2026-031.pdf')],
      }),
      STUDIO,
    );
    expect(result.kind).toBe('invoice');
    expect(result.direction).toBe('sent');
    expect(result.invoiceNumber?.value).toBe('SN-2026-031');
    expect(result.amountDue?.value).toEqual({ amountMinor: 592800, currency: 'EUR' });
    expect(result.issueDate?.value).toBe('2026-03-04');
    expect(result.dueDate).toEqual({ value: '2026-04-03', source: 'terms', confidence: 0.75 });
    expect(result.terms?.value).toBe('Net 30');
    expect(result.client?.value).toEqual({ name: 'Tom Reed', email: 'tom@harbour-foods.example' });
  });

  it('reads a German invoice mail with terms in words', () => {
    const result = detectMessage(
      mail({
        subject: 'Rechnung 2026-017',
        text: 'Hallo Herr Reed,\n\nanbei erhalten Sie die Rechnung 2026-017 vom 04.03.2026 über 2.380,00 €.\nZahlbar innerhalb von 14 Tagen ohne Abzug.\n\nViele Grüße\nAnna Berg',
        attachments: [PDF('Rechnung_2026-017.pdf')],
      }),
      STUDIO,
    );
    expect([result.kind, result.direction, result.invoiceNumber?.value]).toEqual([
      'invoice',
      'sent',
      '2026-017',
    ]);
    expect(result.amountDue?.value).toEqual({ amountMinor: 238000, currency: 'EUR' });
    expect(result.dueDate?.value).toBe('2026-03-18');
  });

  it('reads a French reminder with a stated due date', () => {
    const result = detectMessage(
      mail({
        subject: 'Relance : facture F-2026-031 impayée',
        text: 'Bonjour,\n\nSauf erreur de notre part, la facture n° F-2026-031 d’un montant de 2 400,00 € arrivée à échéance le 4 mars 2026 reste impayée.\nMerci de procéder au règlement.\n\nCordialement,\nAnna',
        date: '2026-03-12T09:00:00+01:00',
      }),
      STUDIO,
    );
    expect([result.kind, result.direction]).toEqual(['invoice', 'sent']);
    expect(result.invoiceNumber?.value).toBe('F-2026-031');
    expect(result.amountDue?.value).toEqual({ amountMinor: 240000, currency: 'EUR' });
    expect(result.dueDate?.value).toBe('2026-03-04');
    expect(result.issueDate).toBeNull();
  });

  it('reads a Spanish invoice mail', () => {
    const result = detectMessage(
      mail({
        subject: 'Factura 2026/045',
        text: 'Hola Tom:\n\nTe adjunto la factura nº 2026/045 por importe de 1.210,00 €.\nFecha de vencimiento: 3 de abril de 2026.\n\nUn saludo,\nAnna',
        attachments: [PDF('Factura_2026_045.pdf')],
      }),
      STUDIO,
    );
    expect([result.kind, result.invoiceNumber?.value, result.dueDate?.value]).toEqual([
      'invoice',
      '2026/045',
      '2026-04-03',
    ]);
    expect(result.amountDue?.value).toEqual({ amountMinor: 121000, currency: 'EUR' });
  });

  it('counts an invoice from a platform as sent when it names the user’s business', () => {
    const result = detectMessage(
      {
        ...mail({}),
        from: { name: 'Stripe', address: 'invoice+statements@stripe.com' },
        to: [CLIENT],
        subject: 'New invoice from Studio Nord GmbH #8C21-0007',
        text: 'Studio Nord GmbH sent you an invoice for $4,850.00.\nAmount due $4,850.00\nDue April 3, 2026\nPay this invoice',
      },
      STUDIO,
    );
    expect([result.kind, result.direction, result.platform]).toEqual(['invoice', 'sent', 'Stripe']);
    expect(result.invoiceNumber?.value).toBe('8C21-0007');
    expect(result.dueDate?.value).toBe('2026-04-03');
  });

  it.each([
    ['Cc', { cc: [ANNA] }],
    ['Bcc', { bcc: [ANNA] }],
    ['Reply-To', { replyTo: [ANNA] }],
  ])('counts a platform invoice with the user in %s as sent', (_header, copy) => {
    const result = detectMessage(
      mail({
        from: { name: 'Harbour Lane via Xero', address: 'messaging-service@post.xero.com' },
        to: [CLIENT],
        subject: 'Invoice INV-0412',
        text: "Here's invoice INV-0412 for £1,860.00.\nThe amount outstanding of £1,860.00 is due on 18 Mar 2026.",
        ...copy,
      }),
      STUDIO,
    );
    expect([result.kind, result.direction]).toEqual(['invoice', 'sent']);
  });

  it('sees a bill sent to the user as received', () => {
    const result = detectMessage(
      fromClient({
        from: { name: 'Cloud Hosting Ltd', address: 'billing@cloudhost.example' },
        subject: 'Your invoice HX-5521 is available',
        text: 'Dear customer,\n\nyour invoice HX-5521 for €23.99 is attached.\nDue date: 15/03/2026\nBill to: Studio Nord GmbH',
        attachments: [PDF('HX-5521.pdf')],
      }),
      STUDIO,
    );
    expect([result.kind, result.direction]).toEqual(['invoice', 'received']);
  });
});

describe('replies about an invoice', () => {
  const quoted =
    '\n\nOn Wed, Mar 4, 2026 at 10:12 AM Anna Berg <anna@studio-nord.example> wrote:\n> Please find attached invoice SN-2026-031.\n> Total due: €5,928.00';

  it.each([
    ['payment', 'Hi Anna, we paid the invoice today by bank transfer.'],
    ['payment', 'Hallo Anna, wir haben die Rechnung heute überwiesen.'],
    ['payment', 'Bonjour, le virement a été effectué ce matin.'],
    ['payment', 'Hola Anna, ya hemos realizado la transferencia.'],
    ['dispute', 'Hi Anna, we dispute the hours billed for February.'],
    ['dispute', 'Hallo, wir können die Rechnung so nicht akzeptieren, die Position 2 ist fehlerhaft.'],
    ['dispute', 'Bonjour, nous contestons le montant de cette facture.'],
    ['dispute', 'Hola, no estamos de acuerdo con el importe facturado.'],
    ['promise', "Hi Anna, sorry for the delay, we'll pay by the 20th."],
    ['promise', 'Hallo Anna, wir werden den Betrag bis Freitag überweisen.'],
    ['promise', 'Bonjour, nous réglerons la facture le 20 mars.'],
    ['promise', 'Hola Anna, pagaremos la factura el viernes.'],
  ])('reads a client reply as %s: "%s"', (kind, words) => {
    const result = detectMessage(
      fromClient({ subject: 'Re: Invoice SN-2026-031', text: words + quoted }),
      STUDIO,
    );
    expect(result.kind).toBe(kind);
    expect(result.direction).toBeNull();
    expect(result.invoiceNumber?.value).toBe('SN-2026-031');
  });

  it('reads the date a client promises to pay by', () => {
    const on = (text: string) =>
      detectMessage(
        fromClient({
          subject: 'Re: Invoice SN-2026-031',
          text: text + quoted,
          date: '2026-03-04T09:00:00+01:00',
        }),
        STUDIO,
      ).promiseDate?.value;
    expect(on("We'll pay by the 20th.")).toBe('2026-03-20');
    expect(on("I'll pay on Friday.")).toBe('2026-03-06');
    expect(on('We will transfer the money by 5 April.')).toBe('2026-04-05');
    expect(on('Wir werden bis zum 18.03.2026 überweisen.')).toBe('2026-03-18');
  });

  it('does not take a negated payment for a payment', () => {
    const result = detectMessage(
      fromClient({ subject: 'Re: Invoice SN-2026-031', text: `Sorry, we have not paid yet.${quoted}` }),
      STUDIO,
    );
    expect(result.kind).not.toBe('payment');
  });

  it('does not take "if you have already paid" in a reminder for a payment', () => {
    for (const text of [
      'Your invoice SN-2026-031 is overdue. If you have already paid, please ignore this message.',
      'Die Rechnung SN-2026-031 ist überfällig. Falls Sie bereits überwiesen haben, betrachten Sie diese Erinnerung als gegenstandslos.',
    ]) {
      const result = detectMessage(
        mail({
          from: { name: 'Studio Nord GmbH', address: 'reminders@xero.com' },
          replyTo: [ANNA],
          subject: 'Reminder: invoice SN-2026-031',
          text,
        }),
        STUDIO,
      );
      expect([result.kind, result.direction]).toEqual(['invoice', 'sent']);
    }
  });

  it('leaves a plain thank-you reply as other, however much invoice it quotes', () => {
    const result = detectMessage(
      fromClient({ subject: 'Re: Invoice SN-2026-031', text: `Thanks Anna, got it!${quoted}` }),
      STUDIO,
    );
    expect(result.kind).toBe('other');
  });

  it('takes a follow-up written by the user above the quoted invoice for a reminder with the quoted fields', () => {
    const result = detectMessage(
      mail({
        subject: 'Re: Invoice SN-2026-031',
        text: `Hi Tom, just a friendly reminder that this invoice is now overdue. Could you let me know when to expect payment?${quoted}`,
        date: '2026-04-10T09:00:00+02:00',
      }),
      STUDIO,
    );
    expect([result.kind, result.direction]).toEqual(['invoice', 'sent']);
    expect(result.amountDue).toEqual({
      value: { amountMinor: 592800, currency: 'EUR' },
      source: 'quoted',
      confidence: 0.68,
    });
  });
});

describe('look-alikes', () => {
  it.each([
    [
      'a receipt',
      {
        subject: 'Your receipt from Cloud Hosting #1234-5678',
        text: 'Thank you for your payment.\nAmount paid: $12.00\nPaid on March 3, 2026',
      },
    ],
    [
      'an order confirmation',
      {
        subject: 'Order confirmation #40512',
        text: 'Thanks for your order! Your order #40512 has shipped.\nTotal: €49.90',
      },
    ],
    [
      'a subscription renewal',
      {
        subject: 'Your subscription will renew soon',
        text: 'Your plan will renew on March 20, 2026 for $12.00. Manage your subscription in settings.',
      },
    ],
    [
      'an account statement',
      {
        subject: 'Your monthly statement is ready',
        text: 'Your account statement for February is available. Balance: €1,204.33',
      },
    ],
    [
      'a quote',
      {
        subject: 'Quote Q-2026-014 for the website',
        text: 'Please find attached our quote Q-2026-014. Total €4,800.00, valid until 31 March.',
        attachments: [PDF('Quote-Q-2026-014.pdf')],
      },
    ],
    [
      'a German quote',
      { subject: 'Angebot 2026-014', text: 'anbei unser Angebot über 4.800,00 €, gültig bis 31.03.2026.' },
    ],
    [
      'a French quote',
      {
        subject: 'Devis n° 2026-014',
        text: 'Veuillez trouver ci-joint notre devis d’un montant de 4 800,00 €.',
      },
    ],
    [
      'a Spanish quote',
      { subject: 'Presupuesto 2026-014', text: 'Adjunto nuestro presupuesto por 4.800,00 €.' },
    ],
    [
      'a pro-forma invoice',
      {
        subject: 'Proforma invoice PF-12',
        text: 'Please find attached proforma invoice PF-12 for €900.00.',
        attachments: [PDF('Proforma-PF-12.pdf')],
      },
    ],
    [
      'a newsletter',
      {
        subject: '5 ways to get your invoices paid faster',
        text: 'Tip 1: put the due date in the subject, e.g. "Invoice #1042, due April 3".\nNet 15 beats Net 30.\n\nYou are receiving this because you subscribed. Unsubscribe',
      },
    ],
    [
      'a promised invoice',
      { subject: 'Re: February work', text: "Thanks Tom! I'll send the invoice tomorrow." },
    ],
    [
      'an auto-reply',
      {
        subject: 'Automatic reply: Invoice SN-2026-031',
        text: 'I am out of the office until March 10 with limited access to email.',
      },
    ],
  ])('sees %s as other with a reason', (_name, partial) => {
    const result = detectMessage(
      fromClient({ from: { name: 'Someone', address: 'someone@vendor.example' }, ...partial }),
      STUDIO,
    );
    expect(result.kind).toBe('other');
    expect(result.reason).toEqual(expect.any(String));
    expect(result.direction).toBeNull();
  });

  it.each([
    [
      'an urgent wire request',
      {
        subject: 'URGENT overdue invoice',
        text: 'Please process an urgent wire of $18,740.00 today for overdue invoice INV-88213. Keep this between us.',
      },
    ],
    [
      'a zip "invoice"',
      {
        subject: 'Invoice 73321 overdue',
        text: 'Your invoice 73321 is overdue, see the attached archive.',
        attachments: [{ filename: 'Invoice_73321.zip', mimeType: 'application/zip', size: 9000 }],
      },
    ],
    [
      'a changed bank account',
      {
        subject: 'Invoice INV-2210 – new bank details',
        text: 'Please note our bank account details have changed. Kindly make the payment for invoice INV-2210 (€8,400.00) to the new account below.',
      },
    ],
  ])('sees %s as phishing', (_name, partial) => {
    const result = detectMessage(
      fromClient({ from: { name: 'Accounts', address: 'accounts@pay-notice.example' }, ...partial }),
      STUDIO,
    );
    expect(result.kind).toBe('other');
    expect(result.reason).toBe('looks like invoice-themed phishing');
  });

  it('flags a link whose text shows another site than it opens', () => {
    const result = detectMessage(
      fromClient({
        subject: 'Invoice INV-55 available',
        text: '',
        html: '<p>Your invoice INV-55 for €80.00 is ready.</p><p><a href="https://login-portal.example.ru/x">https://www.harbour-foods.example/invoices</a></p>',
      }),
      STUDIO,
    );
    expect(result.kind).toBe('other');
    expect(result.signals.some((name) => name.includes('mismatched-link'))).toBe(true);
  });

  it('does not mistake a platform’s warning about bank details for phishing', () => {
    const result = detectMessage(
      mail({
        subject: 'Invoice SI-104 from Studio Nord GmbH',
        text: 'Please find attached invoice SI-104 for £1,080.00.\nPayment is due by 31/03/2026.\n\nWe never ask you to change bank details by email.',
        attachments: [PDF('SI-104.pdf')],
      }),
      STUDIO,
    );
    expect(result.kind).toBe('invoice');
  });
});
