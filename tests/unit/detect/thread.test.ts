import { describe, expect, it } from 'vitest';
import { detectThread } from '../../../lib/detect/thread.ts';
import { fromClient, mail, PDF, STUDIO } from './mail.ts';

const invoice = mail({
  subject: 'Invoice SN-2026-031',
  text: 'Hi Tom,\n\nplease find attached invoice SN-2026-031.\nInvoice date: 4 March 2026\nAmount due: €5,928.00\nDue date: 3 April 2026\n\nAnna',
  attachments: [PDF('Invoice-SN-2026-031.pdf')],
});
const quote = (text: string) =>
  `\n\nOn Wed, Mar 4, 2026 at 10:12 AM Anna Berg <anna@studio-nord.example> wrote:\n> ${text.split('\n').join('\n> ')}`;

describe('detectThread', () => {
  it('follows an invoice, a reminder, a promise and a payment to its latest state', () => {
    const reminder = mail({
      subject: 'Re: Invoice SN-2026-031',
      date: '2026-04-08T09:00:00+02:00',
      text: `Hi Tom, a friendly reminder that the invoice below is now overdue.${quote(invoice.text)}`,
    });
    const promise = fromClient({
      subject: 'Re: Invoice SN-2026-031',
      date: '2026-04-09T09:00:00+02:00',
      text: `Sorry Anna, we'll pay by the 20th.${quote(reminder.text)}`,
    });
    const paid = fromClient({
      subject: 'Re: Invoice SN-2026-031',
      date: '2026-04-20T09:00:00+02:00',
      text: `Hi Anna, we paid today.${quote(promise.text)}`,
    });
    const thread = detectThread([invoice, reminder, promise], STUDIO);
    expect(thread.state).toBe('promise');
    expect(thread.promiseDate).toBe('2026-04-20');
    expect(thread.invoice?.direction).toBe('sent');
    expect(thread.invoice?.invoiceNumber?.value).toBe('SN-2026-031');
    expect(thread.invoice?.amountDue?.value).toEqual({ amountMinor: 592800, currency: 'EUR' });
    expect(thread.invoice?.issueDate?.value).toBe('2026-03-04');
    expect(thread.invoice?.dueDate?.value).toBe('2026-04-03');
    expect(thread.invoice?.client?.value.email).toBe('tom@harbour-foods.example');

    const settled = detectThread([invoice, reminder, promise, paid], STUDIO);
    expect([settled.state, settled.stateIndex, settled.promiseDate]).toEqual(['payment', 3, null]);
  });

  it('lets the original invoice’s fields win over vaguer later mentions', () => {
    const later = mail({
      subject: 'Re: Invoice SN-2026-031',
      date: '2026-04-08T09:00:00+02:00',
      text: 'Hi Tom, a reminder about the invoice: with the late fee it comes to about €6,000.00 now.',
    });
    const thread = detectThread([invoice, later], STUDIO);
    expect(thread.invoice?.amountDue?.value.amountMinor).toBe(592800);
  });

  it('records a dispute as the latest state', () => {
    const dispute = fromClient({
      subject: 'Re: Invoice SN-2026-031',
      text: `Hi Anna, we dispute the hours billed for the design phase.${quote(invoice.text)}`,
    });
    expect(detectThread([invoice, dispute], STUDIO).state).toBe('dispute');
  });

  it('keeps the state when the last message is small talk', () => {
    const paid = fromClient({ subject: 'Re: Invoice SN-2026-031', text: 'We have paid the invoice.' });
    const thanks = mail({ subject: 'Re: Invoice SN-2026-031', text: 'Great, thank you Tom!' });
    const thread = detectThread([invoice, paid, thanks], STUDIO);
    expect([thread.state, thread.stateIndex]).toEqual(['payment', 1]);
  });

  it('answers other and no invoice for a thread about something else, and for an empty list', () => {
    const lunch = mail({ subject: 'Lunch on Friday?', text: 'Shall we meet at 12:30?' });
    expect(detectThread([lunch], STUDIO)).toMatchObject({ invoice: null, state: 'other', stateIndex: -1 });
    expect(detectThread([], STUDIO)).toMatchObject({ invoice: null, state: 'other', messages: [] });
  });
});
