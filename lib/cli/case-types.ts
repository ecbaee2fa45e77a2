import type { IsoDate } from '../dates/calendar.ts';
import type { LadderInvoice, Policy } from '../ladder/types.ts';

/** A case file (see `npm run plan`), parsed and validated: amounts in minor units. */
export interface CaseFile {
  today: IsoDate;
  locale: string;
  sender: CaseSender;
  policy: Policy;
  invoices: CaseInvoice[];
}

export interface CaseSender {
  name: string;
  company: string;
  email: string;
  paymentInstructions: string;
  position: string;
  phone: string;
  signature: string;
}

export interface CaseInvoice extends LadderInvoice {
  number: string;
  client: { name: string; email: string | null; company: string | null; business: boolean };
}
