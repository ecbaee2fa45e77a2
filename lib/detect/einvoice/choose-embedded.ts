import type { EmbeddedFile } from './pdf-attachments.ts';
import { readEInvoiceXml, type Syntax } from './read-xml.ts';
import type { EInvoiceInspection } from './types.ts';
import { decodeXmlBytes } from './xml-text.ts';

// Names the standards prescribe, best first; ZUGFeRD 1 ("ZUGFeRD-invoice.xml") and 2.0
// ("zugferd-invoice.xml") differ only in case, so the syntax inside decides between them.
const KNOWN_NAMES = ['factur-x.xml', 'xrechnung.xml', 'zugferd-invoice.xml', 'order-x.xml'];
const SYNTAX_RANK: Record<Syntax, number> = { cii: 0, ubl: 1, 'zugferd-1': 2 };
/** A PDF with more XML files than this is not a plain hybrid invoice; the rest are ignored. */
const MAX_XML_FILES = 8;

/**
 * Picks the e-invoice among a PDF's embedded files: only XML files are considered (a
 * delivery note PDF is ignored), each is parsed, and Factur-X/ZUGFeRD 2 CII wins over UBL,
 * which wins over ZUGFeRD 1; equal syntaxes go by the standard file names above.
 */
export function chooseEmbeddedInvoice(files: EmbeddedFile[]): EInvoiceInspection {
  const none = { fields: null, notes: [], embeddedFile: null };
  if (files.length === 0) return { ...none, problem: 'the PDF has no embedded e-invoice XML' };
  const xmlFiles = files
    .filter((file) => file.name.toLowerCase().endsWith('.xml'))
    .sort((a, b) => nameRank(a.name) - nameRank(b.name))
    .slice(0, MAX_XML_FILES);
  if (xmlFiles.length === 0) {
    const names = files.map((file) => file.name).join(', ');
    return { ...none, problem: `the PDF embeds no XML file, only: ${names}` };
  }

  const readable: { file: EmbeddedFile; syntax: Syntax; inspection: EInvoiceInspection }[] = [];
  const problems: string[] = [];
  for (const file of xmlFiles) {
    const decoded = decodeXmlBytes(file.content);
    const result = decoded.ok ? readEInvoiceXml(decoded.text) : decoded;
    if (!result.ok) {
      problems.push(`${file.name}: ${result.problem}`);
      continue;
    }
    let { fields } = result;
    // The 2.0 file name is the only thing telling ZUGFeRD 2.0 EN16931 from Factur-X.
    if (file.name === 'zugferd-invoice.xml' && fields.profile.startsWith('factur-x:')) {
      fields = { ...fields, profile: fields.profile.replace('factur-x:', 'zugferd-2:') };
    }
    readable.push({
      file,
      syntax: result.syntax,
      inspection: { fields, problem: null, notes: result.notes, embeddedFile: file.name },
    });
  }
  const best = readable.sort((a, b) => SYNTAX_RANK[a.syntax] - SYNTAX_RANK[b.syntax])[0];
  if (best === undefined) {
    return { ...none, problem: `no embedded XML is an e-invoice (${problems.join('; ')})` };
  }
  const others = readable
    .filter((entry) => entry !== best)
    .map((entry) => `${entry.file.name} (${entry.inspection.fields?.profile})`);
  const notes = [...best.inspection.notes];
  if (others.length > 0) notes.push(`used ${best.file.name}; also embedded: ${others.join(', ')}`);
  return { ...best.inspection, notes };
}

function nameRank(name: string): number {
  const index = KNOWN_NAMES.indexOf(name.toLowerCase());
  return index === -1 ? KNOWN_NAMES.length : index;
}
