/**
 * The read path once more, on a Word built only from office-addin-mock, as Microsoft's unit-testing
 * guide does it. The mock cannot load "items/text" on an array (it throws), so its collection gets
 * a `load` that records what the adapter asked for and loads "items" instead; the adapter keeps
 * the efficient "items/text,…" form that real Word needs.
 */
import { OfficeMockObject } from "office-addin-mock";
import { WordDocument } from "../../src/document/word-document";
import type { WordHost } from "../../src/document/word-host";
import { fakeOffice, SETS } from "./office-host";

function mockWord(items: Record<string, unknown>[]) {
  const record = { syncs: 0, loads: [] as string[] };
  const word = new OfficeMockObject({
    context: {
      document: {
        body: {
          paragraphs: {
            items,
            load(this: OfficeMockObject, properties: string) {
              record.loads.push(properties);
              return OfficeMockObject.prototype.load.call(this, "items");
            },
          },
        },
      },
      async sync(this: OfficeMockObject) {
        record.syncs++;
        await OfficeMockObject.prototype.sync.call(this);
      },
    },
    async run(this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
  return { word: word as unknown as WordHost, record };
}

test("reads through an office-addin-mock Word in one sync with one load", async () => {
  const { word, record } = mockWord([
    {
      text: "Aanvraag",
      style: "Titel",
      styleBuiltIn: "Title",
      isListItem: false,
      tableNestingLevel: 0,
    },
    {
      text: "Buurtbewoners doen mee.",
      style: "Standaard",
      styleBuiltIn: "Normal",
      isListItem: true,
      tableNestingLevel: 0,
    },
  ]);
  const port = new WordDocument(word, fakeOffice({ wordApiSets: SETS.word2016 }).office);
  const read = await port.readParagraphs();
  expect(record).toEqual({
    syncs: 1,
    loads: ["items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel"],
  });
  expect(read).toEqual({
    ok: true,
    value: [
      { text: "Aanvraag", style: "Titel", isHeading: true, isListItem: false, inTable: false },
      {
        text: "Buurtbewoners doen mee.",
        style: "Standaard",
        isHeading: false,
        isListItem: true,
        inTable: false,
      },
    ],
  });
});
