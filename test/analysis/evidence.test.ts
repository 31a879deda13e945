/**
 * Evidence reads as the argument: the sentence that carries a verdict, and inside it phrases
 * that mean something. Sentences here are written from the themes' meaning
 * (../shared/design/labelling.md), not taken from labelled text.
 */
import fc from "fast-check";
import { reviewDocument } from "../../src/analysis";
import { formInfo } from "../../src/analysis/form-info";
import { normalize } from "../../src/analysis/normalize";
import type { ParagraphTheme } from "../../src/analysis/types";
import { WEAK_WORDS } from "../../src/content/cues";
import type { ThemeId } from "../../src/content/types";

function verdict(text: string, theme: ThemeId): ParagraphTheme | undefined {
  return reviewDocument([text]).paragraphs[0].themes.find((t) => t.id === theme);
}

const meaningful = (span: string): boolean =>
  (span.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some(
    (word) => formInfo(normalize(word).text).meaningful
  );

describe("the sentence that carries a verdict", () => {
  it("is the sentence that argues the theme, not the paragraph's practical lines", () => {
    const carrying =
      "Wie hier binnenloopt, leert andere buren kennen, en zo groeit een netwerk van mensen die elkaar helpen.";
    const text = `De buurtkamer is open op dinsdag en donderdag van tien tot vier uur. ${carrying} De koffie kost een euro en de thee is gratis voor iedereen.`;
    const found = verdict(text, "relaties");
    expect(found).toBeDefined();
    expect(found?.sentence.text).toBe(carrying);
    for (const span of found?.evidence ?? []) {
      expect(span.start).toBeGreaterThanOrEqual(found?.sentence.start ?? 0);
      expect(span.end).toBeLessThanOrEqual(found?.sentence.end ?? 0);
    }
  });

  it("marks a cue's words as one phrase across the short words between them", () => {
    const text =
      "In de straat zorgen bewoners voor elkaar: ze kijken naar elkaar om als iemand ziek is.";
    const found = verdict(text, "relaties");
    expect(found).toBeDefined();
    expect(found?.evidence.some((span) => span.text.split(/\s+/).length > 1)).toBe(true);
  });

  it("gives each theme of a paragraph that argues two its own sentence", () => {
    const relations =
      "Door de wekelijkse maaltijd leren buren elkaar kennen en ontstaan er nieuwe vriendschappen in de wijk.";
    const time =
      "Zulk vertrouwen groeit niet in een jaar, dus vragen we de gemeente om structurele financiering voor meerdere jaren.";
    const text = `${relations} ${time}`;
    const review = reviewDocument([text]).paragraphs[0].themes;
    const relaties = review.find((t) => t.id === "relaties");
    const tijd = review.find((t) => t.id === "tijd-continuiteit");
    expect(relaties?.sentence.text).toBe(relations);
    expect(tijd?.sentence.text).toBe(time);
  });
});

describe("no lone function word is evidence", () => {
  it("knows the words that say nothing alone", () => {
    for (const word of ["zijn", "nu", "inmiddels", "alleen", "onze", "het", "ook"]) {
      expect(formInfo(word).meaningful).toBe(false);
    }
    for (const word of ["vertrouwen", "buurtnetwerk", "meerjarig", "bewonersregie"]) {
      expect(formInfo(word).meaningful).toBe(true);
    }
    for (const word of WEAK_WORDS) expect(formInfo(word).meaningful).toBe(false);
  });

  const words = fc.constantFrom(
    "nu",
    "inmiddels",
    "alleen",
    "zijn",
    "onze",
    "we",
    "buren",
    "elkaar",
    "kennen",
    "structureel",
    "jaren",
    "bewoners",
    "zelf",
    "bepalen",
    "onderzoek",
    "laat",
    "zien",
    "vragen",
    "€",
    "5.000",
    "gemeente",
    "leefbaarheid",
    "vrijwilligers",
    "talenten",
    "eenzaamheid",
    "minder",
    "geen",
    "tijd",
    ".",
    ","
  );

  it("holds for any paragraph: every span has a word that means something, inside its sentence", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(words, { minLength: 1, maxLength: 60 }), { maxLength: 4 }),
        (drafts) => {
          const texts = drafts.map((draft) => draft.join(" "));
          const review = reviewDocument(texts);
          for (const paragraph of review.paragraphs) {
            const text = texts[paragraph.index];
            for (const theme of paragraph.themes) {
              expect(text.slice(theme.sentence.start, theme.sentence.end)).toBe(
                theme.sentence.text
              );
              for (const span of theme.evidence) {
                expect(text.slice(span.start, span.end)).toBe(span.text);
                expect(meaningful(span.text)).toBe(true);
                expect(span.start).toBeGreaterThanOrEqual(theme.sentence.start);
                expect(span.end).toBeLessThanOrEqual(theme.sentence.end);
              }
            }
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
