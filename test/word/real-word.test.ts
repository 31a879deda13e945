/**
 * The Word adapter held to what real Word does according to the Word API reference and the
 * OfficeDev/office-js issues (see fake-word.ts for the model, office-host.ts for the hosts).
 * Numbers refer to the items of issue 8; what only a person in Word can confirm is in
 * docs/word-trial.md.
 */
import { WordDocument } from "../../src/document/word-document";
import type { InsertLocation } from "../../src/document/port";
import { documentMessage } from "../../src/document/messages";
import { FakeWordDocument, fakeWordHost, wordError, type ParagraphSeed } from "./fake-word";
import { fakeOffice, HOSTS, SETS, type HostName } from "./office-host";

function onHost(name: HostName, seeds: (string | ParagraphSeed)[]) {
  const host = HOSTS[name];
  const model = new FakeWordDocument(seeds);
  model.apiSets = [...host.sets];
  model.deletedTextInText = host.deletedInText;
  const office = fakeOffice({ wordApiSets: [...host.sets], platform: host.platform });
  const port = new WordDocument(fakeWordHost(model), office.office);
  return { model, port, ...office };
}

const block = (where: InsertLocation, paragraphs = ["Samen sterker.", "Kleine stappen."]) => ({
  paragraphs,
  tag: "argumentenhulp:block:kleine-stappen",
  title: "Argumentenhulp: kleine stappen",
  where,
});

const TRACKED: ParagraphSeed = {
  text: "",
  runs: [
    { text: "Bewoners " },
    { text: "vervelen zich ", mark: "deleted" },
    { text: "ontmoeten elkaar", mark: "inserted" },
    { text: " in de buurtkamer." },
  ],
};

describe("1. tracked deletions are not read as text", () => {
  test("Word on the web: the read leaves struck-through text out (getText, WordApi 1.7)", async () => {
    const { model, port } = onHost("Word on the web", ["Aanvraag", TRACKED]);
    const read = await port.readParagraphs();
    expect(read.ok && read.value[1].text).toBe("Bewoners ontmoeten elkaar in de buurtkamer.");
    // One sync to load and see that a deletion is tracked, one for the texts without it.
    expect(model.syncs).toBe(2);
  });

  test("without a tracked deletion the read stays one sync", async () => {
    const { model, port } = onHost("Word on the web", ["Aanvraag", "Gewone tekst."]);
    await port.readParagraphs();
    expect(model.syncs).toBe(1);
  });

  test("when getText fails (#5386) getReviewedText is used, and when that fails too, .text", async () => {
    const { model, port } = onHost("Word on the web", [TRACKED]);
    model.getTextFails = true;
    let read = await port.readParagraphs();
    expect(read.ok && read.value[0].text).toBe("Bewoners ontmoeten elkaar in de buurtkamer.");
    model.reviewedTextFails = true;
    const fresh = onHost("Word on the web", [TRACKED]);
    fresh.model.getTextFails = true;
    fresh.model.reviewedTextFails = true;
    read = await fresh.port.readParagraphs();
    expect(read.ok && read.value[0].text).toBe(
      "Bewoners vervelen zich ontmoeten elkaar in de buurtkamer."
    );
  });

  test("a failing getText that does not say where it failed still falls back", async () => {
    const { model, port } = onHost("Word on the web", [TRACKED]);
    model.getTextFails = "without location";
    const read = await port.readParagraphs();
    expect(read.ok && read.value[0].text).toBe("Bewoners ontmoeten elkaar in de buurtkamer.");
  });

  test("when getTrackedChanges fails (#6219) the read still works", async () => {
    const { model, port } = onHost("Word on the web", [TRACKED]);
    model.trackedChangesFail = true;
    const read = await port.readParagraphs();
    expect(read.ok && read.value[0].text).toBe("Bewoners ontmoeten elkaar in de buurtkamer.");
  });

  test("the stale-paragraph check of select uses the same text", async () => {
    const { model, port } = onHost("Word on the web", ["Aanvraag", TRACKED]);
    await port.readParagraphs();
    // The text the review saw, without the struck-through words.
    expect(await port.selectParagraph(1, "Bewoners ontmoeten elkaar in de buurtkamer.")).toEqual({
      ok: true,
      value: undefined,
    });
    expect(model.selectedIndices()).toEqual([1]);
  });
});

describe("2. Word with only WordApi 1.1/1.2 (Word 2016 volume licence)", () => {
  test("after the cursor works without the 1.3 getLast, and the version texts are right", async () => {
    const { model, port } = onHost("Word 2016 (volume licence)", ["Een.", "Twee.", "Drie."]);
    model.setCursor(1);
    expect(await port.insertParagraphs(block({ kind: "after-cursor" }))).toEqual({
      ok: true,
      value: { afterIndex: 1, firstIndex: 2 },
    });
    expect(model.texts().slice(2, 4)).toEqual(["Samen sterker.", "Kleine stappen."]);
    expect(port.capabilities().missing.join(" ")).toMatch(/Office 2019 of nieuwer/);
  });

  test("Office 2019 (WordApi 1.3) is told comments need 1.4, which Office 2019 and 2021 lack", () => {
    const { port } = onHost("Office 2019", ["x"]);
    expect(port.capabilities().missing.join(" ")).toMatch(
      /WordApi 1\.4: een actuele Microsoft 365.*Office 2024.*Office 2019 en 2021/
    );
  });
});

describe("3. where an insert lands", () => {
  const LIST: ParagraphSeed[] = [
    { text: "Wat we doen", style: "Kop 1" },
    { text: "Koffieochtend", style: "Lijstalinea", listId: 7 },
    { text: "Buurtmaaltijd", style: "Lijstalinea", listId: 7 },
    { text: "Slot." },
  ];

  test("after a list item the block is not numbered", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", LIST);
    await port.readParagraphs();
    model.setCursor(2);
    await port.insertParagraphs(block({ kind: "after-cursor" }));
    expect(model.texts()[3]).toBe("Samen sterker.");
    expect(model.main.slice(3, 5).map((p) => p.isListItem)).toEqual([false, false]);
    expect(model.main[2].isListItem).toBe(true);
  });

  test.each(["Microsoft 365 (Windows)", "Word on the web"] as const)(
    "%s: every paragraph of a block of three after a list item is unnumbered prose, and undo takes all three",
    async (host) => {
      const { model, port } = onHost(host, LIST);
      await port.readParagraphs();
      model.setCursor(2);
      const paragraphs = ["Over ons", "Wij zijn twaalf buren.", "Wij koken samen."];
      const result = await port.insertParagraphs(block({ kind: "after-cursor" }, paragraphs));
      if (!result.ok) throw new Error(result.error.message);
      expect(model.texts().slice(3, 6)).toEqual(paragraphs);
      // Each new paragraph takes its numbering from the one it follows: the first is detached, the rest follow it.
      expect(model.main.slice(3, 6).map((p) => p.isListItem)).toEqual([false, false, false]);
      expect(model.main.slice(3, 6).map((p) => p.styleBuiltIn)).toEqual([
        "Normal",
        "Normal",
        "Normal",
      ]);
      const receipt = {
        tag: "argumentenhulp:block:kleine-stappen",
        paragraphs,
        firstIndex: result.value.firstIndex,
      };
      expect(await port.removeInserted(receipt)).toEqual({ ok: true, value: undefined });
      expect(model.texts()).toEqual(LIST.map((p) => p.text));
    }
  );

  test("in a table cell the block goes after the table", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", [
      "Begroting",
      { text: "Huur", tableId: 3 },
      { text: "€ 400", tableId: 3 },
      "Toelichting.",
    ]);
    await port.readParagraphs();
    model.setCursor(1);
    const result = await port.insertParagraphs(block({ kind: "after-cursor" }));
    expect(result).toEqual({ ok: true, value: { afterIndex: 2, firstIndex: 3 } });
    expect(model.texts()).toEqual([
      "Begroting",
      "Huur",
      "€ 400",
      "Samen sterker.",
      "Kleine stappen.",
      "Toelichting.",
    ]);
    expect(model.main.slice(3, 5).map((p) => p.tableNestingLevel)).toEqual([0, 0]);
  });

  test("a second insert right after the first goes after that block, not inside it", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", ["Een.", "Twee."]);
    await port.readParagraphs();
    model.setCursor(0);
    await port.insertParagraphs(block({ kind: "after-cursor" }));
    await port.readParagraphs();
    await port.insertParagraphs({
      ...block({ kind: "after-cursor" }, ["Nog een blok."]),
      tag: "argumentenhulp:block:b",
    });
    expect(model.texts()).toEqual([
      "Een.",
      "Samen sterker.",
      "Kleine stappen.",
      "Nog een blok.",
      "Twee.",
    ]);
    const first = model.main[1].control;
    expect(model.main[2].control).toBe(first);
    expect(model.main[3].control).not.toBe(first);
    expect(model.main[3].control?.tag).toBe("argumentenhulp:block:b");
    expect(model.main[3].control?.parent).toBeUndefined();
  });

  test("at the end of a document that ends in a block, the new block follows it", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", ["Een.", "Blok."]);
    model.wrapInControl(1, 1, "argumentenhulp:block:oud");
    await port.readParagraphs();
    await port.insertParagraphs(block({ kind: "end" }));
    expect(model.main[2].control?.tag).toBe("argumentenhulp:block:kleine-stappen");
    expect(model.main[2].control?.parent).toBeUndefined();
    expect(model.main[1].control?.tag).toBe("argumentenhulp:block:oud");
  });

  test("after paragraph N checks the expected text and inserts nothing when it changed", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", ["Een.", "Twee."]);
    await port.readParagraphs();
    model.main[1].text = "Iets anders.";
    const before = model.snapshot();
    expect(
      await port.insertParagraphs(
        block({ kind: "after-paragraph", index: 1, expectedText: "Twee." })
      )
    ).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(model.snapshot()).toBe(before);
    expect(
      await port.insertParagraphs(
        block({ kind: "after-paragraph", index: 1, expectedText: "Iets anders." })
      )
    ).toMatchObject({ ok: true, value: { afterIndex: 1 } });
  });
});

describe("4. a retry never inserts a block twice", () => {
  test("an ItemNotFound raised after the first paragraph was written is not retried at the end", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", ["Een.", "Twee."]);
    await port.readParagraphs();
    model.setCursor(0);
    model.failAt = { location: "Paragraph.insertContentControl", code: "ItemNotFound" };
    const result = await port.insertParagraphs(block({ kind: "after-cursor", orAtEnd: true }));
    expect(result).toEqual({
      ok: false,
      error: { code: "unknown", message: documentMessage("partly-written") },
    });
    expect(model.texts().filter((text) => text === "Samen sterker.")).toHaveLength(1);
  });

  test("an ItemNotFound that names no place, from a batch that writes, is not retried either", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", ["Een.", "Twee."]);
    await port.readParagraphs();
    model.setCursor(0);
    model.failNextSync = wordError("ItemNotFound");
    const result = await port.insertParagraphs(block({ kind: "after-cursor", orAtEnd: true }));
    expect(result).toMatchObject({ ok: false, error: { code: "invalid-location" } });
    expect(model.texts()).toEqual(["Een.", "Twee."]);
  });

  test("a failure while only looking at the anchor is a failed lookup, wherever Word says it was", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", [
      "Een.",
      { text: "Lijst", listId: 1 },
    ]);
    await port.readParagraphs();
    model.failNextSync = wordError("ItemNotFound");
    expect(await port.insertParagraphs(block({ kind: "after-cursor" }))).toEqual({
      ok: false,
      error: { code: "invalid-location", message: documentMessage("outside-body") },
    });
    model.failNextSync = wordError("ItemNotFound");
    expect(
      await port.insertParagraphs(block({ kind: "after-cursor", orAtEnd: true }))
    ).toMatchObject({ ok: true, value: { atEndInstead: true } });
    expect(model.texts().filter((text) => text === "Samen sterker.")).toHaveLength(1);
  });

  test("a cursor outside the body is still retried at the end", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", [
      "Een.",
      { text: "Lijst", listId: 1 },
    ]);
    await port.readParagraphs();
    model.setCursor(0, "header");
    const result = await port.insertParagraphs(block({ kind: "after-cursor", orAtEnd: true }));
    expect(result).toMatchObject({ ok: true, value: { atEndInstead: true, firstIndex: 2 } });
    expect(model.texts().filter((text) => text === "Samen sterker.")).toHaveLength(1);
  });
});

describe("5. after an insert the cursor is at its end, not over the block", () => {
  test.each(["Microsoft 365 (Windows)", "Word on the web", "Word 2016 (volume licence)"] as const)(
    "%s",
    async (host) => {
      const { model, port } = onHost(host, ["Een.", "Twee."]);
      await port.readParagraphs();
      model.setCursor(0);
      await port.insertParagraphs(block({ kind: "after-cursor" }));
      expect(model.selection).toMatchObject({ collapsed: true, at: "end" });
      expect(model.selectedIndices()).toEqual([2]);
    }
  );
});

describe("6. comments", () => {
  test("an add-in comment a person replied to is resolved, not deleted with its replies", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", ["Een.", "Twee."]);
    model.addComment(0, "Argumentenhulp: thema ontbreekt", ["Klopt, ik voeg het toe."]);
    model.addComment(1, "Argumentenhulp: zwak thema");
    expect(await port.removeReviewComments()).toEqual({ ok: true, value: 2 });
    expect(model.comments).toHaveLength(1);
    expect(model.comments[0]).toMatchObject({
      resolved: true,
      replies: [{ content: "Klopt, ik voeg het toe." }],
    });
  });

  test("a comment goes on the paragraph the review saw, found by its id, even after text was added above", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", ["Een.", "Twee."]);
    await port.readParagraphs();
    model.main.unshift(model.paragraph({ text: "Nieuw bovenaan." }, "main"));
    expect(await port.addReviewComments([{ paragraph: 1, text: "Hier." }])).toEqual({
      ok: true,
      value: 1,
    });
    expect(model.comments[0].paragraphId).toBe(model.main[2].id);
  });

  test("a paragraph whose text changed since the review gets no comment", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", ["Een.", "Twee."]);
    await port.readParagraphs();
    model.main[1].text = "Heel anders.";
    expect(await port.addReviewComments([{ paragraph: 1, text: "Hier." }])).toEqual({
      ok: true,
      value: 0,
    });
    expect(model.comments).toHaveLength(0);
  });

  test("NotAllowed from insertComment on the web (#6746) has its own message", async () => {
    const { model, port } = onHost("Word on the web", ["Een."]);
    await port.readParagraphs();
    model.commentsRefused = true;
    expect(await port.addReviewComments([{ paragraph: 0, text: "x" }])).toEqual({
      ok: false,
      error: { code: "unsupported", message: documentMessage("comments-refused") },
    });
  });
});

describe("7. errors per action, and a document too large to read at once", () => {
  test("a response too large is read in slices", async () => {
    const seeds = Array.from({ length: 1200 }, (_, i) => `Alinea ${i}.`);
    const { model, port } = onHost("Word on the web", seeds);
    model.responseLimit = 600;
    const read = await port.readParagraphs();
    expect(read.ok && read.value.length).toBe(1200);
    expect(read.ok && read.value[1199].text).toBe("Alinea 1199.");
  });

  test("a locked content control (NotAllowed; Word has no 'locked' code) is 'protected'", async () => {
    const { model, port } = onHost("Office 2019", ["Een.", "Twee."]);
    model.lockInControl(1);
    await port.readParagraphs();
    model.setCursor(1);
    expect(await port.insertParagraphs(block({ kind: "after-cursor" }))).toMatchObject({
      ok: false,
      error: { code: "protected" },
    });
  });
});

describe("8. Word on the web inserts without a content control", () => {
  test("the block is plain paragraphs there, and a content control elsewhere", async () => {
    const web = onHost("Word on the web", ["Een."]);
    await web.port.insertParagraphs(block({ kind: "end" }));
    expect(web.model.main.slice(1).map((p) => p.control)).toEqual([undefined, undefined]);
    const mac = onHost("Word for Mac", ["Een."]);
    await mac.port.insertParagraphs(block({ kind: "end" }));
    expect(mac.model.main[1].control?.tag).toBe("argumentenhulp:block:kleine-stappen");
  });
});

describe("10. large documents", () => {
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

  test("after a change event only the named paragraphs are re-read, and no change reads nothing", async () => {
    const seeds = Array.from({ length: 300 }, (_, i) => `Alinea ${i}.`);
    const { model, port } = onHost("Microsoft 365 (Windows)", seeds);
    port.onChange(() => undefined);
    await settle();
    await port.readParagraphs();
    model.loads = [];
    model.syncs = 0;
    expect(await port.readParagraphs("changed")).toMatchObject({ ok: true });
    expect(model.syncs).toBe(0);
    model.main[120].text = "Bewoners komen samen.";
    await model.fireParagraphChanged([120]);
    const read = await port.readParagraphs("changed");
    expect(read.ok && read.value[120].text).toBe("Bewoners komen samen.");
    expect(read.ok && read.value.length).toBe(300);
    expect(model.syncs).toBe(1);
    expect(model.loads.every((load) => !load.startsWith("items/"))).toBe(true);
  });

  test("an added paragraph makes the next read a full one", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", ["Een.", "Twee."]);
    port.onChange(() => undefined);
    await settle();
    await port.readParagraphs();
    model.main.push(model.paragraph({ text: "Drie." }, "main"));
    await model.fireParagraphEvent("added", [2]);
    const read = await port.readParagraphs("changed");
    expect(read.ok && read.value.map((p) => p.text)).toEqual(["Een.", "Twee.", "Drie."]);
  });

  test("events raised by the add-in's own insert are ignored; the user's are not", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", ["Een.", "Twee."]);
    const listener = jest.fn();
    port.onChange(listener);
    await settle();
    await port.readParagraphs();
    model.setCursor(0);
    await port.insertParagraphs(block({ kind: "after-cursor" }));
    await model.fireParagraphEvent("added", [1, 2]);
    expect(listener).not.toHaveBeenCalled();
    await model.fireParagraphChanged([3]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("older Word: the selection move of the add-in's own insert is not taken for an edit", async () => {
    const { model, port, selectionHandlers } = onHost("Office 2019", ["Een.", "Twee."]);
    const listener = jest.fn();
    port.onChange(listener);
    await settle();
    model.setCursor(0);
    const now = jest.spyOn(Date, "now").mockReturnValue(1_000_000);
    try {
      await port.insertParagraphs(block({ kind: "after-cursor" }));
      for (const handler of selectionHandlers) handler({});
      expect(listener).not.toHaveBeenCalled();
      now.mockReturnValue(1_001_000);
      for (const handler of selectionHandlers) handler({});
      expect(listener).toHaveBeenCalledTimes(1);
    } finally {
      now.mockRestore();
    }
  });

  test("handlers are removed through the context they were added in (the docs' way)", async () => {
    const { model, port } = onHost("Microsoft 365 (Windows)", ["Een."]);
    const unsubscribe = port.onChange(() => undefined);
    await settle();
    expect(model.paragraphHandlers.size).toBe(3);
    unsubscribe();
    await settle();
    expect(model.paragraphHandlers.size).toBe(0);
  });
});

test("every host in the model reads, inserts and selects", async () => {
  for (const name of Object.keys(HOSTS) as HostName[]) {
    const { model, port } = onHost(name, ["Een.", "Twee."]);
    const read = await port.readParagraphs();
    expect(read.ok).toBe(true);
    model.setCursor(1);
    expect(await port.insertParagraphs(block({ kind: "after-cursor" }))).toMatchObject({
      ok: true,
      value: { firstIndex: 2 },
    });
    expect(await port.selectParagraph(0, "Een.")).toEqual({ ok: true, value: undefined });
  }
  expect(SETS.word2016rtm).toEqual(HOSTS["Word 2016 (volume licence)"].sets);
});
