import { toDecimalString } from '../../money/amount.ts';
import { isKnownCurrency } from '../../money/currencies.ts';
import { emailKeyOf, nameKeyOf, numberKeyOf } from '../derive.ts';
import type { ImportInvoiceInput, ImportMatchKey } from '../views.ts';
import {
  amountToMinor,
  type CurrencyMark,
  currencyOfMark,
  describeMark,
  markAllows,
  readAmount,
} from './amounts.ts';
import { type DateOrder, type DateReading, orderEvidence, readDate, resolveDate } from './dates.ts';
import { type CsvEncoding, decodeCsvBytes } from './decode.ts';
import { FIELD_LABELS, type ImportField, matchHeaders, missingRequired } from './headers.ts';
import { type CsvDelimiter, parseCsv, sniffDelimiter } from './parse.ts';

export type ParsedImportRow = ImportInvoiceInput;

export interface CsvPreviewRow {
  /** The row a spreadsheet shows it on: the first line of the file is row 1. */
  rowNumber: number;
  /** The cells by header. */
  values: Record<string, string>;
  /** Set when the row can be imported. */
  invoice?: ParsedImportRow;
  errors: string[];
  /** Why a row is left out without being an error ("already paid"). */
  skipped?: string;
  /** The invoice already in the ledger that this row will update. */
  duplicateOf?: string;
}

export interface CsvImportPreview {
  fileName: string;
  fileErrors: string[];
  rows: CsvPreviewRow[];
  /** The file's day/month dates could be read either way (every part is 12 or less). */
  ambiguousDateOrder: boolean;
  /** What the file's own dates show, when they show anything. */
  detectedDateOrder: DateOrder | null;
  /** The order the rows were read with; null while it is ambiguous and the caller has not chosen. */
  dateOrder: DateOrder | null;
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  headers: string[];
  headerMap: Partial<Record<ImportField, string>>;
  counts: { ready: number; errors: number; skipped: number; updates: number };
}

export interface CsvPreviewOptions {
  fileName: string;
  /** For rows whose amounts show no currency and that have no currency column. */
  defaultCurrency?: string;
  /** Required to commit when the file's dates are ambiguous. */
  dateOrder?: DateOrder;
  /** Finds the ledger invoice a row would update; the only part of the preview that looks outside the file. */
  findDuplicate?: (key: ImportMatchKey) => Promise<string | null> | string | null;
}

const HEADER_SEARCH_ROWS = 10;

/** The header is the first row naming the most known columns; accounting reports often open with title lines. */
function findHeaderRow(records: string[][]): number {
  let best = 0;
  let bestCount = 1;
  records.slice(0, HEADER_SEARCH_ROWS).forEach((record, index) => {
    const count = Object.keys(matchHeaders(record).columns).length;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}

interface FileDateOrder {
  detected: DateOrder | null;
  ambiguous: boolean;
  conflict: string | null;
}

function fileDateOrder(readings: { reading: DateReading; text: string; rowNumber: number }[]): FileDateOrder {
  let dayFirst: { text: string; rowNumber: number } | null = null;
  let monthFirst: { text: string; rowNumber: number } | null = null;
  let numeric = false;
  for (const { reading, text, rowNumber } of readings) {
    if (reading.kind === 'numeric') numeric = true;
    const evidence = orderEvidence(reading);
    if (evidence === 'dmy') dayFirst ??= { text, rowNumber };
    if (evidence === 'mdy') monthFirst ??= { text, rowNumber };
  }
  if (dayFirst && monthFirst) {
    return {
      detected: null,
      ambiguous: false,
      conflict:
        `The dates mix day-first ("${dayFirst.text}" on row ${dayFirst.rowNumber}) and month-first ` +
        `("${monthFirst.text}" on row ${monthFirst.rowNumber}); choose the order the file uses`,
    };
  }
  const detected = dayFirst ? 'dmy' : monthFirst ? 'mdy' : null;
  return { detected, ambiguous: numeric && detected === null, conflict: null };
}

function emptyPreview(
  options: CsvPreviewOptions,
  encoding: CsvEncoding,
  delimiter: CsvDelimiter,
  fileErrors: string[],
  headers: string[] = [],
  headerMap: Partial<Record<ImportField, string>> = {},
): CsvImportPreview {
  return {
    fileName: options.fileName,
    fileErrors,
    rows: [],
    ambiguousDateOrder: false,
    detectedDateOrder: null,
    dateOrder: options.dateOrder ?? null,
    encoding,
    delimiter,
    headers,
    headerMap,
    counts: { ready: 0, errors: 0, skipped: 0, updates: 0 },
  };
}

/**
 * Reads a CSV export of open invoices and checks every row, without writing anything. Each
 * problem names its row, column and what is wrong.
 */
export async function previewCsvImport(
  bytes: Uint8Array,
  options: CsvPreviewOptions,
): Promise<CsvImportPreview> {
  const { text, encoding } = decodeCsvBytes(bytes);
  const delimiter = sniffDelimiter(text);
  if (options.defaultCurrency !== undefined && !isKnownCurrency(options.defaultCurrency)) {
    return emptyPreview(options, encoding, delimiter, [
      `The default currency "${options.defaultCurrency}" is not an ISO 4217 code such as EUR or USD`,
    ]);
  }
  const { records, rowNumbers, unclosedQuoteAt } = parseCsv(text, delimiter);
  if (unclosedQuoteAt !== null) {
    return emptyPreview(options, encoding, delimiter, [
      `Row ${unclosedQuoteAt}: a quoted field is never closed, so the rest of the file cannot be read`,
    ]);
  }
  if (records.length === 0) return emptyPreview(options, encoding, delimiter, ['The file is empty']);

  const headerIndex = findHeaderRow(records);
  const headers = (records[headerIndex] ?? []).map((header) => header.trim());
  const { columns, headerMap } = matchHeaders(headers);
  const missing = missingRequired(columns);
  if (missing.length > 0) {
    const names = missing.map((field) => (field === 'total' ? 'total or balance' : FIELD_LABELS[field]));
    const found = headers.filter((header) => header !== '').map((header) => `"${header}"`);
    return emptyPreview(
      options,
      encoding,
      delimiter,
      [`Missing required columns: ${names.join(', ')}. Columns found: ${found.join(', ') || 'none'}`],
      headers,
      headerMap,
    );
  }

  const dataRows = records.slice(headerIndex + 1).map((cells, index) => ({
    cells,
    rowNumber: rowNumbers[headerIndex + 1 + index] ?? 0,
  }));
  const cell = (cells: string[], field: ImportField): string => {
    const column = columns[field];
    return column === undefined ? '' : (cells[column] ?? '').trim();
  };

  const dateReadings = dataRows.flatMap(({ cells, rowNumber }) =>
    (['issueDate', 'dueDate'] as const)
      .map((field) => cell(cells, field))
      .filter((text) => text !== '')
      .map((text) => ({ text, rowNumber, reading: readDate(text) })),
  );
  const order = fileDateOrder(dateReadings);
  const fileErrors = order.conflict && !options.dateOrder ? [order.conflict] : [];
  const dateOrder = options.dateOrder ?? order.detected;

  const seen = new Map<string, number>();
  const rows: CsvPreviewRow[] = [];
  for (const { cells, rowNumber } of dataRows) {
    const values: Record<string, string> = {};
    headers.forEach((header, column) => {
      if (header !== '') values[header] = cells[column] ?? '';
    });
    const row = readRow(rowNumber, values, (field) => cell(cells, field), {
      headerMap,
      dateOrder: dateOrder ?? 'dmy',
      defaultCurrency: options.defaultCurrency,
    });
    if (row.invoice) {
      const key = `${numberKeyOf(row.invoice.number)}|${emailKeyOf(row.invoice.client.email) || nameKeyOf(row.invoice.client.name)}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        row.errors.push(
          `Row ${rowNumber}: invoice ${row.invoice.number} for ${row.invoice.client.name} is already on row ${earlier}`,
        );
        delete row.invoice;
      } else {
        seen.set(key, rowNumber);
        const duplicateOf = await options.findDuplicate?.({
          number: row.invoice.number,
          clientName: row.invoice.client.name,
          clientEmail: row.invoice.client.email,
        });
        if (duplicateOf) row.duplicateOf = duplicateOf;
      }
    }
    rows.push(row);
  }

  return {
    fileName: options.fileName,
    fileErrors,
    rows,
    ambiguousDateOrder: order.ambiguous,
    detectedDateOrder: order.detected,
    dateOrder,
    encoding,
    delimiter,
    headers,
    headerMap,
    counts: {
      ready: rows.filter((row) => row.invoice && !row.skipped).length,
      errors: rows.filter((row) => row.errors.length > 0).length,
      skipped: rows.filter((row) => row.skipped).length,
      updates: rows.filter((row) => row.invoice && row.duplicateOf).length,
    },
  };
}

interface RowContext {
  headerMap: Partial<Record<ImportField, string>>;
  dateOrder: DateOrder;
  defaultCurrency: string | undefined;
}

type Amount = { minor: number; header: string } | null;

function readRow(
  rowNumber: number,
  values: Record<string, string>,
  cell: (field: ImportField) => string,
  context: RowContext,
): CsvPreviewRow {
  const errors: string[] = [];
  const where = (field: ImportField) =>
    `Row ${rowNumber}, "${context.headerMap[field] ?? FIELD_LABELS[field]}"`;
  const number = cell('number');
  const clientName = cell('client');
  const email = cell('email');

  if (number === '' && clientName === '') {
    return { rowNumber, values, errors, skipped: 'no invoice number or client (a total or a blank line)' };
  }
  if (number === '') errors.push(`${where('number')}: is empty`);
  if (clientName === '' && email === '') errors.push(`${where('client')}: is empty`);
  if (email !== '' && !email.includes('@'))
    errors.push(`${where('email')}: "${email}" is not an email address`);

  const date = (field: 'issueDate' | 'dueDate') => {
    const text = cell(field);
    if (text === '') {
      if (field === 'dueDate') errors.push(`${where(field)}: is empty`);
      return null;
    }
    const result = resolveDate(text, readDate(text), context.dateOrder);
    if (result.ok) return result.date;
    errors.push(`${where(field)}: ${result.problem}`);
    return null;
  };
  const issueDate = date('issueDate');
  const dueDate = date('dueDate');

  // The currency: the column, else what the amounts show, else the import's default.
  const amountFields = (['total', 'paid', 'balance'] as const).filter((field) => cell(field) !== '');
  const readings = amountFields.map((field) => ({ field, reading: readAmount(cell(field)) }));
  for (const { field, reading } of readings)
    if (!reading.ok) errors.push(`${where(field)}: ${reading.problem}`);
  const marks = readings.flatMap(({ field, reading }) =>
    reading.ok && reading.mark ? [{ field, mark: reading.mark }] : [],
  );
  const currency = chooseCurrency(cell('currency'), marks, context.defaultCurrency, where, errors);

  const amount = (field: 'total' | 'paid' | 'balance'): Amount => {
    const reading = readings.find((entry) => entry.field === field)?.reading;
    if (reading === undefined || !reading.ok || currency === null) return null;
    const converted = amountToMinor(reading.numberText, currency);
    if (!converted.ok) {
      errors.push(`${where(field)}: ${converted.error}`);
      return null;
    }
    if (reading.negative && converted.minor !== 0) {
      errors.push(`${where(field)}: "${cell(field)}" is negative (credit notes cannot be chased)`);
      return null;
    }
    return { minor: converted.minor, header: where(field) };
  };
  const total = amount('total');
  const paid = amount('paid');
  const balanceCell = amount('balance');

  if (errors.length > 0 || currency === null || dueDate === null) return { rowNumber, values, errors };

  const shown = (minor: number) => `${toDecimalString(minor, currency)} ${currency}`;
  let balanceMinor: number;
  if (balanceCell) {
    balanceMinor = balanceCell.minor;
    if (total && balanceMinor > total.minor) {
      errors.push(
        `${balanceCell.header}: ${shown(balanceMinor)} is more than the total ${shown(total.minor)}`,
      );
    }
  } else if (total) {
    balanceMinor = total.minor - (paid?.minor ?? 0);
    if (balanceMinor < 0 && paid) {
      errors.push(`${paid.header}: ${shown(paid.minor)} is more than the total ${shown(total.minor)}`);
    }
  } else {
    errors.push(`Row ${rowNumber}: no amount (both the total and the balance are empty)`);
    return { rowNumber, values, errors };
  }
  if (errors.length > 0) return { rowNumber, values, errors };
  if (balanceMinor === 0) return { rowNumber, values, errors, skipped: 'already paid' };

  return {
    rowNumber,
    values,
    errors,
    invoice: {
      rowNumber,
      number,
      client: { name: clientName || email, email: email || null, company: null },
      currency,
      totalMinor: total?.minor ?? null,
      balanceMinor,
      issueDate,
      dueDate,
    },
  };
}

function chooseCurrency(
  column: string,
  marks: { field: ImportField; mark: CurrencyMark }[],
  defaultCurrency: string | undefined,
  where: (field: ImportField) => string,
  errors: string[],
): string | null {
  let currency: string | null = null;
  if (column !== '') {
    const fromSymbol = readAmount(`${column}0`);
    const code = column.toUpperCase();
    if (isKnownCurrency(code)) currency = code;
    else if (fromSymbol.ok && fromSymbol.mark) currency = currencyOfMark(fromSymbol.mark, defaultCurrency);
    if (currency === null) {
      errors.push(
        `${where('currency')}: "${column}" is not a known currency code (expected e.g. EUR, USD, GBP)`,
      );
      return null;
    }
  } else {
    const first = marks[0];
    currency = first ? currencyOfMark(first.mark, defaultCurrency) : (defaultCurrency ?? null);
    if (currency === null) {
      errors.push(
        first
          ? `${where(first.field)}: "${describeMark(first.mark)}" could be several currencies; add a Currency column or choose a default currency`
          : `${where('total')}: no currency shown; add a Currency column or choose a default currency`,
      );
      return null;
    }
  }
  for (const { field, mark } of marks) {
    if (!markAllows(mark, currency)) {
      errors.push(
        `${where(field)}: the amount is in ${describeMark(mark)} but the row's currency is ${currency}`,
      );
      return null;
    }
  }
  return currency;
}
