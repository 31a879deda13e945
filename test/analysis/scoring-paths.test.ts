/**
 * The reviewer scores paragraphs by numeric feature ids (fast); the trainer learns from
 * string-keyed feature maps. If the two ever disagreed, the shipped model would be judged on
 * features it was not trained on. These tests hold them to the same logits, bit for bit.
 */
import fc from "fast-check";
import { scoreParagraph } from "../../src/analysis/features";
import { currentModel, logits } from "../../src/analysis/model";
import { paragraphFeatures } from "../../src/analysis/paragraph";

const model = currentModel();

function bothPaths(text: string, style?: string): { review: number[]; trainer: number[] } {
  const read = paragraphFeatures(text, style, model.weights);
  return {
    review: scoreParagraph(model, read, read.hits, read.kind, text).logits,
    trainer: logits(model, read.features),
  };
}

const WORDS = [
  "Bewoners",
  "bepalen",
  "zelf",
  "wat",
  "er",
  "gebeurt",
  "in",
  "de",
  "buurtkamer",
  "geen",
  "niet",
  "zonder",
  "structurele",
  "financiering",
  "stopt",
  "buurtnetwerk",
  "vertrouwen",
  "elkaar",
  "leren",
  "kennen",
  "Uit",
  "onderzoek",
  "blijkt",
  "dat",
  "€",
  "18.000",
  "2025",
  "(Hendriks",
  "en",
  "Van",
  "Dam,",
  "2018)",
  "tijdschrift",
  "relatief",
  "inmiddels",
  ".",
  ",",
  ":",
];

describe("the reviewer's scoring and the trainer's features agree", () => {
  test.each([
    ["a plain draft paragraph", "Door de koffieochtend leren buren elkaar kennen.", undefined],
    [
      "a stated need and a denial",
      "Zonder structurele financiering stopt de buurtkamer. Er was geen tijd om te evalueren.",
      undefined,
    ],
    ["a heading", "Wat we vragen", "Heading 1"],
    [
      "a list line with money and a citation",
      "Een bedrag van € 18.000 voor twee jaar (Hendriks en Van Dam, 2018).",
      "List Paragraph",
    ],
    ["a quotation", "‘Ik ken nu mijn buren,’ zegt een bewoner.", "Quote"],
    ["nothing", "", undefined],
  ])("%s", (_, text, style) => {
    const { review, trainer } = bothPaths(text, style);
    expect(review).toEqual(trainer);
  });

  test("on any mix of cue words, negations, numbers and punctuation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }),
        fc.constantFrom(undefined, "Normal", "Heading 2", "List Paragraph", "Quote"),
        (words, style) => {
          const { review, trainer } = bothPaths(words.join(" "), style);
          expect(review).toEqual(trainer);
        }
      ),
      { numRuns: 300 }
    );
  });
});
