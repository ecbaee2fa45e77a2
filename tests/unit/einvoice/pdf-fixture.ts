/**
 * Builds small, valid PDFs in memory for tests: one blank page plus embedded files in the
 * catalogue's EmbeddedFiles name tree, where hybrid e-invoices keep their XML.
 */
export interface FixtureFile {
  name: string;
  content: string | Uint8Array;
}

export interface FixtureOptions {
  /** Adds a Standard security handler whose user password is not empty, so opening needs one. */
  passwordProtected?: boolean;
}

export function buildPdf(files: FixtureFile[], options: FixtureOptions = {}): Uint8Array {
  const encoder = new TextEncoder();
  const objects: Uint8Array[] = [];
  const add = (body: string | Uint8Array): number => {
    objects.push(typeof body === 'string' ? encoder.encode(body) : body);
    return objects.length;
  };
  add(''); // object 1, the catalogue, written once the embedded files have numbers
  add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  const names: string[] = [];
  for (const file of files) {
    const content = typeof file.content === 'string' ? encoder.encode(file.content) : file.content;
    const head = encoder.encode(`<< /Type /EmbeddedFile /Length ${content.length} >>\nstream\n`);
    const tail = encoder.encode('\nendstream');
    const stream = add(concat([head, content, tail]));
    const literal = pdfString(file.name);
    const spec = add(`<< /Type /Filespec /F ${literal} /UF ${literal} /EF << /F ${stream} 0 R >> >>`);
    names.push(`${literal} ${spec} 0 R`);
  }
  const tree = names.length > 0 ? ` /Names << /EmbeddedFiles << /Names [${names.join(' ')}] >> >>` : '';
  objects[0] = encoder.encode(`<< /Type /Catalog /Pages 2 0 R${tree} >>`);
  const encrypt = options.passwordProtected
    ? add(
        `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`,
      )
    : null;

  const chunks: Uint8Array[] = [encoder.encode('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n')];
  let offset = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const object = concat([encoder.encode(`${index + 1} 0 obj\n`), body, encoder.encode('\nendobj\n')]);
    chunks.push(object);
    offset += object.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : ''} >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  chunks.push(encoder.encode(xref));
  return concat(chunks);
}

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
