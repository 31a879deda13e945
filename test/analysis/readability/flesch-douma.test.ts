import {
  doumaBand,
  fleschDouma,
  readabilityLevel,
  readabilityOf,
} from "../../../src/analysis/readability";
import { B1_TARGET_SCORE } from "../../../src/content/readability";

describe("Flesch-Douma", () => {
  it("is 206.835 − 0.93 × words per sentence − 77 × syllables per word", () => {
    // 10 words, 2 sentences, 14 syllables: 206.835 − 4.65 − 107.8 = 94.385
    expect(fleschDouma(10, 2, 14)).toBe(94.4);
    // 30 words, 1 sentence, 60 syllables: 206.835 − 27.9 − 154 = 24.935
    expect(fleschDouma(30, 1, 60)).toBe(24.9);
    expect(fleschDouma(0, 0, 0)).toBe(0);
  });

  it("matches a hand count of a fixed text", () => {
    // "We drinken koffie. Buren praten samen." words: we drin-ken kof-fie | bu-ren pra-ten sa-men
    // 6 words, 2 sentences, 1+2+2+2+2+2 = 11 syllables: 206.835 − 2.79 − 141.1667 = 62.878
    const { draft, paragraphs } = readabilityOf(["We drinken koffie. Buren praten samen."]);
    expect(paragraphs[0]).toMatchObject({ words: 6, sentences: 2, syllables: 11 });
    expect(paragraphs[0].fleschDouma).toBe(62.9);
    expect(draft).toMatchObject({ words: 6, sentences: 2, syllables: 11, fleschDouma: 62.9 });
  });

  it("matches a hand count across paragraphs, numbers and abbreviations", () => {
    // P1: "Het buurthuis is open van 9.30 tot 16.00 uur." het buurt-huis is o-pen van tot uur:
    //     7 words (numbers are not words), 1 sentence, 1+2+1+2+1+1+1 = 9 syllables.
    // P2: "We helpen o.a. ouderen. Iedereen is welkom." we hel-pen o a ou-de-ren | ie-der-een
    //     is wel-kom: 8 words, 2 sentences, 1+2+1+1+3+3+1+2 = 14 syllables.
    // Draft: 15 words, 3 sentences, 23 syllables: 206.835 − 4.65 − 118.0667 = 84.118
    const { draft, paragraphs } = readabilityOf([
      "Het buurthuis is open van 9.30 tot 16.00 uur.",
      "We helpen o.a. ouderen. Iedereen is welkom.",
    ]);
    expect(paragraphs.map((p) => [p.words, p.sentences, p.syllables])).toEqual([
      [7, 1, 9],
      [8, 2, 14],
    ]);
    // P1: 206.835 − 6.51 − 99 = 101.325; P2: 206.835 − 3.72 − 134.75 = 68.365
    expect(paragraphs.map((p) => p.fleschDouma)).toEqual([101.3, 68.4]);
    expect(draft).toEqual({
      fleschDouma: 84.1,
      words: 15,
      sentences: 3,
      syllables: 23,
      level: "makkelijk",
    });
  });

  it("uses Douma's published bands and groups them around B1", () => {
    expect(doumaBand(95).label).toBe("zeer gemakkelijk");
    expect(doumaBand(85).label).toBe("gemakkelijk");
    expect(doumaBand(75).label).toBe("tamelijk gemakkelijk");
    expect(doumaBand(65).label).toBe("normaal");
    expect(doumaBand(50).label).toBe("tamelijk moeilijk");
    expect(doumaBand(40).label).toBe("moeilijk");
    expect(doumaBand(10).label).toBe("zeer moeilijk");
    expect(doumaBand(-20).label).toBe("zeer moeilijk");
    expect(readabilityLevel(B1_TARGET_SCORE)).toBe("makkelijk");
    expect(readabilityLevel(B1_TARGET_SCORE - 0.1)).toBe("gemiddeld");
    expect(readabilityLevel(44.9)).toBe("moeilijk");
  });
});
