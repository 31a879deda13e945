import fc from "fast-check";
import {
  BLOCKS,
  blockById,
  blockParagraphs,
  fillBlock,
  insertSegments,
  type ArgumentBlock,
  type OwnBlock,
} from "../../src/content";
import { placeholdersIn } from "../../src/own-blocks/own-block";

const label = { nl: "x", en: "x" };
const twoPlaceholders: ArgumentBlock = {
  id: "proef",
  text: "Wij organiseren wekelijkse buurtactiviteiten in onze buurt.",
  themes: ["resultaten"],
  audiences: ["gemeente"],
  section: "§4 Laat zien wat er verandert",
  placeholders: [
    { key: "activiteiten", label, original: "wekelijkse buurtactiviteiten" },
    { key: "buurt", label, original: "onze buurt" },
  ],
};

describe("fillBlock", () => {
  it("keeps every block's exact text when nothing is filled", () => {
    for (const block of BLOCKS) {
      expect(fillBlock(block, {})).toBe(block.text);
      const blanks = Object.fromEntries(block.placeholders.map((p) => [p.key, " \t\n "]));
      expect(fillBlock(block, blanks)).toBe(block.text);
    }
  });

  it("replaces only the placeholder's words, trimmed", () => {
    const block = blockById("community-builder")!;
    expect(fillBlock(block, { buurt: "  de Schilderswijk " })).toBe(
      "Door een community builder aan te stellen versterken we de sociale verbanden in de Schilderswijk, waardoor er meer verbinding tussen mensen komt en er een voedingsbodem ontstaat voor nieuwe initiatieven"
    );
  });

  it("fills several placeholders independently, even when a value contains another's words", () => {
    expect(fillBlock(twoPlaceholders, { activiteiten: "koffieochtenden", buurt: "Ondiep" })).toBe(
      "Wij organiseren koffieochtenden in Ondiep."
    );
    expect(fillBlock(twoPlaceholders, { activiteiten: "activiteiten in onze buurt" })).toBe(
      "Wij organiseren activiteiten in onze buurt in onze buurt."
    );
    expect(fillBlock(twoPlaceholders, { buurt: "", activiteiten: "taallessen" })).toBe(
      "Wij organiseren taallessen in onze buurt."
    );
  });

  it("ignores keys the block does not have and keys inherited from Object", () => {
    expect(fillBlock(twoPlaceholders, { naam: "Ondiep", toString: "x" })).toBe(
      twoPlaceholders.text
    );
    expect(
      fillBlock(twoPlaceholders, Object.create({ buurt: "geërfd" }) as Record<string, string>)
    ).toBe(twoPlaceholders.text);
  });

  it("joins a value typed over several lines, so the block stays one paragraph", () => {
    expect(fillBlock(twoPlaceholders, { buurt: "Ondiep\r\nen Zuilen" })).toBe(
      "Wij organiseren wekelijkse buurtactiviteiten in Ondiep en Zuilen."
    );
  });

  it("never changes the text around the placeholders (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (activiteiten, buurt) => {
        const filled = fillBlock(twoPlaceholders, { activiteiten, buurt });
        expect(filled.startsWith("Wij organiseren ")).toBe(true);
        expect(filled.endsWith(".")).toBe(true);
        const a =
          activiteiten.replace(/\s*[\r\n]+\s*/g, " ").trim() || "wekelijkse buurtactiviteiten";
        const b = buurt.replace(/\s*[\r\n]+\s*/g, " ").trim() || "onze buurt";
        expect(filled).toBe(`Wij organiseren ${a} in ${b}.`);
      })
    );
  });
});

describe("blockParagraphs", () => {
  it("gives one paragraph per block, filled", () => {
    const block = blockById("wat-er-verandert")!;
    const paragraphs = blockParagraphs(block, { activiteiten: "maandelijkse buurtmaaltijden" });
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toMatch(
      /^Wij organiseren maandelijkse buurtmaaltijden en ondersteunen bewoners/
    );
    expect(blockParagraphs(blockById("kernboodschap")!, {})).toEqual([
      blockById("kernboodschap")!.text,
    ]);
  });

  it("ends a block whose report sentence lacks a full stop with one, and adds none to the others", () => {
    const open = BLOCKS.filter((block) => !/[.!?]$/.test(block.text));
    expect(open.map((block) => block.id).sort()).toEqual([
      "community-builder",
      "netwerk-actieve-bewoners",
    ]);
    for (const block of BLOCKS) {
      const [paragraph] = blockParagraphs(block, {});
      expect(paragraph).toBe(open.includes(block) ? `${block.text}.` : block.text);
    }
    // The user's own words at the very end may already close the sentence.
    const netwerk = blockById("netwerk-actieve-bewoners")!;
    expect(blockParagraphs(netwerk, { buurt: "de Vogelwijk!" })[0]).toMatch(/in de Vogelwijk!$/);
    expect(blockParagraphs(netwerk, { buurt: "de Vogelwijk" })[0]).toMatch(/in de Vogelwijk\.$/);
  });

  it("is exactly what insertSegments shows, whatever the user types (property)", () => {
    const keys = [...new Set(BLOCKS.flatMap((b) => b.placeholders.map((p) => p.key)))];
    fc.assert(
      fc.property(
        fc.constantFrom(...BLOCKS),
        fc.dictionary(fc.constantFrom(...keys), fc.string()),
        (block, values) => {
          const shown = insertSegments(block, values).map((paragraph) =>
            paragraph.map((segment) => segment.text).join("")
          );
          expect(blockParagraphs(block, values)).toEqual(shown);
          expect(shown).toHaveLength(1);
          expect(shown[0].startsWith(fillBlock(block, values))).toBe(true);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("blockParagraphs of an own block of several paragraphs", () => {
  const own = (text: string): OwnBlock => ({
    id: "eigen-over-ons",
    title: "Over ons",
    text,
    themes: ["relaties"],
    audiences: ["fonds"],
    placeholders: placeholdersIn(text),
  });
  const ABOUT = own(
    "Over ons\nBuurtteam [naam buurt] doet drie dingen:\nWij koken, wij klussen en wij luisteren"
  );

  it("gives one string per paragraph, the field filled in the paragraph that holds it", () => {
    expect(blockParagraphs(ABOUT, { "naam-buurt": " De Linde\n" })).toEqual([
      "Over ons",
      "Buurtteam De Linde doet drie dingen:",
      "Wij koken, wij klussen en wij luisteren.",
    ]);
    expect(blockParagraphs(ABOUT, {})[1]).toBe("Buurtteam [naam buurt] doet drie dingen:");
  });

  it("adds the closing full stop to the last paragraph only: a heading or a line ending in ':' stays as written", () => {
    const [heading, lead] = blockParagraphs(ABOUT, {});
    expect(heading).toBe("Over ons");
    expect(lead).toMatch(/dingen:$/);
    expect(blockParagraphs(own("Wij vragen:\nEen ruimte!"), {})).toEqual([
      "Wij vragen:",
      "Een ruimte!",
    ]);
    // A block that ends on a colon leads into what the user writes next: no full stop after it.
    expect(blockParagraphs(own("Over ons\nWij doen dit:"), {})).toEqual([
      "Over ons",
      "Wij doen dit:",
    ]);
  });

  it("is what the card shows, paragraph by paragraph, with the field's segment in the second", () => {
    const segments = insertSegments(ABOUT, { "naam-buurt": "De Linde" });
    expect(segments).toHaveLength(3);
    expect(segments[0]).toEqual([{ kind: "text", text: "Over ons" }]);
    expect(segments[1].map((s) => s.kind)).toEqual(["text", "placeholder", "text"]);
    expect(segments[1][1]).toMatchObject({ text: "De Linde", filled: true });
    expect(segments[2].at(-1)).toEqual({ kind: "text", text: "." });
  });

  it("never inserts an empty paragraph or one with a line break, whatever the text (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "[b]", " ", "\n", ":", ".") }),
        fc.string(),
        (text, value) => {
          const block = own(text);
          for (const paragraph of blockParagraphs(block, { b: value })) {
            expect(paragraph.trim()).not.toBe("");
            expect(paragraph).not.toMatch(/[\r\n]/);
          }
        }
      )
    );
  });
});
