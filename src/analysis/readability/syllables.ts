/**
 * Syllables of a Dutch word, counted with the Dutch TeX hyphenation patterns (the `hyphen`
 * package's nl patterns, from CTAN): in Dutch a hyphenation point is a syllable boundary.
 * The patterns never break off a single letter at either end of a word (good typesetting, but
 * "o-gen", "i-dee", "ra-di-o" have one), so a word that may have one is hyphenated with a
 * consonant added on that side, and the added letter is not counted.
 */
import createHyphenator from "hyphen";
import patterns from "hyphen/patterns/nl";
import { SYLLABLE_EXCEPTIONS } from "../../content/readability";

const SOFT_HYPHEN = "\u00ad";
const hyphenate = createHyphenator(patterns, {
  hyphenChar: SOFT_HYPHEN,
  html: false,
  minWordLength: 1,
}) as (text: string) => string;

const VOWEL = /^[aeiouyàáâäèéêëìíîïòóôöùúûü]$/;
const PAD_START = "d";
const PAD_END = "s";
const APOSTROPHES = /[\u2019\u2018\u02bc`\u00b4]/g;
const exceptions = new Map<string, number>(
  SYLLABLE_EXCEPTIONS.map((entry) => [entry.replace(/-/g, ""), entry.split("-").length])
);
const cache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/** The word as the patterns read it: lowercase, composed accents, ĳ as two letters. */
function patternForm(word: string): string {
  return word
    .normalize("NFC")
    .toLowerCase()
    .replace(/\u0133/g, "ij")
    .replace(APOSTROPHES, "'");
}

/** Shortest first part of a compound that ends in an exception word ("feest" + "avond"). */
const SHORTEST_PART = 3;

function countFresh(form: string): number {
  const known = exceptions.get(form);
  if (known !== undefined) return known;
  for (const [word, count] of exceptions) {
    if (form.length - word.length >= SHORTEST_PART && form.endsWith(word))
      return countByPatterns(form.slice(0, form.length - word.length)) + count;
  }
  return countByPatterns(form);
}

function countByPatterns(form: string): number {
  const n = form.length;
  // Only a vowel before a consonant can be a one-letter first syllable (o-gen, not ei-gen),
  // and only a vowel after a vowel a one-letter last one (ra-di-o, not fo-to).
  const padStart = n > 1 && VOWEL.test(form[0]) && !VOWEL.test(form[1]) ? PAD_START : "";
  const padEnd = n > 1 && VOWEL.test(form[n - 1]) && VOWEL.test(form[n - 2]) ? PAD_END : "";
  const hyphenated = hyphenate(padStart + form + padEnd);
  let breaks = 0;
  for (let i = 0; i < hyphenated.length; i++) if (hyphenated[i] === SOFT_HYPHEN) breaks++;
  return breaks + 1;
}

/**
 * Syllables of one word (letters, with accents and apostrophes as the user wrote them); at
 * least 1. Cached: a draft repeats its words.
 */
export function countSyllables(word: string): number {
  let count = cache.get(word);
  if (count !== undefined) return count;
  const form = patternForm(word);
  count = form.length === 0 ? 1 : countFresh(form);
  if (cache.size < CACHE_LIMIT) cache.set(word, count);
  return count;
}
