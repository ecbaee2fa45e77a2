export interface SplitText {
  /** What the sender wrote in this message. */
  own: string;
  /** Earlier messages quoted or forwarded below (context only). */
  quoted: string;
  /** The quoted part is a forwarded message rather than a reply's history. */
  forwarded: boolean;
}

const WROTE =
  '(?:wrote|writes|schrieb|a\\s+écrit|escribió|ha\\s+scritto|schreef|escreveu|skrev|napisał|написал)';

/** "On … wrote:" and its translations; a line of its own, sometimes wrapped over two. */
const ATTRIBUTION = [
  /^On\b.{4,300}\b(?:wrote|writes)\s*:?$/i,
  /^Am\b.{4,300}\bschrieb\b.{0,200}:$/i,
  /^Le\b.{4,300}\ba\s+écrit\s*:?$/i,
  /^El\b.{4,300}\bescribió\s*:?$/i,
  /^Il\b.{4,300}\bha\s+scritto\s*:?$/i,
  /^Op\b.{4,300}\bschreef\b.{0,200}:$/i,
  /^Em\b.{4,300}\bescreveu\s*:?$/i,
  /^(?:Den|På)\b.{4,300}\bskrev\b.{0,200}:$/i,
  new RegExp(`^.{0,300}<[^<>\\s]+@[^<>\\s]+>\\s*${WROTE}\\s*:?$`, 'i'),
  new RegExp(`^.{0,200}\\s${WROTE}\\s*:$`, 'i'),
];
const ATTRIBUTION_START = /^(?:On|Am|Le|El|Il|Op|Em|Den|På)\s/i;

const ORIGINAL_MESSAGE =
  /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Originalnachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Mensagem original|Originalmeddelande)\s*-{2,}/i;
const FORWARDED =
  /^(?:-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht|Mensagem encaminhada|Videresendt meddelelse|Vidarebefordrat meddelande)\s*-{0,}|(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht|Début du message réexpédié|Inicio del mensaje reenviado)\s*:)/i;
const HEADER_FROM = /^\*?(?:From|Von|De|Van|Da|Från|Fra|Od|Desde)\s*:\*?\s*\S/i;
/** Header lines that only a quoted message block has. */
const HEADER_STRONG =
  /^\*?(?:Sent|Gesendet|Envoyé|Enviado|Verzonden|Inviato|Skickat|Sendt|Wysłano|Subject|Betreff|Objet|Asunto|Oggetto|Onderwerp|Assunto|Ämne|Emne|Temat)\s*:/i;
/** Header lines that an invoice body may also have ("Date:", "To:"). */
const HEADER_WEAK = /^\*?(?:Date|Datum|Fecha|Data|To|An|À|Para|Aan|A|Cc)\s*:/i;
const RULE_LINE = /^_{10,}$/;
const QUOTE_PREFIX = /^\s*>/;

type Cut = { line: number; kind: 'attribution' | 'block' | 'forward' };

/** Separates the new part of a plain-text mail from quoted earlier messages. Never throws. */
export function splitQuoted(text: string): SplitText {
  const lines = text.split(/\r?\n/);
  const cut = findCut(lines);
  const own: string[] = [];
  const quoted: string[] = [];
  const end = cut ? cut.line : lines.length;
  for (let index = 0; index < end; index++) {
    const line = lines[index]!;
    (QUOTE_PREFIX.test(line) ? quoted : own).push(line);
  }
  if (cut) {
    const rest = lines.slice(cut.line);
    // A reply written below "> " lines (bottom-posting) keeps its own unprefixed lines.
    const prefixed = cut.kind === 'attribution' && firstContentLine(rest.slice(1), QUOTE_PREFIX);
    if (prefixed) {
      quoted.push(rest[0]!);
      for (const line of rest.slice(1)) (QUOTE_PREFIX.test(line) ? quoted : own).push(line);
    } else {
      quoted.push(...rest);
    }
  }
  return {
    own: own.join('\n').trim(),
    quoted: quoted.map(unquote).join('\n').trim(),
    forwarded: cut?.kind === 'forward',
  };
}

function findCut(lines: string[]): Cut | null {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '' || line.length > 400) continue;
    if (FORWARDED.test(line)) return { line: index, kind: 'forward' };
    if (ORIGINAL_MESSAGE.test(line)) return { line: index, kind: 'block' };
    if (isAttribution(line)) return { line: index, kind: 'attribution' };
    if (ATTRIBUTION_START.test(line) && index + 1 < lines.length) {
      const joined = `${line} ${lines[index + 1]!.trim()}`;
      if (joined.length <= 400 && isAttribution(joined)) return { line: index, kind: 'attribution' };
    }
    if (HEADER_FROM.test(line.replace(/^>\s*/, '')) && headerFollows(lines, index)) {
      const ruled = index > 0 && RULE_LINE.test(lines[index - 1]!.trim());
      return { line: ruled ? index - 1 : index, kind: 'block' };
    }
  }
  return null;
}

function isAttribution(line: string): boolean {
  return ATTRIBUTION.some((pattern) => pattern.test(line));
}

function headerFollows(lines: string[], index: number): boolean {
  let weak = lines[index]!.includes('@') ? 1 : 0;
  for (let next = index + 1; next < Math.min(lines.length, index + 6); next++) {
    const line = lines[next]!.trim().replace(/^>\s*/, '');
    if (HEADER_STRONG.test(line)) return true;
    if (HEADER_WEAK.test(line)) weak++;
  }
  return weak >= 3;
}

function firstContentLine(lines: string[], pattern: RegExp): boolean {
  const line = lines.find((candidate) => candidate.trim() !== '');
  return line !== undefined && pattern.test(line);
}

function unquote(line: string): string {
  return line.replace(/^(?:\s*>)+ ?/, '');
}
