/**
 * Words with their place in both the normalised and the user's text. Hyphens split words
 * ("community-builder", "buurt- en wijknetwerk") so each part can be matched on its own;
 * apostrophes inside a word stay ("zo'n").
 */
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

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const CLAUSE = new Set([".", ",", ";", ":", "!", "?", "(", ")", "\n", "\u2013", "\u2014"]);
const QUOTE_MARKS = new Set(['"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"]);

export function tokenize(original: string): { tokens: Token[]; norm: Normalized } {
  const norm = normalize(original);
  const text = norm.text;
  const tokens: Token[] = [];
  let prevEnd = 0;
  let quoted = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    let clauseBreak = tokens.length === 0;
    for (let k = prevEnd; k < s; k++) {
      const ch = text[k];
      if (CLAUSE.has(ch)) clauseBreak = true;
      else if (QUOTE_MARKS.has(ch)) quoted = !quoted;
    }
    tokens.push({
      form: m[0],
      start: norm.from[s],
      end: norm.to[e - 1],
      clauseBreak,
      quoted,
    });
    prevEnd = e;
  }
  return { tokens, norm };
}
