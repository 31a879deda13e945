/**
 * Readability of a draft, paragraph by paragraph: words per sentence, syllables per word, the
 * Flesch-Douma score, long sentences, hard words and passives, with offsets into each
 * paragraph's text. It uses the theme engine's tokeniser and sentence split, so a "word" and
 * a "sentence" mean the same in both reviews. Pure and total: odd input gives counts, never
 * an exception.
 */
import { LONG_SENTENCE_WORDS } from "../../content/readability";
import { paragraphKind } from "../paragraph-kind";
import { sentenceRanges } from "../sentences";
import { tokenize, type Token } from "../tokens";
import type { ParagraphInput } from "../types";
import { fleschDouma, readabilityLevel } from "./flesch-douma";
import { findHardWords } from "./hard-words";
import { findPassives } from "./passives";
import { countSyllables } from "./syllables";
import type { ParagraphReadability, Readability, ReadabilityOptions, TextSpan } from "./types";

const LETTER = /\p{L}/u;

function textOf(paragraph: ParagraphInput): string {
  const text = typeof paragraph === "string" ? paragraph : paragraph?.text;
  return typeof text === "string" ? text : "";
}

function styleOf(paragraph: ParagraphInput): string | undefined {
  const style = typeof paragraph === "object" && paragraph !== null ? paragraph.style : undefined;
  return typeof style === "string" ? style : undefined;
}

/**
 * A word has a letter: "2025" and "€" are read, but not counted as words or syllables. The
 * token's normalised form is scanned, lowercase ASCII first: no slice, no regex for most words.
 */
function isWord(token: Token): boolean {
  const form = token.form;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
    if (code >= 128 && LETTER.test(form[i])) return true;
  }
  return false;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The paragraph's sentences as token ranges. The engine's split ends a sentence at . ! ? ; :
 * ; one followed by a small letter or a digit ("o.a. de buurt", "10.00 uur", "wat: koffie")
 * is an abbreviation, a time or a list, and continues the sentence.
 */
function sentencesOf(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [from, to] of sentenceRanges(text, tokens, 1)) {
    const first = text[tokens[from].start];
    const previous = merged[merged.length - 1];
    const opensSentence = first !== first.toLowerCase();
    if (previous && !opensSentence) previous[1] = to;
    else merged.push([from, to]);
  }
  return merged;
}

/** Words of a stretch of text as readability counts them (tokens with a letter). */
export function wordsIn(text: string): number {
  let words = 0;
  for (const token of tokenize(text).tokens) if (isWord(token)) words++;
  return words;
}

function paragraphReadability(
  text: string,
  tokens: readonly Token[],
  index: number,
  longSentenceWords: number
): ParagraphReadability | null {
  const syllables = new Array<number>(tokens.length).fill(0);
  const ascii = !NON_ASCII.test(text);
  let words = 0;
  let syllableCount = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!isWord(token)) continue;
    words++;
    // In plain ASCII the token's form is the word lowercased; otherwise the patterns need the
    // user's own letters (the diaeresis of "ideeën" marks a syllable the form has lost).
    syllables[i] = countSyllables(ascii ? token.form : text.slice(token.start, token.end));
    syllableCount += syllables[i];
  }
  if (words === 0) return null;
  const longSentences: TextSpan[] = [];
  let sentences = 0;
  for (const [from, to] of sentencesOf(text, tokens)) {
    let inSentence = 0;
    for (let i = from; i < to; i++) if (syllables[i] > 0) inSentence++;
    if (inSentence === 0) continue;
    sentences++;
    if (inSentence > longSentenceWords) {
      const start = tokens[from].start;
      const end = tokens[to - 1].end;
      longSentences.push({ start, end, text: text.slice(start, end) });
    }
  }
  return {
    index,
    words,
    sentences,
    syllables: syllableCount,
    fleschDouma: fleschDouma(words, sentences, syllableCount),
    longSentences,
    hardWords: findHardWords(text, tokens, syllables),
    passives: findPassives(text, tokens),
  };
}

/**
 * The draft's readability; paragraphs without words are left out, indexes kept. Headings get
 * their own counts but stay out of the draft's: a title is no sentence, and a draft with many
 * would read easier than it is.
 */
export function readabilityOf(
  paragraphs: readonly ParagraphInput[],
  options: ReadabilityOptions = {}
): Readability {
  const limit = options.longSentenceWords ?? LONG_SENTENCE_WORDS;
  const results: ParagraphReadability[] = [];
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (let index = 0; index < paragraphs.length; index++) {
    const text = textOf(paragraphs[index]);
    const { tokens } = tokenize(text);
    const result = paragraphReadability(text, tokens, index, limit);
    if (!result) continue;
    results.push(result);
    if (paragraphKind(text, tokens, styleOf(paragraphs[index])) === "heading") continue;
    words += result.words;
    sentences += result.sentences;
    syllables += result.syllables;
  }
  if (words === 0) return { draft: null, paragraphs: results };
  const score = fleschDouma(words, sentences, syllables);
  return {
    draft: { fleschDouma: score, words, sentences, syllables, level: readabilityLevel(score) },
    paragraphs: results,
  };
}
