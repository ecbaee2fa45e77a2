/**
 * Characters that separate words: whitespace, ASCII and Latin-1 punctuation, general punctuation,
 * currency signs, arrows, box drawing, CJK and full-width punctuation. Everything else (letters of
 * any script, digits, marks, `_`) is a word character. A negated class of these is as precise as
 * [\p{L}\p{N}\p{M}] for our languages, and far cheaper to compile under the `i` flag, where V8
 * builds the case closure of every \p{…} class.
 */
export const SEPARATORS = String.raw`\s!-\/:-@\[-\^\x60{-~\u00A0-\u00BF\u00D7\u00F7\u2000-\u206F\u20A0-\u20CF\u2190-\u23FF\u2500-\u27BF\u2E00-\u2E7F\u3000-\u303F\uFF00-\uFF0F`;
