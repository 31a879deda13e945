import { WordDocument } from "../../src/document/word-document";
import { FakeWordDocument, fakeWordHost, wordError, type ParagraphSeed } from "./fake-word";
import { fakeOffice, SETS } from "./office-host";

const PLAIN: ParagraphSeed[] = [
  { text: "Aanvraag buurtkamer", style: "Titel", styleBuiltIn: "Title" },
  { text: "Aanleiding", style: "Kop 1", styleBuiltIn: "Heading1" },
  { text: "In de wijk wonen veel ouderen alleen.", style: "Standaard", styleBuiltIn: "Normal" },
  { text: "Wat we doen", style: "Standaard", styleBuiltIn: "Normal" },
  { text: "Begroting volgt.", style: "Standaard", styleBuiltIn: "Normal" },
];

const DRAFT: ParagraphSeed[] = [
  { text: "Aanvraag buurtkamer", style: "Titel", styleBuiltIn: "Title" },
  { text: "Aanleiding", style: "Kop 1", styleBuiltIn: "Heading1" },
  {
    text: "In de wijk\u000bwonen veel ouderen alleen.",
    style: "Standaard",
    styleBuiltIn: "Normal",
  },
  {
    text: "Eerste activiteit",
    style: "Lijstalinea",
    styleBuiltIn: "ListParagraph",
    isListItem: true,
  },
  { text: "Begroting", style: "Standaard", styleBuiltIn: "Normal", tableNestingLevel: 1 },
];

function setUp(wordApiSets: string[], seeds: ParagraphSeed[] = DRAFT) {
  const model = new FakeWordDocument(seeds);
  const office = fakeOffice({ wordApiSets });
  const port = new WordDocument(fakeWordHost(model), office.office);
  return { model, port, ...office };
}

const block = (where: Parameters<WordDocument["insertParagraphs"]>[0]["where"]) => ({
  paragraphs: ["Samen sterker in de buurt.", "Kleine stappen tellen."],
  tag: "argumentenhulp:block:kleine-stappen",
  title: "Argumentenhulp: kleine stappen",
  where,
});

describe("reading", () => {
  test("one sync, loading text, style, built-in style, list and table facts on WordApi 1.3", async () => {
    const { model, port } = setUp(SETS.word2016);
    const read = await port.readParagraphs();
    expect(model.syncs).toBe(1);
    expect(model.loads).toEqual([
      "items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel",
      "items/tag",
    ]);
    expect(read).toEqual({
      ok: true,
      value: [
        {
          text: "Aanvraag buurtkamer",
          style: "Titel",
          isHeading: true,
          isListItem: false,
          inTable: false,
        },
        { text: "Aanleiding", style: "Kop 1", isHeading: true, isListItem: false, inTable: false },
        {
          text: "In de wijk\nwonen veel ouderen alleen.",
          style: "Standaard",
          isHeading: false,
          isListItem: false,
          inTable: false,
        },
        {
          text: "Eerste activiteit",
          style: "Lijstalinea",
          isHeading: false,
          isListItem: true,
          inTable: false,
        },
        {
          text: "Begroting",
          style: "Standaard",
          isHeading: false,
          isListItem: false,
          inTable: true,
        },
      ],
    });
  });

  test("on WordApi 1.2 loads only text and style and recognises headings by their Dutch or English name", async () => {
    const { model, port } = setUp(SETS.word2016rtm, [
      { text: "Kopje", style: "Kop 2" },
      { text: "Heading", style: "Heading 1" },
      { text: "Tekst", style: "Standaard" },
    ]);
    const read = await port.readParagraphs();
    expect(model.syncs).toBe(1);
    expect(model.loads).toEqual(["items/text,items/style", "items/tag"]);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.map((p) => p.isHeading)).toEqual([true, true, false]);
    expect(read.value.every((p) => !p.isListItem && !p.inTable)).toBe(true);
  });

  test("a failing read comes back as a Dutch error", async () => {
    const { model, port } = setUp(SETS.word2016);
    model.failNextSync = wordError("GeneralException");
    const read = await port.readParagraphs();
    expect(read).toMatchObject({ ok: false, error: { code: "unknown" } });
    if (!read.ok) expect(read.error.message).toMatch(/Word kon dit nu niet uitvoeren/);
  });
});

describe("inserting", () => {
  test.each([
    ["after the cursor", { kind: "after-cursor" } as const, { afterIndex: 2, firstIndex: 3 }],
    ["at the end", { kind: "end" } as const, { afterIndex: 4, firstIndex: 5 }],
    [
      "after paragraph 3",
      { kind: "after-paragraph", index: 3 } as const,
      { afterIndex: 3, firstIndex: 4 },
    ],
    [
      "at the start",
      { kind: "after-paragraph", index: -1 } as const,
      { afterIndex: -1, firstIndex: 0 },
    ],
  ])(
    "%s takes exactly one sync on WordApi 1.3 in a document without lists, tables or blocks",
    async (_, where, outcome) => {
      const { model, port } = setUp(SETS.word2016, PLAIN);
      await port.readParagraphs();
      model.syncs = 0;
      model.setCursor(2);
      const result = await port.insertParagraphs(block(where));
      expect(result).toEqual({ ok: true, value: outcome });
      expect(model.syncs).toBe(1);
      expect(model.texts().slice(outcome.firstIndex, outcome.firstIndex + 2)).toEqual([
        "Samen sterker in de buurt.",
        "Kleine stappen tellen.",
      ]);
    }
  );

  test("inserted after a heading, the block is body text (built-in Normal), not a heading", async () => {
    const { model, port } = setUp(SETS.word2016);
    model.setCursor(1);
    await port.insertParagraphs(block({ kind: "after-cursor" }));
    expect(model.main[2]).toMatchObject({ styleBuiltIn: "Normal" });
    expect(model.main[3]).toMatchObject({ styleBuiltIn: "Normal" });
    expect(model.main[1]).toMatchObject({ styleBuiltIn: "Heading1" });
  });

  test("the block is one content control with the request's tag and title; the cursor ends at its end", async () => {
    const { model, port } = setUp(SETS.word2016);
    model.setCursor(0);
    await port.insertParagraphs(block({ kind: "after-cursor" }));
    const control = model.main[1].control;
    expect(control).toMatchObject({
      tag: "argumentenhulp:block:kleine-stappen",
      title: "Argumentenhulp: kleine stappen",
    });
    expect(model.main[2].control).toBe(control);
    expect(model.main.filter((p) => p.control === control)).toHaveLength(2);
    expect(model.selectedIndices()).toEqual([2]);
    expect(model.selection).toMatchObject({ collapsed: true, at: "end" });
  });

  test("leaves track changes alone (Word tracks the insert itself)", async () => {
    const { model, port } = setUp(SETS.microsoft365);
    model.changeTrackingMode = "TrackAll";
    await port.insertParagraphs(block({ kind: "end" }));
    expect(model.changeTrackingMode).toBe("TrackAll");
  });

  test.each([
    ["AccessDenied (read-only document)", "AccessDenied", "read-only", /alleen-lezen/],
    ["NotAllowed", "NotAllowed", "protected", /vergrendeld/],
    ["GeneralException", "GeneralException", "unknown", /niet uitvoeren/],
    ["InvalidArgument", "InvalidArgument", "invalid-location", /Klik in de tekst/],
  ])(
    "a sync rejected with %s gives a typed Dutch error and an untouched document",
    async (_, code, portCode, message) => {
      const { model, port } = setUp(SETS.word2016);
      model.setCursor(2);
      const before = model.snapshot();
      model.failNextSync = wordError(code);
      const result = await port.insertParagraphs(block({ kind: "after-cursor" }));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(portCode);
      expect(result.error.message).toMatch(message);
      expect(model.snapshot()).toBe(before);
    }
  );

  test("a read-only document fails at the first write, before anything is written", async () => {
    const { model, port } = setUp(SETS.word2016);
    model.setCursor(4);
    const before = model.snapshot();
    model.readOnly = true;
    expect(await port.insertParagraphs(block({ kind: "after-cursor" }))).toMatchObject({
      ok: false,
      error: { code: "read-only" },
    });
    expect(await port.insertParagraphs(block({ kind: "end" }))).toMatchObject({
      ok: false,
      error: { code: "read-only" },
    });
    expect(model.snapshot()).toBe(before);
  });

  test("a cursor in a locked content control is refused without changes", async () => {
    const { model, port } = setUp(SETS.word2016);
    model.lockInControl(2);
    model.setCursor(2);
    const before = model.snapshot();
    const result = await port.insertParagraphs(block({ kind: "after-cursor" }));
    expect(result).toMatchObject({ ok: false, error: { code: "protected" } });
    expect(model.snapshot()).toBe(before);
  });

  test("a cursor in the header is caught before writing: nothing lands in the header or the body", async () => {
    const { model, port } = setUp(SETS.word2016);
    model.setCursor(0, "header");
    const before = model.snapshot();
    const result = await port.insertParagraphs(block({ kind: "after-cursor" }));
    expect(result).toMatchObject({ ok: false, error: { code: "invalid-location" } });
    if (!result.ok) expect(result.error.message).toMatch(/kop- of voettekst/);
    expect(model.snapshot()).toBe(before);
    expect(model.syncs).toBe(1);
  });

  test("with orAtEnd, a cursor in the header sends the block to the end of the text instead", async () => {
    const { model, port } = setUp(SETS.word2016);
    model.setCursor(0, "header");
    const header = JSON.stringify(model.header);
    const result = await port.insertParagraphs(block({ kind: "after-cursor", orAtEnd: true }));
    expect(result).toEqual({
      ok: true,
      value: { afterIndex: 4, firstIndex: 5, atEndInstead: true },
    });
    expect(model.texts().slice(5)).toEqual([
      "Samen sterker in de buurt.",
      "Kleine stappen tellen.",
    ]);
    expect(model.main.filter((p) => p.control)).toHaveLength(2);
    expect(JSON.stringify(model.header)).toBe(header);
  });

  test("orAtEnd changes nothing for a cursor in the text or a read-only document", async () => {
    const { model, port } = setUp(SETS.word2016);
    model.setCursor(1);
    expect(await port.insertParagraphs(block({ kind: "after-cursor", orAtEnd: true }))).toEqual({
      ok: true,
      value: { afterIndex: 1, firstIndex: 2 },
    });
    model.readOnly = true;
    model.setCursor(0, "header");
    const before = model.snapshot();
    expect(
      await port.insertParagraphs(block({ kind: "after-cursor", orAtEnd: true }))
    ).toMatchObject({
      ok: false,
      error: { code: "read-only" },
    });
    expect(model.snapshot()).toBe(before);
  });

  test("a paragraph index past the end fails in the one sync without changes", async () => {
    const { model, port } = setUp(SETS.word2016);
    const before = model.snapshot();
    const result = await port.insertParagraphs(block({ kind: "after-paragraph", index: 5 }));
    expect(result).toMatchObject({ ok: false, error: { code: "invalid-location" } });
    expect(model.syncs).toBe(1);
    expect(model.snapshot()).toBe(before);
  });

  test("a malformed index is refused before Word is asked", async () => {
    const { model, port } = setUp(SETS.word2016);
    expect(
      await port.insertParagraphs(block({ kind: "after-paragraph", index: 1.5 }))
    ).toMatchObject({
      ok: false,
      error: { code: "invalid-location" },
    });
    expect(model.syncs).toBe(0);
  });

  describe("on Word with only WordApi 1.1/1.2", () => {
    test("after the cursor: two syncs without the WordApi 1.3 getLast, the index found from the inserted text, the style left as Word gives it", async () => {
      const { model, port } = setUp(SETS.word2016rtm);
      model.setCursor(3);
      const result = await port.insertParagraphs(block({ kind: "after-cursor" }));
      expect(result).toEqual({ ok: true, value: { afterIndex: 3, firstIndex: 4 } });
      expect(model.syncs).toBe(2);
      // Setting the style by name ("Normal") would fail in a Dutch Word, so it is not attempted.
      expect(model.main[4].styleBuiltIn).toBe("ListParagraph");
      expect(model.main[4].control?.tag).toBe("argumentenhulp:block:kleine-stappen");
    });

    test("after paragraph N takes two syncs (the paragraph must be loaded first)", async () => {
      const { model, port } = setUp(SETS.word2016rtm);
      const result = await port.insertParagraphs(block({ kind: "after-paragraph", index: 1 }));
      expect(result).toEqual({ ok: true, value: { afterIndex: 1, firstIndex: 2 } });
      expect(model.syncs).toBe(2);
      expect(model.texts()[2]).toBe("Samen sterker in de buurt.");
    });

    test("after a paragraph that does not exist: invalid location, nothing written", async () => {
      const { model, port } = setUp(SETS.word2016rtm);
      const before = model.snapshot();
      expect(
        await port.insertParagraphs(block({ kind: "after-paragraph", index: 7 }))
      ).toMatchObject({
        ok: false,
        error: { code: "invalid-location" },
      });
      expect(model.snapshot()).toBe(before);
    });
  });
});

describe("selecting", () => {
  test("one sync when the text still matches", async () => {
    const { model, port } = setUp(SETS.word2016);
    expect(await port.selectParagraph(2, "In de wijk\nwonen veel ouderen alleen.")).toEqual({
      ok: true,
      value: undefined,
    });
    expect(model.syncs).toBe(1);
    expect(model.selectedIndices()).toEqual([2]);
  });

  test("a stale text puts the user's selection back and says not-found", async () => {
    const { model, port } = setUp(SETS.word2016);
    model.selectParagraphs(3, 4);
    const result = await port.selectParagraph(2, "Iets anders");
    expect(result).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(model.selectedIndices()).toEqual([3, 4]);
    expect(model.syncs).toBe(2);
  });

  test("an index past the end is not-found in one sync, selection untouched", async () => {
    const { model, port } = setUp(SETS.word2016);
    model.setCursor(1);
    expect(await port.selectParagraph(12)).toMatchObject({
      ok: false,
      error: { code: "not-found" },
    });
    expect(model.syncs).toBe(1);
    expect(model.selectedIndices()).toEqual([1]);
  });

  test("on WordApi 1.2 the text is checked before selecting (two syncs, never the wrong paragraph)", async () => {
    const { model, port } = setUp(SETS.word2016rtm);
    model.setCursor(0);
    expect(await port.selectParagraph(1, "Niet meer")).toMatchObject({
      ok: false,
      error: { code: "not-found" },
    });
    expect(model.syncs).toBe(1);
    expect(model.selectedIndices()).toEqual([0]);
    expect(await port.selectParagraph(1, "Aanleiding")).toEqual({ ok: true, value: undefined });
    expect(model.selectedIndices()).toEqual([1]);
  });
});

describe("capabilities", () => {
  test("Microsoft 365 has everything and misses nothing", () => {
    const { port } = setUp(SETS.microsoft365);
    expect(port.capabilities()).toEqual({
      wordApiSets: SETS.microsoft365,
      read: true,
      insert: true,
      select: true,
      styles: true,
      comments: true,
      trackChanges: true,
      changeEvents: true,
      settings: true,
      missing: [],
    });
  });

  test("an older Word reports what it lacks in Dutch instead of throwing", async () => {
    const { model, port } = setUp(SETS.word2016);
    const capabilities = port.capabilities();
    expect(capabilities).toMatchObject({
      read: true,
      insert: true,
      styles: true,
      comments: false,
      changeEvents: false,
    });
    expect(capabilities.missing.join(" ")).toMatch(/Opmerkingen plaatsen vraagt WordApi 1\.4/);
    expect(capabilities.missing.join(" ")).toMatch(/Office 2019 en 2021/);
    expect(capabilities.missing.join(" ")).toMatch(/WordApi 1\.6/);
    const comments = await port.addReviewComments([{ paragraph: 0, text: "x" }]);
    expect(comments).toMatchObject({ ok: false, error: { code: "unsupported" } });
    if (!comments.ok) expect(comments.error.message).toMatch(/WordApi 1\.4/);
    expect(await port.removeReviewComments()).toMatchObject({
      ok: false,
      error: { code: "unsupported" },
    });
    expect(model.syncs).toBe(0);
  });

  test("a document opened read-only is known before any insert, which Word is never asked to do", async () => {
    const model = new FakeWordDocument(DRAFT);
    const office = fakeOffice({ wordApiSets: SETS.microsoft365, readOnly: true });
    const port = new WordDocument(fakeWordHost(model), office.office);
    expect(port.capabilities()).toMatchObject({ read: true, insert: false, select: true });
    const before = model.texts();
    expect(await port.insertParagraphs(block({ kind: "end" }))).toMatchObject({
      ok: false,
      error: { code: "read-only", message: expect.stringMatching(/alleen-lezen|bewerkt/) },
    });
    expect(model.syncs).toBe(0);
    expect(model.texts()).toEqual(before);
    expect(await port.readParagraphs()).toMatchObject({ ok: true });
  });

  test("Word 2016 without updates lacks styles too", () => {
    const { port } = setUp(SETS.word2016rtm);
    const capabilities = port.capabilities();
    expect(capabilities.styles).toBe(false);
    expect(capabilities.missing.join(" ")).toMatch(/WordApi 1\.3/);
  });

  test("a host without WordApi says so, and refuses reads without calling Word", async () => {
    const { model, port } = setUp([]);
    expect(port.capabilities()).toMatchObject({ read: false, insert: false, wordApiSets: [] });
    expect(await port.readParagraphs()).toMatchObject({
      ok: false,
      error: { code: "unsupported" },
    });
    expect(await port.insertParagraphs(block({ kind: "end" }))).toMatchObject({
      ok: false,
      error: { code: "unsupported" },
    });
    expect(model.syncs).toBe(0);
  });

  test("a host whose requirement check throws is treated as supporting nothing", () => {
    const model = new FakeWordDocument(["x"]);
    const office = fakeOffice({ wordApiSets: [] }).office;
    office.context.requirements.isSetSupported = () => {
      throw new Error("no requirements API");
    };
    expect(() => new WordDocument(fakeWordHost(model), office).capabilities()).not.toThrow();
  });

  test("capabilities are a copy the caller cannot change", () => {
    const { port } = setUp(SETS.word2016);
    port.capabilities().missing.push("x");
    expect(port.capabilities().missing).not.toContain("x");
  });
});

describe("review comments (WordApi 1.4)", () => {
  test("placing and removing survive a failing Word with a Dutch error", async () => {
    const { model, port } = setUp(SETS.withComments);
    await port.readParagraphs();
    model.readOnly = true;
    const before = model.snapshot();
    expect(await port.addReviewComments([{ paragraph: 1, text: "Thema relaties" }])).toMatchObject({
      ok: false,
      error: { code: "read-only" },
    });
    expect(model.snapshot()).toBe(before);
  });

  test("no comments asked, Word is not called", async () => {
    const { model, port } = setUp(SETS.withComments);
    expect(await port.addReviewComments([])).toEqual({ ok: true, value: 0 });
    expect(model.syncs).toBe(0);
  });
});

describe("settings", () => {
  test("stored under one key and saved with the document", async () => {
    const { port, memory, saved } = setUp(SETS.word2016);
    expect(await port.writeSettings({ audience: "fonds" })).toEqual({ ok: true, value: undefined });
    expect([...memory.keys()]).toEqual(["argumentenhulp"]);
    expect(saved.get("argumentenhulp")).toEqual({ audience: "fonds" });
  });

  test("a failed save is a Dutch error, and the settings stay in memory", async () => {
    const model = new FakeWordDocument(["x"]);
    const office = fakeOffice({ wordApiSets: SETS.word2016, saveFails: true });
    const port = new WordDocument(fakeWordHost(model), office.office);
    const result = await port.writeSettings({ audience: "gemeente" });
    expect(result).toMatchObject({ ok: false, error: { code: "unknown" } });
    if (!result.ok)
      expect(result.error.message).toMatch(/instellingen niet in het document bewaren/);
    expect(office.saved.size).toBe(0);
    expect(await port.readSettings()).toEqual({ ok: true, value: { audience: "gemeente" } });
  });

  test("settings that cannot be stored as JSON are refused without touching the stored ones", async () => {
    const { port, memory } = setUp(SETS.word2016);
    await port.writeSettings({ audience: "fonds" });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await port.writeSettings(cyclic)).toMatchObject({
      ok: false,
      error: { code: "unknown" },
    });
    expect(memory.get("argumentenhulp")).toEqual({ audience: "fonds" });
  });

  test("something that is not a settings object in the document reads as empty", async () => {
    const { port, memory } = setUp(SETS.word2016);
    memory.set("argumentenhulp", "kapot");
    expect(await port.readSettings()).toEqual({ ok: true, value: {} });
  });

  test("a host without settings says so in Dutch", async () => {
    const model = new FakeWordDocument(["x"]);
    const office = fakeOffice({ wordApiSets: SETS.word2016, withoutSettings: true });
    const port = new WordDocument(fakeWordHost(model), office.office);
    expect(port.capabilities().settings).toBe(false);
    const read = await port.readSettings();
    expect(read).toMatchObject({ ok: false, error: { code: "unsupported" } });
    expect(await port.writeSettings({})).toMatchObject({
      ok: false,
      error: { code: "unsupported" },
    });
  });
});

describe("change notifications", () => {
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

  test("WordApi 1.6: paragraph added/changed/deleted handlers, all removed on unsubscribe", async () => {
    const { model, port, selectionHandlers } = setUp(SETS.microsoft365);
    const listener = jest.fn();
    const unsubscribe = port.onChange(listener);
    await settle();
    expect(model.paragraphHandlers.size).toBe(3);
    expect(selectionHandlers.size).toBe(0);
    expect([...model.paragraphHandlers].map((entry) => entry.event).sort()).toEqual([
      "added",
      "changed",
      "deleted",
    ]);
    await model.fireParagraphChanged();
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    await settle();
    expect(model.paragraphHandlers.size).toBe(0);
  });

  test("older Word: the selection-changed event stands in, and is removed on unsubscribe", async () => {
    const { model, port, selectionHandlers } = setUp(SETS.word2016);
    const listener = jest.fn();
    const unsubscribe = port.onChange(listener);
    await settle();
    expect(model.paragraphHandlers.size).toBe(0);
    expect(selectionHandlers.size).toBe(1);
    [...selectionHandlers][0]({});
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    await settle();
    expect(selectionHandlers.size).toBe(0);
  });

  test("unsubscribing before registration finished still removes the handlers and silences the listener", async () => {
    const { model, port } = setUp(SETS.microsoft365);
    const listener = jest.fn();
    const unsubscribe = port.onChange(listener);
    unsubscribe();
    await settle();
    expect(model.paragraphHandlers.size).toBe(0);
    await model.fireParagraphChanged();
    expect(listener).not.toHaveBeenCalled();
  });

  test("if Word refuses the paragraph events, the selection event is used instead", async () => {
    const { model, port, selectionHandlers } = setUp(SETS.microsoft365);
    model.failNextSync = wordError("CannotRegisterEvent");
    port.onChange(jest.fn());
    await settle();
    expect(selectionHandlers.size).toBe(1);
  });
});

describe("finding paragraph N of the review (WordApi 1.6 paragraph ids)", () => {
  const addAtTop = (model: FakeWordDocument, text: string) =>
    model.main.unshift(model.paragraph({ text }, "main"));

  test("a read loads each paragraph's id along with the rest, still in one load", async () => {
    const { model, port } = setUp(SETS.microsoft365);
    await port.readParagraphs();
    expect(model.loads).toEqual([
      "items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel,items/uniqueLocalId",
      "items/tag",
      "items/type",
    ]);
  });

  test("select finds the reviewed paragraph by id after the user added text above it", async () => {
    const { model, port } = setUp(SETS.microsoft365);
    const read = await port.readParagraphs();
    if (!read.ok) throw new Error(read.error.message);
    addAtTop(model, "Een nieuwe eerste zin.");
    expect(await port.selectParagraph(2, read.value[2].text)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(model.selectedIndices()).toEqual([3]);
    expect(model.syncs).toBe(2);
  });

  test("without ids (WordApi 1.3) the same situation is caught by the text check instead", async () => {
    const { model, port } = setUp(SETS.word2016);
    const read = await port.readParagraphs();
    if (!read.ok) throw new Error(read.error.message);
    addAtTop(model, "Een nieuwe eerste zin.");
    model.setCursor(0);
    expect(await port.selectParagraph(2, read.value[2].text)).toMatchObject({
      ok: false,
      error: { code: "not-found" },
    });
    expect(model.selectedIndices()).toEqual([0]);
  });

  test("insert after paragraph N goes after the reviewed paragraph, and the outcome says where it really is", async () => {
    const { model, port } = setUp(SETS.microsoft365);
    await port.readParagraphs();
    addAtTop(model, "Een nieuwe eerste zin.");
    const result = await port.insertParagraphs(block({ kind: "after-paragraph", index: 1 }));
    expect(result).toEqual({ ok: true, value: { afterIndex: 2, firstIndex: 3 } });
    expect(model.texts()[2]).toBe("Aanleiding");
    expect(model.texts()[3]).toBe("Samen sterker in de buurt.");
    // The read, then the insert: looking at the anchor first (the draft has a list and a table).
    expect(model.syncs).toBe(3);
  });

  test("a deleted paragraph is not-found, nothing selected or inserted", async () => {
    const { model, port } = setUp(SETS.microsoft365);
    const read = await port.readParagraphs();
    if (!read.ok) throw new Error(read.error.message);
    model.main.splice(2, 1);
    model.setCursor(0);
    const before = model.snapshot();
    expect(await port.selectParagraph(2, read.value[2].text)).toMatchObject({
      ok: false,
      error: { code: "not-found" },
    });
    expect(await port.insertParagraphs(block({ kind: "after-paragraph", index: 2 }))).toMatchObject(
      {
        ok: false,
        error: { code: "invalid-location" },
      }
    );
    expect(model.snapshot()).toBe(before);
    expect(model.selectedIndices()).toEqual([0]);
  });

  test("after an insert the ids are forgotten, so indices count in the changed document", async () => {
    const { model, port } = setUp(SETS.microsoft365);
    await port.readParagraphs();
    await port.insertParagraphs(block({ kind: "after-paragraph", index: -1 }));
    expect(await port.selectParagraph(2, "Aanvraag buurtkamer")).toEqual({
      ok: true,
      value: undefined,
    });
    expect(model.selectedIndices()).toEqual([2]);
  });
});
