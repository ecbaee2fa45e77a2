import { loadPdfjs } from './pdfjs-loader.ts';

export interface EmbeddedFile {
  name: string;
  content: Uint8Array;
}

export type AttachmentsResult = { ok: true; files: EmbeddedFile[] } | { ok: false; problem: string };

/** A PDF that pdf.js has not opened in this long is treated as unreadable. */
const OPEN_TIMEOUT_MS = 15_000;

/**
 * The files embedded in a PDF (its EmbeddedFiles name tree, where Factur-X, ZUGFeRD and
 * XRechnung put their XML). Pages are never parsed or rendered: pdf.js reads the
 * cross-reference table and catalogue only. Never throws.
 */
export async function readPdfAttachments(bytes: Uint8Array): Promise<AttachmentsResult> {
  let pdfjs: Awaited<ReturnType<typeof loadPdfjs>>;
  try {
    pdfjs = await loadPdfjs();
  } catch (error) {
    return { ok: false, problem: `the PDF reader could not be loaded: ${messageOf(error)}` };
  }
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given, so it gets a copy. Not slice():
    // on a Node Buffer that is a view of the caller's memory.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out opening the PDF')), OPEN_TIMEOUT_MS);
  });
  try {
    const document = await Promise.race([task.promise, timeout]);
    const attachments: unknown = await Promise.race([document.getAttachments(), timeout]);
    return { ok: true, files: embeddedFiles(attachments) };
  } catch (error) {
    return { ok: false, problem: describePdfError(error) };
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

function embeddedFiles(attachments: unknown): EmbeddedFile[] {
  if (typeof attachments !== 'object' || attachments === null) return [];
  const files: EmbeddedFile[] = [];
  for (const [key, value] of Object.entries(attachments)) {
    const { filename, content } = (value ?? {}) as { filename?: unknown; content?: unknown };
    if (!(content instanceof Uint8Array)) continue;
    files.push({ name: typeof filename === 'string' && filename !== '' ? filename : key, content });
  }
  return files;
}

function describePdfError(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return 'the PDF is password-protected';
  if (name === 'InvalidPDFException') return `the file is not a readable PDF (${messageOf(error)})`;
  return `the PDF could not be read: ${messageOf(error)}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
