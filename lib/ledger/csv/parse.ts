export type CsvDelimiter = ',' | ';' | '\t';

export const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

export interface ParsedCsv {
  records: string[][];
  /** Each record's row as a spreadsheet numbers it (blank lines count, line breaks inside quotes do not). */
  rowNumbers: number[];
  /** Set when a quoted field never closes: names the record where it opened. */
  unclosedQuoteAt: number | null;
}

/**
 * RFC 4180 records: fields in double quotes may hold delimiters, line breaks and doubled quotes;
 * records end at CRLF, LF or a lone CR. Blank lines are dropped. A quote inside an unquoted
 * field is kept as text, as spreadsheets do.
 */
export function parseCsv(
  text: string,
  delimiter: CsvDelimiter,
  maxRecords = Number.POSITIVE_INFINITY,
): ParsedCsv {
  const records: string[][] = [];
  const rowNumbers: number[] = [];
  let rowCount = 0;
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let quoteOpenedAt: number | null = null;
  let i = 0;

  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    rowCount += 1;
    if (!(record.length === 1 && record[0] === '')) {
      records.push(record);
      rowNumbers.push(rowCount);
    }
    record = [];
  };

  while (i < text.length && records.length < maxRecords) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        quoteOpenedAt = null;
      } else {
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteOpenedAt = rowCount + 1;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      field += char;
      fieldStarted = true;
    }
    i += 1;
  }
  if (records.length < maxRecords && (field !== '' || record.length > 0 || fieldStarted)) endRecord();
  return { records, rowNumbers, unclosedQuoteAt: quoted ? quoteOpenedAt : null };
}

/**
 * The delimiter that splits the first records most consistently into several columns. Counting
 * characters would mislead: "1.234,56" holds a comma in a semicolon-separated file.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const { records } = parseCsv(text, delimiter, 20);
    const widths = records.map((record) => record.length);
    const widest = Math.max(0, ...widths);
    if (widest < 2) continue;
    // Rows as wide as the widest (the header and data), weighted by how many columns they give.
    const consistent = widths.filter((width) => width === widest).length;
    const score = consistent * 100 + widest;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
