/**
 * Hard words: the word list's office and policy words (with their plainer wording) and very
 * long words, never one of the report's own words.
 */
import {
  LONG_WORD_LETTERS,
  LONG_WORD_SYLLABLES,
  PLAIN_WORDS,
  type PlainWord,
} from "../../content/readability";
import type { Token } from "../tokens";
import { holdsThemePart, themeWords } from "./theme-words";
import type { HardWord } from "./types";

interface PlainEntry {
  /** Per position, the word forms that may stand there. */
  terms: ReadonlyArray<ReadonlySet<string>>;
  plain: string;
}

let index: Map<string, PlainEntry[]> | null = null;

/** The list indexed by the forms of each entry's first word; theme words left out. */
function plainIndex(): Map<string, PlainEntry[]> {
  if (index) return index;
  const themed = themeWords();
  const byFirst = new Map<string, PlainEntry[]>();
  const add = (entry: PlainWord) => {
    const terms = entry.words
      .trim()
      .split(/\s+/)
      .map((term) => new Set(term.split("|").filter(Boolean)));
    // A one-word entry that is also a theme word stays unflagged (the report uses it).
    if (terms.length === 1)
      for (const form of [...terms[0]]) if (themed.has(form)) terms[0].delete(form);
    if (terms.some((term) => term.size === 0)) return;
    for (const form of terms[0]) {
      const list = byFirst.get(form) ?? [];
      list.push({ terms, plain: entry.plain });
      byFirst.set(form, list);
    }
  };
  PLAIN_WORDS.forEach(add);
  index = byFirst;
  return byFirst;
}

/** Whether the entry's words stand at tokens[at…], side by side within one clause. */
function matchesAt(entry: PlainEntry, tokens: readonly Token[], at: number): boolean {
  if (at + entry.terms.length > tokens.length) return false;
  for (let k = 1; k < entry.terms.length; k++) {
    const token = tokens[at + k];
    if (token.clauseBreak || !entry.terms[k].has(token.form)) return false;
  }
  return true;
}

/**
 * The paragraph's hard words, in order, none overlapping. `syllables[i]` is token i's count
 * (0 for a token without letters).
 */
export function findHardWords(
  text: string,
  tokens: readonly Token[],
  syllables: readonly number[]
): HardWord[] {
  const entries = plainIndex();
  const themed = themeWords();
  const found: HardWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const candidates = entries.get(token.form);
    const entry = candidates?.find((candidate) => matchesAt(candidate, tokens, i));
    if (entry) {
      const last = tokens[i + entry.terms.length - 1];
      found.push({
        start: token.start,
        end: last.end,
        text: text.slice(token.start, last.end),
        suggestion: entry.plain,
      });
      i += entry.terms.length - 1;
      continue;
    }
    const long = token.form.length >= LONG_WORD_LETTERS || syllables[i] >= LONG_WORD_SYLLABLES;
    if (long && !themed.has(token.form) && !holdsThemePart(token.form)) {
      found.push({ start: token.start, end: token.end, text: text.slice(token.start, token.end) });
    }
  }
  return found;
}
