import { CII_D16B, readCii, ZUGFERD_1 } from './cii.ts';
import type { ReadResult } from './types.ts';
import { readUbl } from './ubl.ts';
import { descendant, parseXmlTree } from './xml-tree.ts';

/** Larger than any real e-invoice; keeps a hostile attachment from tying up the parser. */
export const MAX_XML_CHARS = 15 * 1024 * 1024;

const UBL_NAMESPACE = 'urn:oasis:names:specification:ubl:schema:xsd:';

/** Which syntax a document is in; lower ranks are preferred when a PDF carries several. */
export type Syntax = 'cii' | 'ubl' | 'zugferd-1';

export type XmlReadResult = (ReadResult & { ok: true; syntax: Syntax }) | { ok: false; problem: string };

/** Reads the fields of an e-invoice held as XML text, whatever its syntax. */
export function readEInvoiceXml(xml: string): XmlReadResult {
  const text = xml.replace(/^\uFEFF/, '').trimStart();
  if (text === '') return { ok: false, problem: 'the XML is empty' };
  if (text.length > MAX_XML_CHARS) return { ok: false, problem: 'the XML is larger than 15 MB' };
  if (!text.startsWith('<'))
    return { ok: false, problem: 'the text is not XML (it does not start with "<")' };
  const parsed = parseXmlTree(text);
  if (!parsed.ok) return parsed;
  let { rootName, root } = parsed;
  // Peppol transport wraps the invoice in a Standard Business Document envelope.
  if (rootName === 'StandardBusinessDocument') {
    const inner = ['Invoice', 'CreditNote'].find((name) => descendant(root, name) !== undefined);
    if (inner === undefined) return { ok: false, problem: 'the business document envelope holds no invoice' };
    rootName = inner;
    root = descendant(root, inner);
  }
  switch (rootName) {
    case 'CrossIndustryInvoice':
      return withSyntax(readCii(root, CII_D16B), 'cii');
    case 'CrossIndustryDocument':
      return withSyntax(readCii(root, ZUGFERD_1), 'zugferd-1');
    case 'Invoice':
    case 'CreditNote':
      if (!text.includes(UBL_NAMESPACE)) {
        return { ok: false, problem: `the root element <${rootName}> is not in the UBL namespace` };
      }
      return withSyntax(readUbl(root, rootName), 'ubl');
    case 'SCRDMCCBDACIOMessageStructure':
      return { ok: false, problem: 'the XML is an Order-X purchase order, not an invoice' };
    default:
      return { ok: false, problem: `<${rootName}> is not a supported e-invoice (CII, ZUGFeRD 1 or UBL)` };
  }
}

function withSyntax(result: ReadResult, syntax: Syntax): XmlReadResult {
  return result.ok ? { ...result, syntax } : result;
}
