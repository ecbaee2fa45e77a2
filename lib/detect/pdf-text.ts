/**
 * The visible text of an attached PDF invoice (first pages only), so fields that a mail
 * leaves to its attachment (issue date, amount, due date) can still be found. Uses the
 * e-invoice reader's pdf.js loader: loaded on first use, never on the synchronous path.
 */

const MAX_PAGES = 3;
const MAX_CHARS = 20_000;
const MAX_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 10_000;

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

/** Lines of text in reading order; cells on one line are joined with tabs. Null when unreadable. */
export async function readPdfText(bytes: Uint8Array): Promise<string | null> {
  if (bytes.length === 0 || bytes.length > MAX_BYTES) return null;
  let pdfjs: typeof import('pdfjs-dist');
  try {
    pdfjs = await (await import('./einvoice/pdfjs-loader.ts')).loadPdfjs();
  } catch {
    return null;
  }
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out reading the PDF')), TIMEOUT_MS);
  });
  try {
    const document = await Promise.race([task.promise, timeout]);
    const lines: string[] = [];
    let length = 0;
    for (let number = 1; number <= Math.min(document.numPages, MAX_PAGES) && length < MAX_CHARS; number++) {
      const page = await Promise.race([document.getPage(number), timeout]);
      const content = await Promise.race([page.getTextContent(), timeout]);
      const text = layoutLines(content.items as TextItem[]);
      lines.push(text);
      length += text.length;
    }
    return lines.join('\n').slice(0, MAX_CHARS);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

function layoutLines(items: TextItem[]): string {
  let text = '';
  let lastY: number | null = null;
  let lineOpen = false;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const y = item.transform?.[5] ?? null;
    if (lineOpen && lastY !== null && y !== null && Math.abs(y - lastY) > 2) {
      text += '\n';
      lineOpen = false;
    }
    const piece = item.str.trim();
    if (piece) {
      text += lineOpen ? `\t${piece}` : piece;
      lineOpen = true;
    }
    if (item.hasEOL) {
      text += '\n';
      lineOpen = false;
    }
    lastY = y;
  }
  return text;
}
