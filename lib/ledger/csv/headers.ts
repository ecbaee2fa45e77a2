/** The columns an import understands. */
export type ImportField =
  | 'number'
  | 'client'
  | 'email'
  | 'issueDate'
  | 'dueDate'
  | 'total'
  | 'paid'
  | 'balance'
  | 'currency';

export const FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  number: 'invoice number',
  client: 'client',
  email: 'email',
  issueDate: 'invoice date',
  dueDate: 'due date',
  total: 'total',
  paid: 'amount paid',
  balance: 'balance',
  currency: 'currency',
};

/**
 * Header names as accounting tools export them (QuickBooks, Xero, FreshBooks, Wave, Zoho,
 * sevDesk, lexoffice…), normalised by headerKey(). Earlier aliases win when a file has several.
 */
const ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  number: [
    'invoicenumber',
    'invoiceno',
    'invoicenr',
    'invoicenum',
    'invoiceid',
    'invoice',
    'number',
    'no',
    'nr',
    'num',
    'rechnungsnummer',
    'rechnungsnr',
    'belegnummer',
  ],
  client: [
    'client',
    'customer',
    'contact',
    'customername',
    'clientname',
    'contactname',
    'billto',
    'kunde',
    'kundenname',
    'firma',
  ],
  email: ['email', 'customeremail', 'clientemail', 'contactemail', 'emailaddress', 'billingemail'],
  issueDate: ['invoicedate', 'issuedate', 'dateissued', 'date', 'issued', 'rechnungsdatum', 'datum'],
  dueDate: [
    'duedate',
    'due',
    'paymentdue',
    'dueon',
    'fälligkeitsdatum',
    'fälligam',
    'fällig',
    'zahlungsziel',
  ],
  total: [
    'total',
    'invoicetotal',
    'amount',
    'totalamount',
    'invoiceamount',
    'gross',
    'brutto',
    'betrag',
    'gesamtbetrag',
  ],
  paid: ['amountpaid', 'paid', 'paidamount', 'paidtodate', 'payments', 'bezahlt'],
  balance: [
    'balance',
    'balancedue',
    'amountdue',
    'outstanding',
    'openbalance',
    'amountoutstanding',
    'offen',
    'offenerbetrag',
    'restbetrag',
  ],
  currency: ['currency', 'currencycode', 'währung', 'waehrung'],
};

/** "Invoice #" -> "invoicenumber", "E-mail" -> "email", "InvoiceNumber" -> "invoicenumber". */
export function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/#/g, 'number')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export interface HeaderMatch {
  /** Column index for each field found. */
  columns: Partial<Record<ImportField, number>>;
  /** The header text each field was read from, for the preview. */
  headerMap: Partial<Record<ImportField, string>>;
}

export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const columns: Partial<Record<ImportField, number>> = {};
  const headerMap: Partial<Record<ImportField, string>> = {};
  for (const field of Object.keys(ALIASES) as ImportField[]) {
    for (const alias of ALIASES[field]) {
      const index = keys.findIndex((key, column) => key === alias && !taken.has(column));
      if (index >= 0) {
        taken.add(index);
        columns[field] = index;
        headerMap[field] = headers[index]?.trim() ?? '';
        break;
      }
    }
  }
  return { columns, headerMap };
}

export function missingRequired(columns: HeaderMatch['columns']): ImportField[] {
  const missing = (['number', 'client', 'dueDate'] as const).filter((field) => columns[field] === undefined);
  const amount: ImportField[] = columns.total === undefined && columns.balance === undefined ? ['total'] : [];
  return [...missing, ...amount];
}
