import type { ToneFlag, ToneRule } from './types.ts';
import { SEPARATORS } from './word-chars.ts';

const REASON = 'Written in capitals, which reads as shouting.';
const SUGGESTION =
  "Use normal sentence case; if something matters, say why, e.g. 'Please note the new due date: 12 March.'";
const MIN_RUN = 3;
/** A line of at most this many capitalised words, without a full stop, is a heading or a letterhead. */
const MAX_HEADING_WORDS = 4;

/** Abbreviations that are written in capitals anyway (currencies, banking, company forms, tax). */
const ACRONYMS = new Set(
  (
    'VAT EUR USD GBP CHF JPY CAD AUD NZD SEK NOK DKK PLN CZK HUF PDF IBAN BIC SWIFT ACH BACS SEPA CHAPS ' +
    'UK US USA EU LLC LTD PLC INC CORP LLP GMBH AG KG UG OHG SA SAS SARL SL SRL SLU BV NV CEO CFO COO CTO ' +
    'HR IT PO VP TVA IVA MWST UST NIF CIF NIE SIRET SIREN RIB EIN ABN GST HST PST QST NET FYI OK CC BCC RE ' +
    'FW FWD AM PM ID NR REF INV ATTN CET CEST GMT UTC BST EST URL FAQ API SMS PIN ATM ETA TBD HMRC IRS CRA ' +
    'ATO EORI DUNS ASAP CCJ QR EAN CSV XML UBL PEPPOL SCHUFA'
  ).split(' '),
);

/** Words people capitalise to push: one of these in capitals is already shouting. */
const PUSH_WORDS = new Set(
  (
    'NOW IMMEDIATELY MUST TODAY STILL NEVER NOT AGAIN ALREADY UNPAID PAY PLEASE SOFORT JETZT MUSS MÜSSEN ' +
    'NOCH NIE NICHT MAINTENANT IMMÉDIATEMENT TOUJOURS JAMAIS DOIT DEVEZ AHORA YA INMEDIATAMENTE TODAVÍA NUNCA DEBE'
  ).split(' '),
);

type TokenKind = 'capital' | 'neutral' | 'lower';

interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  push: boolean;
}

// Inner marks join a token only between word characters ("INV-1042", "U.S", "don't").
const TOKEN = new RegExp(`[^${SEPARATORS}]+(?:['._/&-]+[^${SEPARATORS}]+)*`, 'g');
const HAS_DIGIT_OR_DOT = /[0-9.]/;
const NON_LETTERS = /[0-9_'./&-]/g;

// toUpperCase/toLowerCase comparisons are much cheaper than \p{Ll}/\p{Lu} tests on every word.
function classify(word: string): TokenKind {
  if (word.toUpperCase() !== word) return 'lower';
  if (word.toLowerCase() === word || HAS_DIGIT_OR_DOT.test(word)) return 'neutral';
  const letters = word.replace(NON_LETTERS, '');
  if (letters.length < 2 || ACRONYMS.has(letters)) return 'neutral';
  return 'capital';
}

interface Sentence {
  tokens: Token[];
  terminated: boolean;
}

const FULL_STOP = 46;
const EXCLAMATION = 33;
const QUESTION = 63;
const ELLIPSIS = 0x2026;
const NEWLINE = 10;

/** 'end' for . ! ? …, 'line' for a line break, null when the gap does not end a sentence. */
function gapBreak(text: string, from: number, to: number): 'end' | 'line' | null {
  let found: 'end' | 'line' | null = null;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === FULL_STOP || code === EXCLAMATION || code === QUESTION || code === ELLIPSIS) return 'end';
    if (code === NEWLINE) found = 'line';
  }
  return found;
}

function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = { tokens: [], terminated: false };
  let lastEnd = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const word = match[0];
    const start = match.index;
    const gap = current.tokens.length > 0 ? gapBreak(text, lastEnd, start) : null;
    if (gap !== null) {
      current.terminated = gap === 'end';
      sentences.push(current);
      current = { tokens: [], terminated: false };
    }
    lastEnd = start + word.length;
    current.tokens.push({ start, end: lastEnd, kind: classify(word), push: PUSH_WORDS.has(word) });
  }
  if (current.tokens.length > 0) {
    current.terminated = gapBreak(text, lastEnd, text.length) === 'end';
    sentences.push(current);
  }
  return sentences;
}

function capitalsIn(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => token.kind === 'capital');
}

function flagSpan(tokens: readonly Token[]): ToneFlag {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  return { rule: 'shouting', start: first.start, end: last.end, reason: REASON, suggestion: SUGGESTION };
}

function findInSentence(sentence: Sentence): ToneFlag[] {
  const capitals = capitalsIn(sentence.tokens);
  if (capitals.length === 0) return [];
  const hasLower = sentence.tokens.some((token) => token.kind === 'lower');
  if (!hasLower) {
    const isHeading = !sentence.terminated && capitals.length <= MAX_HEADING_WORDS;
    if (isHeading && !capitals.some((token) => token.push)) return [];
    if (capitals.length >= 2 || capitals.some((token) => token.push)) return [flagSpan(capitals)];
    return [];
  }
  // Runs of capitals inside an otherwise normal sentence; acronyms neither break nor extend a run.
  const flags: ToneFlag[] = [];
  let run: Token[] = [];
  const closeRun = () => {
    if (run.length >= MIN_RUN || run.some((token) => token.push)) flags.push(flagSpan(run));
    run = [];
  };
  for (const token of sentence.tokens) {
    if (token.kind === 'capital') run.push(token);
    else if (token.kind === 'lower') closeRun();
  }
  closeRun();
  return flags;
}

// Two capitals in a row (Latin, Greek, Cyrillic; a few lower-case letters of Latin Extended slip
// in and are sorted out by classify). Most sentences have none, so only the rest are tokenised.
const CAPITAL_PAIR = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0391-\u03A9\u0410-\u042F]{2}/g;

function isSentenceEnd(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === NEWLINE || code === EXCLAMATION || code === QUESTION || code === ELLIPSIS) return true;
  // "4,250.00" and "U.S" keep going; a full stop ends a sentence only before a space or the end.
  return code === FULL_STOP && (index + 1 >= text.length || /\s/.test(text.charAt(index + 1)));
}

function isShoutedSentence(sentence: Sentence): boolean {
  return (
    sentence.terminated &&
    sentence.tokens.every((token) => token.kind !== 'lower') &&
    sentence.tokens.some((token) => token.kind === 'capital')
  );
}

/**
 * "PAY. THIS. NOW." splits into one-word sentences that each look harmless: consecutive
 * sentences written wholly in capitals are judged together, as one shouted passage.
 */
function findInPassage(sentences: readonly Sentence[]): ToneFlag[] {
  const flags: ToneFlag[] = [];
  for (let i = 0; i < sentences.length; ) {
    let j = i;
    while (j < sentences.length && isShoutedSentence(sentences[j]!)) j++;
    if (j - i >= 2) {
      flags.push(flagSpan(sentences.slice(i, j).flatMap((sentence) => capitalsIn(sentence.tokens))));
      i = j;
    } else {
      flags.push(...findInSentence(sentences[i]!));
      i++;
    }
  }
  return flags;
}

function hasLowerCase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const char = text.charAt(i);
    if (char !== char.toUpperCase()) return true;
  }
  return false;
}

/** The end of the sentence starting at `from`, including its closing marks (not a line break). */
function sentenceEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !isSentenceEnd(text, end)) end++;
  while (end < text.length && isSentenceEnd(text, end) && text.charCodeAt(end) !== NEWLINE) end++;
  return end;
}

function findShouting(text: string): ToneFlag[] {
  const flags: ToneFlag[] = [];
  CAPITAL_PAIR.lastIndex = 0;
  for (let match = CAPITAL_PAIR.exec(text); match !== null; match = CAPITAL_PAIR.exec(text)) {
    let start = match.index;
    while (start > 0 && !isSentenceEnd(text, start - 1)) start--;
    let end = sentenceEnd(text, match.index);
    // Take in the following sentences while the passage stays in capitals (each is scanned once).
    if (!hasLowerCase(text, start, end)) {
      while (end < text.length && text.charCodeAt(end) !== NEWLINE) {
        const next = sentenceEnd(text, end);
        if (next === end || hasLowerCase(text, end, next)) break;
        end = next;
      }
    }
    for (const flag of findInPassage(splitSentences(text.slice(start, end)))) {
      flags.push({ ...flag, start: flag.start + start, end: flag.end + start });
    }
    CAPITAL_PAIR.lastIndex = Math.max(end, match.index + 1);
  }
  return flags;
}

/** All-caps shouting: a run of capitalised words, a sentence in capitals, or a pushed word ("NOW"). */
export const shoutingRule: ToneRule = {
  id: 'shouting',
  find: findShouting,
};
