import {
  isHeadingStyle,
  paragraphText,
  paragraphsToInsert,
  sameParagraphText,
} from "../../src/document/paragraph-style";
import { locateInserted } from "../../src/document/word-insert-old-word";
import { documentMessage, type DocumentMessageKey } from "../../src/document/messages";

test.each([
  ["Kop 1", undefined, true],
  ["Heading 9", undefined, true],
  ["Titel", undefined, true],
  ["Mijn eigen stijl", "Heading2", true],
  ["Kopregel", undefined, false],
  // One rule with the engine (analysis/paragraph-kind.ts): a subtitle heads what follows.
  ["Ondertitel", undefined, true],
  ["Subtitle", "Subtitle", true],
  ["Standaard", "Normal", false],
  ["Überschrift 1", "Heading1", true],
  ["Lijstalinea", "ListParagraph", false],
])("style %p (built-in %p) is a heading: %p", (style, builtIn, expected) => {
  expect(isHeadingStyle(style, builtIn)).toBe(expected);
});

test("Word's manual line breaks and trailing carriage returns are normalised", () => {
  expect(paragraphText("een\u000btwee\r")).toBe("een\ntwee");
});

test("a stale-text check ignores whitespace differences but not words", () => {
  expect(sameParagraphText("Wij  doen\u00a0mee. ", "Wij doen mee.")).toBe(true);
  expect(sameParagraphText("Wij doen mee.", "Wij doen niet mee.")).toBe(false);
});

test("request entries with line breaks become separate paragraphs", () => {
  expect(paragraphsToInsert(["a\r\nb", "c", "d\ne\u000bf"])).toEqual([
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
  ]);
});

test("without WordApi 1.3 an inserted block is found by its texts; the first run wins", () => {
  expect(locateInserted(["x", "a", "b", "a", "b"], ["a", "b"])).toBe(1);
  expect(locateInserted(["x", "a\r", "b"], ["a", "b"])).toBe(1);
  expect(locateInserted(["x"], ["a"])).toBe(0);
});

test("every document message exists in Dutch and English and says something different in each", () => {
  const keys: DocumentMessageKey[] = [
    "read-only",
    "protected",
    "outside-body",
    "not-found",
    "settings-save",
    "missing-comments",
  ];
  for (const key of keys) {
    expect(documentMessage(key, "nl").length).toBeGreaterThan(20);
    expect(documentMessage(key, "en").length).toBeGreaterThan(20);
    expect(documentMessage(key, "nl")).not.toBe(documentMessage(key, "en"));
  }
});
