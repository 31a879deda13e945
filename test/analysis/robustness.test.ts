import fc from "fast-check";
import { createReviewer, reviewDocument, type Review } from "../../src/analysis";

function assertSpansInside(review: Review, texts: readonly string[]): void {
  expect(review.paragraphs).toHaveLength(texts.length);
  for (const paragraph of review.paragraphs) {
    const text = texts[paragraph.index];
    for (const theme of paragraph.themes) {
      const { sentence } = theme;
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(theme.evidence.length).toBeGreaterThan(0);
      for (const span of theme.evidence) {
        expect(span.start).toBeGreaterThanOrEqual(sentence.start);
        expect(span.end).toBeLessThanOrEqual(sentence.end);
        expect(span.start).toBeLessThan(span.end);
        expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  }
  for (const advice of review.advice) {
    const text = texts[advice.paragraph];
    for (const span of advice.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
}

const dutchish = fc
  .array(
    fc.constantFrom(
      "buurtnetwerk",
      "zonder",
      "geen",
      "tijd",
      "meerjarige",
      "steun",
      "ĳs",
      "continuïteit",
      "ideeën",
      "zo'n",
      "buurt-",
      "en",
      "wijknetwerk",
      "’",
      '"',
      "Bewoners",
      "bepalen",
      "zelf",
      ".",
      ",",
      "€",
      "12",
      "\u0301",
      "😀",
      "niet",
      "alleen",
      "maar",
      "relaties",
      "vertrouwen",
      "Kop",
      "\n",
      " ",
      "İ",
      "ß"
    ),
    { maxLength: 60 }
  )
  .map((words) => words.join(" "));

describe("robustness", () => {
  test("any Unicode paragraphs: never throws, spans valid, deterministic", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: "grapheme", maxLength: 200 }),
            fc.string({ unit: "binary", maxLength: 80 }),
            dutchish
          ),
          { maxLength: 12 }
        ),
        (texts) => {
          const review = reviewDocument(texts);
          assertSpansInside(review, texts);
          expect(reviewDocument(texts)).toEqual(review);
        }
      ),
      { numRuns: 150 }
    );
  });

  test("styles of any kind are accepted", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: dutchish, style: fc.option(fc.string(), { nil: undefined }) }), {
          maxLength: 8,
        }),
        (paragraphs) => {
          const review = createReviewer().review(paragraphs, { audience: "ministerie" });
          assertSpansInside(
            review,
            paragraphs.map((p) => p.text)
          );
        }
      ),
      { numRuns: 60 }
    );
  });

  test("junk from a caller that ignores the types is read as empty paragraphs, not a crash", () => {
    const junk = [
      null,
      42,
      { text: 7 },
      { style: "Kop 1" },
      undefined,
      "Bewoners bepalen zelf wat er gebeurt.",
    ];
    const review = reviewDocument(junk as unknown as string[]);
    expect(review.paragraphs).toHaveLength(junk.length);
    expect(review.paragraphs.slice(0, 5).every((p) => p.themes.length === 0)).toBe(true);
    expect(reviewDocument(null as unknown as string[]).paragraphs).toEqual([]);
  });

  test("empty paragraphs and an empty draft", () => {
    const review = reviewDocument(["", "   ", "\n"]);
    expect(review.paragraphs.every((p) => p.themes.length === 0)).toBe(true);
    expect(review.themes.every((theme) => theme.status === "missing")).toBe(true);
    expect(reviewDocument([]).paragraphs).toEqual([]);
  });

  test("one paragraph of 1 MB", () => {
    const sentence =
      "Zonder meerjarige steun valt het buurtnetwerk weg, want bewoners kennen elkaar pas na jaren. ";
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const review = reviewDocument([text]);
    assertSpansInside(review, [text]);
    expect(review.paragraphs[0].themes.length).toBeGreaterThan(0);
  });

  test("10 000 paragraphs", () => {
    const texts = Array.from({ length: 10_000 }, (_, i) =>
      i % 3 === 0 ? `Punt ${i}` : `Bewoners bepalen zelf wat er gebeurt in straat ${i}.`
    );
    const review = reviewDocument(texts);
    expect(review.paragraphs).toHaveLength(10_000);
    assertSpansInside(review, texts);
  });
});
