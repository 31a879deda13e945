/** The Schrijfhulp's word lists are written as the engine reads words: lowercase, no accents. */
import { normalize } from "../../src/analysis/normalize";
import {
  ACTIVE_WITH_ZIJN,
  DOUMA_BANDS,
  NOT_PARTICIPLES,
  PLAIN_WORDS,
  STRONG_PARTICIPLES,
  SYLLABLE_EXCEPTIONS,
} from "../../src/content/readability";

describe("readability data", () => {
  it("writes every word form as the tokeniser does", () => {
    const forms = [
      ...PLAIN_WORDS.flatMap((entry) => entry.words.split(/[\s|]+/)),
      ...STRONG_PARTICIPLES,
      ...ACTIVE_WITH_ZIJN,
      ...NOT_PARTICIPLES,
    ];
    const odd = forms.filter((form) => !/^[a-z']+$/.test(form) || normalize(form).text !== form);
    expect(odd).toEqual([]);
  });

  it("gives every hard word a plainer wording and lists each entry once", () => {
    for (const entry of PLAIN_WORDS) expect(entry.plain.trim()).not.toBe("");
    const words = PLAIN_WORDS.map((entry) => entry.words);
    expect(new Set(words).size).toBe(words.length);
  });

  it("keeps Douma's bands in rising order", () => {
    const mins = DOUMA_BANDS.map((band) => band.min);
    expect(mins).toEqual([...mins].sort((a, b) => a - b));
    expect(mins.slice(1)).toEqual([30, 45, 60, 70, 80, 90]);
  });

  it("writes syllable exceptions as lowercase words with hyphens between syllables", () => {
    for (const entry of SYLLABLE_EXCEPTIONS) expect(entry).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
