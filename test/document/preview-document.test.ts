import {
  PreviewDocument,
  type PreviewChange,
  type PreviewStorage,
} from "../../src/document/preview-document";

function memoryStorage(): PreviewStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

const block = (paragraphs: string[]) => ({
  paragraphs,
  tag: "argumentenhulp:block:vraag-basis",
  title: "Argumentenhulp: vraag",
  where: { kind: "after-paragraph" as const, index: 0 },
});

describe("the preview document's model", () => {
  test("like Word, a document always has at least one paragraph", async () => {
    const document = new PreviewDocument({ paragraphs: [] });
    expect(document.paragraphs()).toHaveLength(1);
    document.setParagraphs(["a", "b"]);
    document.removeParagraph(0);
    document.removeParagraph(0);
    expect(document.paragraphs().map((p) => p.text)).toEqual([""]);
    const read = await document.readParagraphs();
    expect(read).toEqual({
      ok: true,
      value: [{ text: "", style: "Normal", isHeading: false, isListItem: false, inTable: false }],
    });
  });

  test("plain strings are body text; a Dutch heading style is a heading", async () => {
    const document = new PreviewDocument({
      paragraphs: [{ text: "Aanleiding", style: "Kop 1" }, "Tekst"],
    });
    const read = await document.readParagraphs();
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.map((p) => [p.style, p.isHeading])).toEqual([
      ["Kop 1", true],
      ["Normal", false],
    ]);
  });

  test("reads give the port's shape only (no tags) and callers get copies", async () => {
    const document = new PreviewDocument({ paragraphs: ["Een", "Twee"] });
    await document.insertParagraphs(block(["Blok"]));
    const read = await document.readParagraphs();
    if (!read.ok) throw new Error(read.error.message);
    expect(Object.keys(read.value[1]).sort()).toEqual([
      "inTable",
      "isHeading",
      "isListItem",
      "style",
      "text",
    ]);
    const copy = document.paragraphs() as unknown as { text: string }[];
    copy[0].text = "veranderd";
    expect(document.paragraphs()[0].text).toBe("Een");
  });

  test("edits notify onChange listeners (text only) and view subscribers (everything)", async () => {
    const document = new PreviewDocument({ paragraphs: ["Een", "Twee"] });
    const changes: PreviewChange[] = [];
    const textChanged = jest.fn();
    const unsubscribeView = document.subscribe((change) => changes.push(change));
    const unsubscribe = document.onChange(textChanged);
    document.setParagraphText(1, "Twee en meer");
    document.setParagraphText(1, "Twee en meer"); // no change, no notification
    document.setCursor(0);
    await document.selectParagraph(1, "Twee en meer");
    await document.insertParagraphs(block(["Blok"]));
    expect(textChanged).toHaveBeenCalledTimes(2);
    expect(changes).toEqual(["text", "selection", "selection", "reveal", "text", "selection"]);
    unsubscribe();
    unsubscribeView();
    document.insertParagraphAt(0, "Nieuw");
    expect(textChanged).toHaveBeenCalledTimes(2);
    expect(changes).toHaveLength(6);
  });

  test("selections are kept inside the document and in order", () => {
    const document = new PreviewDocument({ paragraphs: ["a", "b", "c"] });
    document.setSelection(5, 1);
    expect(document.selection()).toEqual({ start: 1, end: 2 });
    document.setCursor(-3);
    expect(document.selection()).toEqual({ start: 0, end: 0 });
    document.setSelection(2, 2);
    document.setParagraphs(["alleen"]);
    expect(document.selection()).toEqual({ start: 0, end: 0 });
  });

  test("comments move with their paragraphs and go when their paragraph goes", async () => {
    const document = new PreviewDocument({ paragraphs: ["a", "b", "c"] });
    document.addComment(2, "Van een mens.");
    await document.insertParagraphs(block(["x", "y"]));
    expect(document.comments()).toEqual([{ paragraph: 4, text: "Van een mens." }]);
    document.insertParagraphAt(0, "begin");
    expect(document.comments()[0].paragraph).toBe(5);
    document.removeParagraph(5);
    expect(document.comments()).toEqual([]);
  });

  test("read-only: inserting, commenting and removing comments fail in Dutch and change nothing", async () => {
    const document = new PreviewDocument({ paragraphs: ["a", "b"] });
    await document.addReviewComments([{ paragraph: 0, text: "Thema relaties" }]);
    document.setReadOnly(true);
    const before = JSON.stringify([
      document.paragraphs(),
      document.comments(),
      document.selection(),
    ]);
    expect(await document.insertParagraphs(block(["x"]))).toMatchObject({
      ok: false,
      error: { code: "read-only" },
    });
    expect(await document.addReviewComments([{ paragraph: 1, text: "y" }])).toMatchObject({
      ok: false,
      error: { code: "read-only" },
    });
    expect(await document.removeReviewComments()).toMatchObject({
      ok: false,
      error: { code: "read-only" },
    });
    expect(JSON.stringify([document.paragraphs(), document.comments(), document.selection()])).toBe(
      before
    );
    document.setReadOnly(false);
    expect(await document.insertParagraphs(block(["x"]))).toMatchObject({ ok: true });
  });
});

describe("the preview's settings", () => {
  test("persist through the injected storage, so a reload remembers them", async () => {
    const storage = memoryStorage();
    const first = new PreviewDocument({ storage });
    await first.writeSettings({ audience: "woningcorporatie" });
    expect(JSON.parse(storage.data.get("argumentenhulp:preview-settings") ?? "null")).toEqual({
      audience: "woningcorporatie",
    });
    const reloaded = new PreviewDocument({ storage });
    expect(await reloaded.readSettings()).toEqual({
      ok: true,
      value: { audience: "woningcorporatie" },
    });
  });

  test("unreadable stored settings start empty instead of failing", async () => {
    const storage = memoryStorage();
    storage.data.set("argumentenhulp:preview-settings", "{kapot");
    expect(await new PreviewDocument({ storage }).readSettings()).toEqual({ ok: true, value: {} });
    storage.data.set("argumentenhulp:preview-settings", "[1,2]");
    expect(await new PreviewDocument({ storage }).readSettings()).toEqual({ ok: true, value: {} });
  });

  test("a full or blocked storage is a Dutch error; the settings still hold for this session", async () => {
    const storage: PreviewStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const document = new PreviewDocument({ storage });
    const result = await document.writeSettings({ audience: "fonds" });
    expect(result).toMatchObject({ ok: false, error: { code: "unknown" } });
    if (!result.ok) expect(result.error.message).toMatch(/instellingen/);
    expect(await document.readSettings()).toEqual({ ok: true, value: { audience: "fonds" } });
  });

  test("without storage they live in memory only", async () => {
    const document = new PreviewDocument();
    expect(await document.writeSettings({ a: 1 })).toEqual({ ok: true, value: undefined });
    expect(await new PreviewDocument().readSettings()).toEqual({ ok: true, value: {} });
  });
});

test("the preview says what it can: no Word API sets, but reading, inserting, selecting, comments and settings", () => {
  expect(new PreviewDocument().capabilities()).toMatchObject({
    wordApiSets: [],
    read: true,
    insert: true,
    select: true,
    comments: true,
    settings: true,
  });
});
