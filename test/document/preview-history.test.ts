/**
 * The preview document as a text editor's model: one undo step per change (typing in one
 * paragraph is one step), so Ctrl+Z right after an insert takes back the insert and not the
 * user's typing before it; ranges across paragraphs replaced in one step (Enter, joining,
 * typing over a selection, a multi-line paste).
 */
import { PreviewDocument } from "../../src/document/preview-document";

const TEXTS = ["Aanvraag", "Elke dinsdag drinken we koffie.", "Met vriendelijke groet,"];

function texts(doc: PreviewDocument) {
  return doc.paragraphs().map((paragraph) => paragraph.text);
}

describe("the preview's undo history", () => {
  test("undo right after an insert takes back the insert, not the typing before it", async () => {
    const doc = new PreviewDocument({ paragraphs: TEXTS });
    doc.setCursor(1);
    doc.setParagraphText(1, "Elke dinsdag drinken we koffie");
    doc.setParagraphText(1, "Elke dinsdag drinken we koffie met buren.");
    const typed = texts(doc);
    await doc.insertParagraphs({
      paragraphs: ["Blok een.", "Blok twee."],
      tag: "argumentenhulp:block:x",
      title: "x",
      where: { kind: "after-cursor" },
    });
    expect(doc.undo()).toBe(true);
    expect(texts(doc)).toEqual(typed);
    expect(doc.paragraphs().some((paragraph) => paragraph.tag)).toBe(false);
    // The typing was one step.
    expect(doc.undo()).toBe(true);
    expect(texts(doc)).toEqual(TEXTS);
    expect(doc.undo()).toBe(false);
    expect(doc.redo()).toBe(true);
    expect(doc.redo()).toBe(true);
    expect(doc.paragraphs()[2].text).toBe("Blok een.");
  });

  test("a change after undo drops the redo steps", () => {
    const doc = new PreviewDocument({ paragraphs: TEXTS });
    doc.setParagraphText(0, "Aanvraag 2026");
    doc.undo();
    doc.setCursor(2);
    doc.setParagraphText(2, "Groet,");
    expect(doc.redo()).toBe(false);
  });

  test("typing in another paragraph is its own step", () => {
    const doc = new PreviewDocument({ paragraphs: TEXTS });
    doc.setCursor(0);
    doc.setParagraphText(0, "Aanvraag 2026");
    doc.setCursor(2);
    doc.setParagraphText(2, "Groet,");
    doc.undo();
    expect(texts(doc)).toEqual(["Aanvraag 2026", TEXTS[1], TEXTS[2]]);
  });
});

describe("replacing a range", () => {
  test("a multi-line paste over a selection across paragraphs makes paragraphs, in one undo step", () => {
    const doc = new PreviewDocument({
      paragraphs: [{ text: "Titel", style: "Heading 1" }, ...TEXTS.slice(1)],
    });
    doc.addComment(2, "Iemands opmerking");
    const caret = doc.replaceRange({ paragraph: 1, offset: 5 }, { paragraph: 2, offset: 4 }, [
      "één",
      "twee",
      "drie ",
    ]);
    expect(texts(doc)).toEqual(["Titel", "Elke één", "twee", "drie vriendelijke groet,"]);
    expect(caret).toEqual({ paragraph: 3, offset: 5 });
    expect(doc.selection()).toEqual({ start: 3, end: 3 });
    expect(doc.paragraphs()[0].isHeading).toBe(true);
    expect(doc.comments()).toEqual([{ paragraph: 3, text: "Iemands opmerking" }]);
    doc.undo();
    expect(texts(doc)).toEqual(["Titel", ...TEXTS.slice(1)]);
    expect(doc.comments()).toEqual([{ paragraph: 2, text: "Iemands opmerking" }]);
  });

  test("Enter splits, joining removes the break, replacing everything leaves one paragraph", () => {
    const doc = new PreviewDocument({ paragraphs: TEXTS });
    doc.replaceRange({ paragraph: 1, offset: 4 }, { paragraph: 1, offset: 4 }, ["", ""]);
    expect(texts(doc).slice(1, 3)).toEqual(["Elke", " dinsdag drinken we koffie."]);
    doc.replaceRange({ paragraph: 1, offset: 4 }, { paragraph: 2, offset: 0 }, [""]);
    expect(texts(doc)).toEqual(TEXTS);
    doc.replaceRange({ paragraph: 0, offset: 0 }, { paragraph: 2, offset: 99 }, ["Nieuw"]);
    expect(texts(doc)).toEqual(["Nieuw"]);
  });
});
