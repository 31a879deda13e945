import { normalize, originalSpan } from "../../src/analysis/normalize";
import { tokenize } from "../../src/analysis/tokens";

const forms = (text: string): string[] => tokenize(text).tokens.map((token) => token.form);

describe("normalising with a map back to the user's characters", () => {
  test("lowercases, strips diacritics and splits the ij ligature", () => {
    expect(normalize("Continuïteit").text).toBe("continuiteit");
    expect(normalize("ideeën").text).toBe("ideeen");
    expect(normalize("\u0132sselmeer").text).toBe("ijsselmeer");
  });

  test("every normalised character points into the original", () => {
    const original = "De \u0132ssel en café’s";
    const norm = normalize(original);
    // The ligature becomes two characters that both map to the one original character.
    expect(norm.text.startsWith("de ijssel")).toBe(true);
    expect(norm.from?.[3]).toBe(3);
    expect(norm.from?.[4]).toBe(3);
    expect(norm.to?.[4]).toBe(4);
    expect(originalSpan(norm, 3, 9)).toEqual({ start: 3, end: 8 });
  });
});

describe("tokens with offsets", () => {
  test("plain ASCII keeps its offsets without a map", () => {
    const text = "Zonder STEUN valt het weg.";
    expect(normalize(text).from).toBeNull();
    const { tokens } = tokenize(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      "Zonder",
      "STEUN",
      "valt",
      "het",
      "weg",
    ]);
    expect(originalSpan(normalize(text), 7, 12)).toEqual({ start: 7, end: 12 });
  });

  test("offsets slice the user's own text, accents and ligatures included", () => {
    const text = "De continuïteit van ideeën in \u0132sselstein";
    const { tokens } = tokenize(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      "De",
      "continuïteit",
      "van",
      "ideeën",
      "in",
      "\u0132sselstein",
    ]);
    expect(tokens.map((token) => token.form)).toEqual([
      "de",
      "continuiteit",
      "van",
      "ideeen",
      "in",
      "ijsselstein",
    ]);
  });

  test("decomposed input (e + combining diaeresis) maps back to both code units", () => {
    const text = "ide\u0065\u0308en";
    const { tokens } = tokenize(text);
    expect(tokens).toHaveLength(1);
    expect(tokens[0].form).toBe("ideeen");
    expect(text.slice(tokens[0].start, tokens[0].end)).toBe(text);
  });

  test("apostrophes stay inside words, straight or typographic", () => {
    expect(forms("zo'n buurt")).toEqual(["zo'n", "buurt"]);
    expect(forms("zo\u2019n buurt")).toEqual(["zo'n", "buurt"]);
    expect(forms("'s avonds")).toEqual(["s", "avonds"]);
  });

  test("hyphens split compounds into parts that keep their own offsets", () => {
    const text = "buurt- en wijknetwerk met een community-builder";
    const { tokens } = tokenize(text);
    expect(tokens.map((token) => token.form)).toEqual([
      "buurt",
      "en",
      "wijknetwerk",
      "met",
      "een",
      "community",
      "builder",
    ]);
    const builder = tokens[6];
    expect(text.slice(builder.start, builder.end)).toBe("builder");
  });

  test("marks clause breaks and quoted words", () => {
    const { tokens } = tokenize('Hij zei: "kom maar" en ging.');
    expect(tokens.map((token) => token.clauseBreak)).toEqual([
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
    expect(tokens.map((token) => token.quoted)).toEqual([false, false, true, true, false, false]);
  });

  test("emoji and astral characters do not shift offsets", () => {
    const text = "😀 buurt 𝔸 netwerk";
    const { tokens } = tokenize(text);
    for (const token of tokens)
      expect(text.slice(token.start, token.end).length).toBeGreaterThan(0);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toContain("netwerk");
  });
});
