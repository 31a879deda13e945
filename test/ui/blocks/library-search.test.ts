import fc from "fast-check";
import { BLOCKS, type ArgumentBlock } from "../../../src/content";
import {
  findBlocks,
  normalizeForSearch,
  type LibraryFilter,
} from "../../../src/taskpane/blocks/library-search";

const all: LibraryFilter = { query: "", theme: "alle", audience: "alle" };

/** The block itself, or the one that holds it (the whole §5 core message for a slice). */
function sameOrHolding(block: ArgumentBlock, found: ArgumentBlock[]): boolean {
  return found.some((other) => other === block || other.text.includes(block.text));
}

describe("normalizeForSearch", () => {
  it("drops accents and case, and turns the ligature ĳ into ij", () => {
    expect(normalizeForSearch("Continuïteit")).toBe("continuiteit");
    expect(normalizeForSearch("IDEEËN")).toBe("ideeen");
    expect(normalizeForSearch("ĳverig")).toBe("ijverig");
    expect(normalizeForSearch("  sociale \n basis ")).toBe("sociale basis");
  });
});

describe("findBlocks", () => {
  it("returns every block, in the report's order, when nothing is asked", () => {
    expect(findBlocks(BLOCKS, all)).toEqual(BLOCKS);
  });

  it("finds a block by any word of its text, typed with or without accents, in any case", () => {
    const words = BLOCKS.flatMap((block) =>
      block.text
        .split(/[\s.,:;]+/)
        .filter((w) => w.length > 2)
        .map((w) => ({ block, w }))
    );
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.boolean(), ({ block, w }, upper) => {
        const typed = normalizeForSearch(w);
        const query = upper ? typed.toUpperCase() : typed;
        expect(sameOrHolding(block, findBlocks(BLOCKS, { ...all, query }))).toBe(true);
      }),
      { numRuns: 300 }
    );
  });

  it("finds blocks by their theme's label and their section", () => {
    const byLabel = findBlocks(BLOCKS, { ...all, query: "onderbouwing met onderzoek" });
    const arguing = BLOCKS.filter((b) => b.themes.includes("onderbouwing"));
    expect(byLabel.length).toBeGreaterThan(0);
    expect(byLabel.every((b) => arguing.includes(b))).toBe(true);
    expect(arguing.every((b) => sameOrHolding(b, byLabel))).toBe(true);
    const bySection = findBlocks(BLOCKS, { ...all, query: "§5" });
    expect(bySection.length).toBeGreaterThan(0);
    expect(bySection.every((b) => b.section.startsWith("§5"))).toBe(true);
  });

  it("filters by theme and by audience, and both together", () => {
    const theme = findBlocks(BLOCKS, { ...all, theme: "vraag" });
    expect(theme.length).toBeGreaterThan(0);
    expect(theme.every((b) => b.themes.includes("vraag"))).toBe(true);
    const audience = findBlocks(BLOCKS, { ...all, audience: "fonds" });
    expect(audience.every((b) => b.audiences.includes("fonds"))).toBe(true);
    expect(audience.length).toBeLessThan(BLOCKS.length);
    const both = findBlocks(BLOCKS, { ...all, theme: "vraag", audience: "fonds" });
    expect(both).toEqual(theme.filter((b) => audience.includes(b)));
  });

  it("answers a search with each text once: a block inside another one found is left out", () => {
    const whole = BLOCKS.find((b) => b.id === "kernboodschap")!;
    const slices = BLOCKS.filter((b) => b !== whole && whole.text.includes(b.text));
    expect(slices.length).toBe(3);
    for (const filter of [
      { ...all, query: "§5" },
      { ...all, query: "gemeenschapskracht" },
      { ...all, theme: "talenten" as const },
      { ...all, query: "kost tijd" },
    ]) {
      const found = findBlocks(BLOCKS, filter);
      expect(found).toContain(whole);
      for (const slice of slices) expect(found).not.toContain(slice);
      for (const a of found)
        for (const b of found) if (a !== b) expect(a.text.includes(b.text)).toBe(false);
    }
  });

  it("finds nothing for a word the report does not use", () => {
    expect(findBlocks(BLOCKS, { ...all, query: "xylofoon" })).toEqual([]);
  });
});
