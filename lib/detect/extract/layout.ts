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
