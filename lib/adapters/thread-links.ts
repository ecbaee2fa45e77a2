import type { InvoiceSource } from '../ledger/types.ts';

/** The web address of the mail thread an invoice came from, or null when it was imported or typed in. */
export function threadUrl(source: InvoiceSource): string | null {
  if (source.kind !== 'mail' || source.threadId === '') return null;
  const id = encodeURIComponent(source.threadId);
  return source.mailClient === 'gmail'
    ? `https://mail.google.com/mail/u/0/#all/${id}`
    : `https://outlook.office.com/mail/inbox/id/${id}`;
}
