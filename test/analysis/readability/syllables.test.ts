import { countSyllables } from "../../../src/analysis/readability";
import { SYLLABLE_WORDS } from "./syllable-words";

describe("syllables from the Dutch hyphenation patterns", () => {
  it("has at least 200 words to check", () => {
    expect(SYLLABLE_WORDS.length).toBeGreaterThanOrEqual(200);
  });

  it.each(SYLLABLE_WORDS)("%s has %i syllables", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it("reads the word as the user wrote it: capitals, the ĳ ligature, typographic apostrophes", () => {
    expect(countSyllables("Buurtbewoners")).toBe(4);
    expect(countSyllables("\u0133verig")).toBe(3);
    expect(countSyllables("auto\u2019s")).toBe(2);
    expect(countSyllables("ide\u0065\u0308en")).toBe(3); // ë as e + combining diaeresis
  });

  it("counts a compound that ends in an exception word by its parts", () => {
    expect(countSyllables("zaterdagavond")).toBe(5);
    expect(countSyllables("buurtinitiatief")).toBe(6);
  });
});
