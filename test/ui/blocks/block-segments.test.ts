import fc from "fast-check";
import { BLOCKS, blockSegments, fillBlock } from "../../../src/content";
import { blockName } from "../../../src/taskpane/blocks/block-segments";

const join = (segments: ReturnType<typeof blockSegments>) => segments.map((s) => s.text).join("");

describe("blockSegments", () => {
  it("reads exactly as the text that will be inserted, whatever the user types", () => {
    const keys = [...new Set(BLOCKS.flatMap((b) => b.placeholders.map((p) => p.key)))];
    expect(keys.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...BLOCKS),
        fc.dictionary(
          fc.constantFrom(...keys, "unknown"),
          fc.oneof(fc.string(), fc.constantFrom("", "  ", "a\nb", " x \r\n y "))
        ),
        (block, values) => {
          expect(join(blockSegments(block, values))).toBe(fillBlock(block, values));
        }
      ),
      { numRuns: 500 }
    );
  });

  it("without values is the report's text, each placeholder marked unfilled on its own words", () => {
    for (const block of BLOCKS) {
      const segments = blockSegments(block, {});
      expect(join(segments)).toBe(block.text);
      const placeholders = segments.filter((s) => s.kind === "placeholder");
      expect(placeholders).toHaveLength(block.placeholders.length);
      for (const segment of placeholders) {
        if (segment.kind !== "placeholder") continue;
        expect(segment.filled).toBe(false);
        expect(segment.text).toBe(segment.placeholder.original);
      }
    }
  });

  it("marks a filled placeholder with the user's words, trimmed onto one line", () => {
    const block = BLOCKS.find((b) => b.id === "community-builder")!;
    const segments = blockSegments(block, { buurt: "  de\nVogelwijk " });
    expect(segments.find((s) => s.kind === "placeholder")).toMatchObject({
      text: "de Vogelwijk",
      filled: true,
    });
  });
});

describe("blockName", () => {
  it("gives every block of the report its own name", () => {
    const names = BLOCKS.map(blockName);
    expect(new Set(names).size).toBe(BLOCKS.length);
  });

  it("keeps a short block whole and shortens a long one to its opening and closing words", () => {
    const short = { ...BLOCKS[0], text: "Relaties zijn de basis." };
    expect(blockName(short)).toBe("“Relaties zijn de basis.”");
    expect(blockName(BLOCKS.find((b) => b.id === "gemeenschap-kost-tijd")!)).toBe(
      "“Je bouwt geen gemeenschap … vertrouwen en continuïteit nodig.”"
    );
  });
});
