/**
 * Words with their place in both the normalised and the user's text. Hyphens split words
 * ("community-builder", "buurt- en wijknetwerk") so each part can be matched on its own;
 * apostrophes inside a word stay ("zo'n").
 */
import { FORM_HASH_PRIME, FORM_HASH_START, formInfoAt, type FormInfo } from "./form-info";
import { normalize, type Normalized } from "./normalize";

export interface Token {
  /** Normalised form (lowercase, no diacritics). */
  form: string;
  /** Offsets in the user's own paragraph text. */
  start: number;
  end: number;
  /** A clause break (.,;:!? or a bracket) lies between the previous token and this one. */
  clauseBreak: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
}

/** What a character between words does: nothing, break a clause, or open/close a quote. */
const GAP = 0;
const CLAUSE = 1;
const QUOTE = 2;

/** Switch on the code: cheaper than a one-character string and a Set lookup per gap. */
function gapKind(code: number): number {
  switch (code) {
    case 46: // .
    case 44: // ,
    case 59: // ;
    case 58: // :
    case 33: // !
    case 63: // ?
    case 40: // (
    case 41: // )
    case 10: // \n
    case 0x2013: // en dash
    case 0x2014: // em dash
      return CLAUSE;
    case 34: // "
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x00ab:
    case 0x00bb:
      return QUOTE;
    default:
      return GAP;
  }
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const APOSTROPHE = 39;

/** Letters and digits of any script; a hand scan beats a Unicode regex per word. */
function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(at, at + 2));
  return LETTER_OR_DIGIT.test(text[at]);
}

/**
 * The paragraph's tokens. Given `infos`, each word's FormInfo is appended to it, found by the
 * word's characters, and the token's form is the one that FormInfo holds: no string is cut
 * for a word seen before.
 */
export function tokenize(
  original: string,
  infos?: FormInfo[]
): { tokens: Token[]; norm: Normalized } {
  const norm = normalize(original);
  const text = norm.text;
  // startOf/endOf (normalize.ts) spelled out: a call into another module per word costs more.
  const from = norm.from;
  const to = norm.to;
  const n = text.length;
  const tokens: Token[] = [];
  // formInfoAt's hash, spelled out here: a call into another module per character costs more.
  const start = FORM_HASH_START;
  const prime = FORM_HASH_PRIME;
  let quoted = false;
  let clauseBreak = true;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code, text, i)) {
      const kind = gapKind(code);
      if (kind === CLAUSE) clauseBreak = true;
      else if (kind === QUOTE) quoted = !quoted;
      i++;
      continue;
    }
    const s = i;
    // The word's hash is taken as it is scanned, to find its FormInfo without cutting it out.
    let hash = start;
    while (i < n) {
      const c = text.charCodeAt(i);
      // Lowercase ASCII first: most letters of a Dutch word are, and need no further test.
      if (c >= 97 && c <= 122) {
        hash = Math.imul(hash ^ c, prime);
        i++;
        continue;
      }
      const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      if (isWordChar(c, text, i)) {
        hash = Math.imul(hash ^ c, prime);
        if (width === 2 && i + 1 < n) hash = Math.imul(hash ^ text.charCodeAt(i + 1), prime);
        i += width;
        continue;
      }
      // An apostrophe between letters stays inside the word: zo'n, auto's.
      if (c === APOSTROPHE && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
        hash = Math.imul(hash ^ c, prime);
        i++;
        continue;
      }
      break;
    }
    const e = Math.min(i, n);
    let form: string;
    if (infos) {
      const info = formInfoAt(text, s, e, hash);
      infos.push(info);
      form = info.form;
    } else form = text.slice(s, e);
    tokens.push({
      form,
      start: from ? from[s] : s,
      end: to ? to[e - 1] : e,
      clauseBreak,
      quoted,
    });
    clauseBreak = false;
  }
  return { tokens, norm };
}
