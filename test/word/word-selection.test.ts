/**
 * Reading the user's selection for an own block: one sync, without tracked deletions where Word
 * can leave them out, Word's paragraph and line marks turned into line breaks.
 */
import { WordDocument } from "../../src/document/word-document";
import { plainSelectionText } from "../../src/document/word-selection";
import { FakeWordDocument, fakeWordHost } from "./fake-word";
import { fakeOffice, SETS } from "./office-host";

function setUp(wordApiSets: string[]) {
  const model = new FakeWordDocument([
    "Aanvraag buurtkamer",
    {
      text: "",
      runs: [
        { text: "Wij bouwen aan " },
        { text: "snelle ", mark: "deleted" },
        { text: "vertrouwen in de buurt." },
      ],
    },
    "Elke dinsdag koken bewoners samen.",
  ]);
  const port = new WordDocument(fakeWordHost(model), fakeOffice({ wordApiSets }).office);
  return { model, port };
}

test("part of a paragraph, in one sync, leaving out a tracked deletion (WordApi 1.4)", async () => {
  const { model, port } = setUp(SETS.microsoft365);
  model.deletedTextInText = true; // Word on the web: `.text` would hold the struck words
  model.selectText(1, 0, 31);
  const before = model.syncs;
  expect(await port.readSelection()).toEqual({
    ok: true,
    value: "Wij bouwen aan vertrouwen in de",
  });
  expect(model.syncs - before).toBe(1);
  expect(model.selection.chars).toEqual({ start: 0, end: 31 });
});

test("whole paragraphs come back one per line, without Word's final paragraph mark", async () => {
  const { model, port } = setUp(SETS.microsoft365);
  model.selectParagraphs(1, 2);
  expect(await port.readSelection()).toEqual({
    ok: true,
    value: "Wij bouwen aan vertrouwen in de buurt.\nElke dinsdag koken bewoners samen.",
  });
});

test("a failing getReviewedText falls back to the plain text", async () => {
  const { model, port } = setUp(SETS.microsoft365);
  model.reviewedTextFails = true;
  model.selectParagraphs(2, 2);
  expect(await port.readSelection()).toEqual({
    ok: true,
    value: "Elke dinsdag koken bewoners samen.",
  });
});

test("Word 2016 (WordApi 1.1 to 1.3) reads `.text`", async () => {
  const { model, port } = setUp(SETS.word2016);
  model.selectText(2, 13, 34);
  expect(await port.readSelection()).toEqual({ ok: true, value: "koken bewoners samen." });
  expect(model.loads).toContain("text");
});

test("a cursor selects nothing", async () => {
  const { model, port } = setUp(SETS.microsoft365);
  model.setCursor(1);
  expect(await port.readSelection()).toEqual({ ok: true, value: "" });
});

test("a failing sync comes back as a Dutch error", async () => {
  const { model, port } = setUp(SETS.microsoft365);
  model.failNextSync = Object.assign(new Error("GeneralException"), {
    code: "GeneralException",
    debugInfo: { code: "GeneralException" },
  });
  const result = await port.readSelection();
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.message).toMatch(/Word/);
});

test("Word's marks: paragraph (\\r), line break (\\v), cell end, trailing marks", () => {
  expect(plainSelectionText("Een\rTwee\vDrie\u0007\r\r")).toBe("Een\nTwee\nDrie");
});
