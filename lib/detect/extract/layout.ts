import type { Phrases } from '../classify/phrases.ts';

/**
 * Two-row layouts (PDF tables, HTML cards) put a label above its value:
 * "Invoice Date\tDue Date\n4 Mar 2026\t18 Mar 2026". Cells are separated by tabs.
 */

/** Whether the value at `index` starts its cell (nothing but blanks before it in the cell). */
export function startsCell(text: string, index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const char = text[at];
    if (char === '\t' || char === '\n') return true;
    if (char !== ' ' && char !== '\u00A0') return false;
  }
  return true;
}

/** The cell in the same column of the nearest non-empty line above (at most 80 characters), or ''. */
export function labelAbove(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  if (start === 0) return '';
  let column = 0;
  for (let at = start; at < index; at++) if (text[at] === '\t') column++;
  let end = start - 1;
  while (end > 0 && text[end - 1] === '\n') end--;
  const above = text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
  const cells = above.split('\t');
  const cell = cells.length === 1 && column > 0 ? '' : (cells[column] ?? '');
  return cell.length <= 80 ? cell.trim() : '';
}

export interface HeaderCell<K extends string> {
  kind: K;
  start: number;
  end: number;
}

const MAX_HEADER = 200;

/**
 * A header row flattened to spaces: "Invoice No  Invoice Date  Due Date  Amount Due" on the
 * line above the value at `index`, without digits or tabs. Returns its labelled cells left to
 * right (of overlapping labels the longest wins, so "Amount Due" is one amount cell), or null
 * when the line above is not such a row (fewer than two labelled cells).
 */
export function headerRowCells<K extends string>(
  text: string,
  index: number,
  tables: ReadonlyArray<{ kind: K; phrases: Phrases }>,
): HeaderCell<K>[] | null {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  if (start === 0) return null;
  let end = start - 1;
  while (end > 0 && text[end - 1] === '\n') end--;
  const lineAbove = text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
  if (lineAbove.length > MAX_HEADER || /[\d\t]/.test(lineAbove)) return null;
  const spans: HeaderCell<K>[] = [];
  for (const { kind, phrases } of tables) {
    for (let match = phrases.find(lineAbove); match; match = phrases.find(lineAbove, match.index + 1)) {
      spans.push({ kind, start: match.index, end: match.index + match.text.length });
    }
  }
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const cells: HeaderCell<K>[] = [];
  for (const span of spans) {
    if (cells.some((cell) => span.start < cell.end && cell.start < span.end)) continue;
    cells.push(span);
  }
  if (cells.length < 2) return null;
  return cells.sort((a, b) => a.start - b.start);
}
