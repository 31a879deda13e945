/**
 * Where the cursor is, and taking an insert back, on the Word adapter over the fake Word: by the
 * block's content control where Word has one, by its paragraphs and their unchanged text on Word
 * on the web (no controls), and what Word does with track changes on.
 */
import { WordDocument } from "../../src/document/word-document";
import type { InsertedBlock } from "../../src/document/port";
import { FakeWordDocument, fakeWordHost, type ParagraphSeed } from "./fake-word";
import { fakeOffice, SETS } from "./office-host";

const DRAFT: ParagraphSeed[] = [
  { text: "Aanvraag koffieochtend", style: "Titel", styleBuiltIn: "Title" },
  { text: "Elke dinsdag drinken we koffie.", style: "Standaard", styleBuiltIn: "Normal" },
  { text: "Met vriendelijke groet,", style: "Standaard", styleBuiltIn: "Normal" },
  { text: "Ria Jansen", style: "Standaard", styleBuiltIn: "Normal" },
];
const TEXTS = DRAFT.map((seed) => seed.text);
const BLOCK = ["Je bouwt geen gemeenschap in een paar maanden.", "Daarvoor is tijd nodig."];
const TAG = "argumentenhulp:block:tijd";

function setUp(wordApiSets: string[] = SETS.microsoft365, platform = "PC") {
  const model = new FakeWordDocument(DRAFT);
  const { office } = fakeOffice({ wordApiSets, platform });
  const port = new WordDocument(fakeWordHost(model), office);
  return { model, port };
}

async function insertAfter(port: WordDocument, index: number): Promise<InsertedBlock> {
  const result = await port.insertParagraphs({
    paragraphs: BLOCK,
    tag: TAG,
    title: "Argumentenhulp: tijd",
    where: { kind: "after-paragraph", index },
  });
  if (!result.ok) throw new Error(result.error.message);
  return { tag: TAG, paragraphs: BLOCK, firstIndex: result.value.firstIndex };
}

describe("where the cursor is", () => {
  test("its paragraph and index in one sync, writing nothing", async () => {
    const { model, port } = setUp();
    model.setCursor(2);
    const before = model.snapshot();
    const syncs = model.syncs;
    expect(await port.cursorParagraph()).toEqual({
      ok: true,
      value: { index: 2, text: "Met vriendelijke groet," },
    });
    expect(model.syncs - syncs).toBe(1);
    expect(model.snapshot()).toBe(before);
  });

  test("null when the cursor is in a header (Word cannot build the range to it)", async () => {
    const { model, port } = setUp();
    model.setCursor(0, "header");
    expect(await port.cursorParagraph()).toEqual({ ok: true, value: null });
  });

  test("a Word without WordApi 1.3 cannot tell, and says so", async () => {
    const { port } = setUp(SETS.word2016rtm);
    const result = await port.cursorParagraph();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("unsupported");
  });
});

describe("taking an insert back", () => {
  test("finds the block by its content control and deletes its paragraphs; the control goes with them", async () => {
    const { model, port } = setUp();
    const receipt = await insertAfter(port, 1);
    expect(model.main[2].control?.tag).toBe(TAG);
    const syncs = model.syncs;
    expect(await port.removeInserted(receipt)).toEqual({ ok: true, value: undefined });
    expect(model.syncs - syncs).toBe(3);
    expect(model.texts()).toEqual(TEXTS);
    expect(model.main.some((paragraph) => paragraph.control)).toBe(false);
  });

  test("with the same text also typed by the user, the tagged paragraphs are the ones removed", async () => {
    const { model, port } = setUp();
    // The user's own copy of the same words, nearer to where the block went in.
    model.main.splice(1, 0, ...BLOCK.map((text) => model.paragraph({ text }, "main")));
    const receipt = await insertAfter(port, 4);
    await port.removeInserted({ ...receipt, firstIndex: 0 });
    expect(model.texts()).toEqual([TEXTS[0], ...BLOCK, ...TEXTS.slice(1)]);
  });

  test("Word on the web (no content controls): by its paragraphs and their unchanged text, two syncs", async () => {
    const { model, port } = setUp(SETS.microsoft365, "OfficeOnline");
    const receipt = await insertAfter(port, 1);
    expect(model.main[2].control).toBeUndefined();
    const syncs = model.syncs;
    expect(await port.removeInserted(receipt)).toEqual({ ok: true, value: undefined });
    expect(model.syncs - syncs).toBe(2);
    expect(model.texts()).toEqual(TEXTS);
  });

  test("a tag lost on save and reopen: the unchanged text still finds it", async () => {
    const { model, port } = setUp();
    const receipt = await insertAfter(port, 1);
    for (const paragraph of model.main) delete paragraph.control;
    expect(await port.removeInserted(receipt)).toEqual({ ok: true, value: undefined });
    expect(model.texts()).toEqual(TEXTS);
  });

  test("a paragraph the user added inside the block stays", async () => {
    const { model, port } = setUp();
    const receipt = await insertAfter(port, 1);
    const added = model.insertAfter(model.main[3], "Mijn eigen zin in het blok.");
    expect(added.control?.tag).toBe(TAG);
    expect(await port.removeInserted(receipt)).toEqual({ ok: true, value: undefined });
    expect(model.texts()).toEqual([
      TEXTS[0],
      TEXTS[1],
      "Mijn eigen zin in het blok.",
      ...TEXTS.slice(2),
    ]);
  });

  test("an edited block is left alone: nothing is deleted", async () => {
    const { model, port } = setUp();
    const receipt = await insertAfter(port, 1);
    model.main[3].text = "Daarvoor is tijd nodig, zeker tien jaar.";
    const before = model.snapshot();
    const result = await port.removeInserted(receipt);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("edited");
    expect(model.snapshot()).toBe(before);
  });

  test("a locked block is refused as protected, and nothing is deleted", async () => {
    const { model, port } = setUp();
    const receipt = await insertAfter(port, 1);
    model.main[2].control!.locked = true;
    const before = model.snapshot();
    const result = await port.removeInserted(receipt);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("protected");
    expect(model.snapshot()).toBe(before);
  });

  test("with track changes on the removal is a tracked deletion, which the next read leaves out", async () => {
    const { model, port } = setUp();
    const receipt = await insertAfter(port, 1);
    model.changeTrackingMode = "TrackAll";
    expect(await port.removeInserted(receipt)).toEqual({ ok: true, value: undefined });
    // Word keeps the struck paragraphs (and the control, #1299) until the change is accepted.
    expect(model.main).toHaveLength(TEXTS.length + BLOCK.length);
    expect(model.main[2].runs?.every((run) => run.mark === "deleted")).toBe(true);
    const read = await port.readParagraphs();
    if (!read.ok) throw new Error(read.error.message);
    const texts = read.value.map((paragraph) => paragraph.text);
    expect(texts.join(" ")).not.toContain("gemeenschap");
  });

  test("Toon selects the whole block", async () => {
    const { model, port } = setUp();
    const receipt = await insertAfter(port, 1);
    model.setCursor(0);
    expect(await port.selectInserted(receipt)).toEqual({ ok: true, value: undefined });
    expect(model.selectedIndices()).toEqual([2, 3]);
  });
});
