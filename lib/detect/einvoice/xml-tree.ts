import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * A parsed XML document as plain objects: namespace prefixes removed, every value kept as a
 * string (so "00123" keeps its zeros), attributes under "@_name", mixed text under "#text".
 */
export type XmlTree = { readonly [name: string]: unknown };

export type XmlParseResult = { ok: true; rootName: string; root: unknown } | { ok: false; problem: string };

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Numeric character references (&#228;) are common in generated invoices.
  htmlEntities: true,
});

/** Parses well-formed XML; malformed or truncated text gets the validator's line and message. */
export function parseXmlTree(xml: string): XmlParseResult {
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) {
    const { line, msg } = verdict.err;
    return { ok: false, problem: `the XML is malformed at line ${line}: ${msg}` };
  }
  let tree: unknown;
  try {
    tree = parser.parse(xml);
  } catch (error) {
    return { ok: false, problem: `the XML could not be parsed: ${(error as Error).message}` };
  }
  if (!isElement(tree)) return { ok: false, problem: 'the XML has no root element' };
  const rootName = Object.keys(tree).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  if (rootName === undefined) return { ok: false, problem: 'the XML has no root element' };
  return { ok: true, rootName, root: tree[rootName] };
}

function isElement(node: unknown): node is XmlTree {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

/** All child elements called `name` (a repeated element parses as an array, a single one does not). */
export function children(node: unknown, name: string): unknown[] {
  if (!isElement(node)) return [];
  const value = node[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Every element reached by following `path` from `node`, through repeated elements too. */
export function descendants(node: unknown, ...path: string[]): unknown[] {
  let level: unknown[] = [node];
  for (const name of path) level = level.flatMap((item) => children(item, name));
  return level;
}

/** The first element reached by `path`, or undefined. */
export function descendant(node: unknown, ...path: string[]): unknown {
  return descendants(node, ...path)[0];
}

/** An element's text with runs of white space collapsed; null when absent or empty. */
export function textOf(node: unknown): string | null {
  const raw = typeof node === 'string' ? node : isElement(node) ? node['#text'] : undefined;
  if (typeof raw !== 'string') return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** An element's text as written (line breaks kept, ends trimmed); null when absent or empty. */
export function rawTextOf(node: unknown): string | null {
  const raw = typeof node === 'string' ? node : isElement(node) ? node['#text'] : undefined;
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  return text === '' ? null : text;
}

/** The text of the first element on `path` that has any. */
export function textAt(node: unknown, ...path: string[]): string | null {
  for (const element of descendants(node, ...path)) {
    const text = textOf(element);
    if (text !== null) return text;
  }
  return null;
}

export function attributeOf(node: unknown, name: string): string | null {
  if (!isElement(node)) return null;
  const value = node[`@_${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
