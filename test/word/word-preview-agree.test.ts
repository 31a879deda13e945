/**
 * The Word adapter (over the fake Word) and the preview document, driven by the same random
 * sequences of cursor moves, inserts, selects and reads, must end with the same text and give
 * the same outcomes: the pane can then be developed against the preview and trusted in Word.
 */
import fc from "fast-check";
import type { DocumentPort, InsertLocation } from "../../src/document/port";
import { PreviewDocument } from "../../src/document/preview-document";
import { WordDocument } from "../../src/document/word-document";
import { FakeWordDocument, fakeWordHost } from "./fake-word";
import { fakeOffice, SETS } from "./office-host";

type Step =
  | { op: "cursor"; index: number }
  | { op: "insert"; where: InsertLocation; texts: string[] }
  | { op: "select"; index: number }
  | { op: "read" };

const word = fc.constantFrom("buurt", "samen", "bewoners", "tijd", "vertrouwen", "plek");
const sentence = fc
  .array(word, { minLength: 1, maxLength: 4 })
  .map((words) => words.join(" ") + ".");
const where: fc.Arbitrary<InsertLocation> = fc.oneof(
  fc.constant({ kind: "after-cursor" } as const),
  fc.constant({ kind: "end" } as const),
  fc.integer({ min: -1, max: 12 }).map((index) => ({ kind: "after-paragraph", index }) as const)
);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.integer({ min: 0, max: 12 }).map((index) => ({ op: "cursor", index }) as const),
  fc.record({
    op: fc.constant("insert" as const),
    where,
    texts: fc.array(sentence, { minLength: 1, maxLength: 3 }),
  }),
  fc.integer({ min: 0, max: 14 }).map((index) => ({ op: "select", index }) as const),
  fc.constant({ op: "read" } as const)
);

async function apply(
  port: DocumentPort,
  moveCursor: (index: number) => void,
  length: () => number,
  s: Step
) {
  if (s.op === "cursor") {
    if (s.index < length()) moveCursor(s.index);
    return "moved";
  }
  if (s.op === "insert") {
    return port.insertParagraphs({
      paragraphs: s.texts,
      tag: "argumentenhulp:block:t",
      title: "T",
      where: s.where,
    });
  }
  if (s.op === "select") {
    const read = await port.readParagraphs();
    const text = read.ok ? read.value[s.index]?.text : undefined;
    return port.selectParagraph(s.index, text);
  }
  return port.readParagraphs();
}

test("Word and the preview agree on every step", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(sentence, { minLength: 1, maxLength: 5 }),
      fc.array(step, { maxLength: 12 }),
      async (start, steps) => {
        const model = new FakeWordDocument(start);
        const inWord = new WordDocument(
          fakeWordHost(model),
          fakeOffice({ wordApiSets: SETS.microsoft365 }).office
        );
        const preview = new PreviewDocument({ paragraphs: start });
        for (const s of steps) {
          const fromWord = await apply(
            inWord,
            (i) => model.setCursor(i),
            () => model.main.length,
            s
          );
          const fromPreview = await apply(
            preview,
            (i) => preview.setCursor(i),
            () => preview.paragraphs().length,
            s
          );
          expect(fromWord).toEqual(fromPreview);
          expect(model.texts()).toEqual(preview.paragraphs().map((p) => p.text));
          const { start: from, end: to } = preview.selection();
          expect(model.selectedIndices()).toEqual(
            Array.from({ length: to - from + 1 }, (_, k) => from + k)
          );
        }
      }
    ),
    { numRuns: 150 }
  );
});
