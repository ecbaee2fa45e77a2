export type DecodeResult = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Turns the bytes of an XML file into text the way an XML parser would: a byte-order mark
 * first, then the encoding named in the <?xml …?> declaration, else UTF-8. Bytes that are not
 * valid in that encoding are a problem, not silently replaced, so a mis-declared file is not
 * read as garbage names.
 */
export function decodeXmlBytes(bytes: Uint8Array): DecodeResult {
  const [b0, b1, b2, b3] = bytes;
  let label: string;
  let skip = 0;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    label = 'utf-8';
    skip = 3;
  } else if (b0 === 0xff && b1 === 0xfe) {
    label = 'utf-16le';
    skip = 2;
  } else if (b0 === 0xfe && b1 === 0xff) {
    label = 'utf-16be';
    skip = 2;
  } else if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) {
    label = 'utf-16le';
  } else if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) {
    label = 'utf-16be';
  } else {
    label = declaredEncoding(bytes) ?? 'utf-8';
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return { ok: false, problem: `the XML declares an unsupported encoding "${label}"` };
  }
  try {
    return { ok: true, text: decoder.decode(bytes.subarray(skip)) };
  } catch {
    return { ok: false, problem: `the XML is not valid ${label.toUpperCase()} text` };
  }
}

const DECLARATION = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

function declaredEncoding(bytes: Uint8Array): string | null {
  // The declaration is ASCII in every encoding we accept here, so Latin-1 reads it safely.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return DECLARATION.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** True when the bytes look like XML: optional BOM and white space, then "<". */
export function looksLikeXml(bytes: Uint8Array): boolean {
  const decoded = decodeXmlBytes(bytes.subarray(0, 64));
  // The 64-byte window may cut a multi-byte character; fall back to a plain ASCII look.
  const head = decoded.ok ? decoded.text : new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  return /^\uFEFF?\s*</.test(head);
}
