/**
 * What every DocumentPort must do, run against the Word adapter (over the fake Word) and the
 * preview document, so the pane can rely on the same behaviour from both.
 */
import type { DocumentPort, InsertRequest } from "../../src/document/port";
import { REVIEW_COMMENT_PREFIX } from "../../src/document/review-comments";

export interface PortHarness {
  port: DocumentPort;
  texts(): string[];
  setCursor(index: number): void;
  selectParagraphs(start: number, end: number): void;
  selectedIndices(): number[];
  makeReadOnly(): void;
  /** Content-control-like tag and title of the block holding paragraph `index`, if any. */
  blockOf(index: number): { tag: string; title: string } | undefined;
  addUserComment(index: number, text: string): void;
  commentTexts(): string[];
  /** Everything observable about the document, to compare before/after a failed change. */
  snapshot(): string;
  /** The user rewrites paragraph `index`. */
  setText(index: number, text: string): void;
  /** Changes the document the way a user would. */
  userEdit(): Promise<void>;
  /** Lets asynchronous registration/notification settle. */
  settle(): Promise<void>;
}

/** Paragraph 1 is a heading so "after a heading" inserts can be checked. */
export const CONTRACT_PARAGRAPHS = [
  { text: "Aanvraag buurtkamer De Linde", style: "Title" },
  { text: "Waarom deze aanvraag", style: "Heading 1" },
  { text: "Bewoners ontmoeten elkaar nu nauwelijks.", style: "Normal" },
  { text: "Wij willen een vaste plek openen.", style: "Normal" },
];

const block = (
  where: InsertRequest["where"],
  paragraphs = ["Eerste zin van het blok.", "Tweede zin."]
): InsertRequest => ({
  paragraphs,
  tag: "argumentenhulp:block:relaties-basis",
  title: "Argumentenhulp: relaties",
  where,
});

export function portContract(name: string, make: () => PortHarness): void {
  describe(`${name}: the document port contract`, () => {
    let h: PortHarness;
    beforeEach(() => {
      h = make();
    });

    test("reads every paragraph with its style and recognises headings", async () => {
      const read = await h.port.readParagraphs();
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.value.map((p) => p.text)).toEqual(CONTRACT_PARAGRAPHS.map((p) => p.text));
      expect(read.value.map((p) => p.isHeading)).toEqual([true, true, false, false]);
      expect(read.value[1].style).toBe("Heading 1");
    });

    test("reads the selected paragraphs' text, one line each, and nothing for a cursor; the selection stays", async () => {
      h.selectParagraphs(2, 3);
      const selected = await h.port.readSelection();
      expect(selected).toEqual({
        ok: true,
        value: `${CONTRACT_PARAGRAPHS[2].text}\n${CONTRACT_PARAGRAPHS[3].text}`,
      });
      expect(h.selectedIndices()).toEqual([2, 3]);
      h.setCursor(2);
      expect(await h.port.readSelection()).toEqual({ ok: true, value: "" });
    });

    test("inserts after the paragraph holding the cursor and leaves the cursor at the block's end", async () => {
      h.setCursor(2);
      const result = await h.port.insertParagraphs(block({ kind: "after-cursor" }));
      expect(result).toEqual({ ok: true, value: { afterIndex: 2, firstIndex: 3 } });
      expect(h.texts()).toEqual([
        CONTRACT_PARAGRAPHS[0].text,
        CONTRACT_PARAGRAPHS[1].text,
        CONTRACT_PARAGRAPHS[2].text,
        "Eerste zin van het blok.",
        "Tweede zin.",
        CONTRACT_PARAGRAPHS[3].text,
      ]);
      expect(h.selectedIndices()).toEqual([4]);
    });

    test("never replaces a selection: inserts after its last paragraph", async () => {
      h.selectParagraphs(1, 2);
      const result = await h.port.insertParagraphs(block({ kind: "after-cursor" }, ["Blok."]));
      expect(result).toEqual({ ok: true, value: { afterIndex: 2, firstIndex: 3 } });
      expect(h.texts().slice(0, 4)).toEqual([
        ...CONTRACT_PARAGRAPHS.slice(0, 3).map((p) => p.text),
        "Blok.",
      ]);
      expect(h.texts()).toHaveLength(5);
    });

    test("inserts at the end and after paragraph N", async () => {
      expect(await h.port.insertParagraphs(block({ kind: "end" }, ["Slot."]))).toEqual({
        ok: true,
        value: { afterIndex: 3, firstIndex: 4 },
      });
      expect(h.texts()[4]).toBe("Slot.");
      expect(
        await h.port.insertParagraphs(
          block({ kind: "after-paragraph", index: 0 }, ["Na de titel."])
        )
      ).toEqual({
        ok: true,
        value: { afterIndex: 0, firstIndex: 1 },
      });
      expect(h.texts()[1]).toBe("Na de titel.");
      expect(
        await h.port.insertParagraphs(
          block({ kind: "after-paragraph", index: -1 }, ["Helemaal vooraan."])
        )
      ).toEqual({
        ok: true,
        value: { afterIndex: -1, firstIndex: 0 },
      });
      expect(h.texts()[0]).toBe("Helemaal vooraan.");
    });

    test("wraps the block in one tagged, titled unit in the normal style, also after a heading", async () => {
      const result = await h.port.insertParagraphs(block({ kind: "after-paragraph", index: 1 }));
      expect(result.ok).toBe(true);
      expect(h.blockOf(2)).toEqual({
        tag: "argumentenhulp:block:relaties-basis",
        title: "Argumentenhulp: relaties",
      });
      expect(h.blockOf(3)).toEqual(h.blockOf(2));
      expect(h.blockOf(1)).toBeUndefined();
      expect(h.blockOf(4)).toBeUndefined();
      const read = await h.port.readParagraphs();
      if (!read.ok) throw new Error(read.error.message);
      expect(read.value[2]).toMatchObject({
        text: "Eerste zin van het blok.",
        isHeading: false,
        style: "Normal",
      });
      expect(read.value[3]).toMatchObject({ isHeading: false, style: "Normal" });
    });

    test("a request entry with line breaks becomes several paragraphs", async () => {
      await h.port.insertParagraphs(block({ kind: "end" }, ["Regel een\nRegel twee"]));
      expect(h.texts().slice(-2)).toEqual(["Regel een", "Regel twee"]);
    });

    test("a read-only document refuses the insert in Dutch and stays exactly as it was", async () => {
      h.setCursor(2);
      const before = h.snapshot();
      h.makeReadOnly();
      const result = await h.port.insertParagraphs(block({ kind: "after-cursor" }));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe("read-only");
      expect(result.error.message).toMatch(/alleen-lezen/);
      expect(result.error.message).toMatch(/niets veranderd/);
      expect(h.snapshot()).toBe(before);
    });

    test("a paragraph index past the end is an invalid location and changes nothing", async () => {
      const before = h.snapshot();
      const result = await h.port.insertParagraphs(block({ kind: "after-paragraph", index: 9 }));
      expect(result).toMatchObject({ ok: false, error: { code: "invalid-location" } });
      expect(h.snapshot()).toBe(before);
    });

    test("after paragraph N whose text is no longer the expected one inserts nothing", async () => {
      await h.port.readParagraphs();
      const before = h.snapshot();
      const stale = await h.port.insertParagraphs(
        block({
          kind: "after-paragraph",
          index: 2,
          expectedText: "Een zin die er niet meer staat.",
        })
      );
      expect(stale).toMatchObject({ ok: false, error: { code: "not-found" } });
      expect(h.snapshot()).toBe(before);
      const fresh = await h.port.insertParagraphs(
        block({ kind: "after-paragraph", index: 2, expectedText: CONTRACT_PARAGRAPHS[2].text })
      );
      expect(fresh).toEqual({ ok: true, value: { afterIndex: 2, firstIndex: 3 } });
    });

    test("a block put after a paragraph of an earlier block goes after that whole block", async () => {
      h.setCursor(0);
      await h.port.insertParagraphs(block({ kind: "after-cursor" }));
      await h.port.readParagraphs();
      h.setCursor(1);
      const result = await h.port.insertParagraphs(block({ kind: "after-cursor" }, ["Daarna."]));
      expect(result).toEqual({ ok: true, value: { afterIndex: 2, firstIndex: 3 } });
      expect(h.texts().slice(1, 4)).toEqual(["Eerste zin van het blok.", "Tweede zin.", "Daarna."]);
    });

    test("an empty block is refused and changes nothing", async () => {
      const before = h.snapshot();
      const result = await h.port.insertParagraphs(block({ kind: "end" }, ["  "]));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/geen tekst/);
      expect(h.snapshot()).toBe(before);
    });

    test("tells where the cursor is, read-only: its paragraph, or a selection's last", async () => {
      h.setCursor(2);
      const before = h.snapshot();
      expect(await h.port.cursorParagraph()).toEqual({
        ok: true,
        value: { index: 2, text: CONTRACT_PARAGRAPHS[2].text },
      });
      h.selectParagraphs(0, 1);
      expect(await h.port.cursorParagraph()).toEqual({
        ok: true,
        value: { index: 1, text: CONTRACT_PARAGRAPHS[1].text },
      });
      expect(h.snapshot()).toBe(before);
    });

    const inserted = async (
      index: number,
      paragraphs = ["Eerste zin van het blok.", "Tweede zin."]
    ) => {
      const request = block({ kind: "after-paragraph", index }, paragraphs);
      const result = await h.port.insertParagraphs(request);
      if (!result.ok) throw new Error(result.error.message);
      return { tag: request.tag, paragraphs, firstIndex: result.value.firstIndex };
    };

    test("takes an insert back: exactly its paragraphs, also after the user edited elsewhere", async () => {
      const receipt = await inserted(2);
      h.setText(0, "Aanvraag buurtkamer De Linde, versie 2");
      expect(await h.port.removeInserted(receipt)).toEqual({ ok: true, value: undefined });
      expect(h.texts()).toEqual([
        "Aanvraag buurtkamer De Linde, versie 2",
        ...CONTRACT_PARAGRAPHS.slice(1).map((p) => p.text),
      ]);
      expect([0, 1, 2, 3].map((i) => h.blockOf(i))).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    });

    test("of the same block inserted twice, takes back the one it inserted", async () => {
      const first = await inserted(1, ["Blok."]);
      const second = await inserted(3, ["Blok."]);
      expect(second.firstIndex).toBe(4);
      expect(await h.port.removeInserted(second)).toEqual({ ok: true, value: undefined });
      expect(h.texts()).toEqual([
        CONTRACT_PARAGRAPHS[0].text,
        CONTRACT_PARAGRAPHS[1].text,
        "Blok.",
        CONTRACT_PARAGRAPHS[2].text,
        CONTRACT_PARAGRAPHS[3].text,
      ]);
      expect(await h.port.removeInserted(first)).toEqual({ ok: true, value: undefined });
      expect(h.texts()).toEqual(CONTRACT_PARAGRAPHS.map((p) => p.text));
    });

    test("refuses to take back a block the user edited, and changes nothing", async () => {
      const receipt = await inserted(2);
      h.setText(3, "Eerste zin van het blok, met mijn eigen woorden.");
      const before = h.snapshot();
      const result = await h.port.removeInserted(receipt);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe("edited");
      expect(result.error.message).toMatch(/niets weggehaald/);
      expect(h.snapshot()).toBe(before);
    });

    test("a read-only document refuses taking an insert back and stays as it was", async () => {
      const receipt = await inserted(2);
      const before = h.snapshot();
      h.makeReadOnly();
      const result = await h.port.removeInserted(receipt);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("read-only");
      expect(h.snapshot()).toBe(before);
    });

    test("shows an inserted block by selecting all of it", async () => {
      const receipt = await inserted(2);
      h.setCursor(0);
      expect(await h.port.selectInserted(receipt)).toEqual({ ok: true, value: undefined });
      expect(h.selectedIndices()).toEqual([3, 4]);
    });

    test("selects a paragraph whose text still matches", async () => {
      const result = await h.port.selectParagraph(2, "Bewoners ontmoeten  elkaar nu nauwelijks. ");
      expect(result).toEqual({ ok: true, value: undefined });
      expect(h.selectedIndices()).toEqual([2]);
    });

    test("a stale index is not-found and the selection stays where it was", async () => {
      h.setCursor(0);
      const stale = await h.port.selectParagraph(2, "Een zin die er niet meer staat.");
      expect(stale).toMatchObject({ ok: false, error: { code: "not-found" } });
      if (!stale.ok) expect(stale.error.message).toMatch(/Vernieuw/);
      expect(h.selectedIndices()).toEqual([0]);
      const gone = await h.port.selectParagraph(40);
      expect(gone).toMatchObject({ ok: false, error: { code: "not-found" } });
      expect(h.selectedIndices()).toEqual([0]);
    });

    test("adds review comments with the add-in's prefix and removes only those", async () => {
      h.addUserComment(3, "Graag nog een begroting toevoegen.");
      await h.port.readParagraphs(); // comments go on paragraphs of the review, i.e. of a read
      const added = await h.port.addReviewComments([
        { paragraph: 2, text: "Hier staat het thema relaties." },
        { paragraph: -1, text: "Het thema resultaten ontbreekt." },
        { paragraph: 99, text: "Bestaat niet meer." },
      ]);
      expect(added).toEqual({ ok: true, value: 2 });
      expect(h.commentTexts().sort()).toEqual(
        [
          "Graag nog een begroting toevoegen.",
          `${REVIEW_COMMENT_PREFIX}Hier staat het thema relaties.`,
          `${REVIEW_COMMENT_PREFIX}Het thema resultaten ontbreekt.`,
        ].sort()
      );
      expect(await h.port.removeReviewComments()).toEqual({ ok: true, value: 2 });
      expect(h.commentTexts()).toEqual(["Graag nog een begroting toevoegen."]);
      expect(await h.port.removeReviewComments()).toEqual({ ok: true, value: 0 });
    });

    test("settings round trip and come back as a copy", async () => {
      expect(await h.port.readSettings()).toEqual({ ok: true, value: {} });
      const settings = {
        audience: "gemeente",
        placeholders: { buurt: "De Linde" },
        notRelevant: ["vraag"],
      };
      expect(await h.port.writeSettings(settings)).toEqual({ ok: true, value: undefined });
      settings.audience = "fonds";
      const read = await h.port.readSettings();
      expect(read).toEqual({
        ok: true,
        value: {
          audience: "gemeente",
          placeholders: { buurt: "De Linde" },
          notRelevant: ["vraag"],
        },
      });
    });

    test("onChange calls the listener on a user's edit until unsubscribed", async () => {
      const listener = jest.fn();
      const unsubscribe = h.port.onChange(listener);
      await h.settle();
      await h.userEdit();
      expect(listener).toHaveBeenCalled();
      const calls = listener.mock.calls.length;
      unsubscribe();
      await h.settle();
      await h.userEdit();
      expect(listener).toHaveBeenCalledTimes(calls);
    });

    test("reports capabilities without throwing", () => {
      const capabilities = h.port.capabilities();
      expect(capabilities.read).toBe(true);
      expect(capabilities.insert).toBe(true);
      expect(Array.isArray(capabilities.missing)).toBe(true);
    });
  });
}
