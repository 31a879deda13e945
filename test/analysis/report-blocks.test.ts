/**
 * The block promise, kept in the engine: every block offered for a theme makes that theme
 * present once it stands in the document, alone or inside a draft, with its placeholders
 * filled or not. The draft sentences around the blocks are written for this test.
 */
import { reviewDocument } from "../../src/analysis";
import { blocksIn } from "../../src/analysis/report-blocks";
import { BLOCKS, blocksForTheme, fillBlock } from "../../src/content";
import { THEME_IDS } from "../../src/content/types";

const DRAFT = [
  "Aanvraag buurtkamer De Linde",
  "Elke dinsdag en donderdag is de buurtkamer open van tien tot twaalf uur.",
  "We vragen een bijdrage voor koffie, thee en het schoonmaken van de ruimte.",
];

const filled = (block: (typeof BLOCKS)[number]) =>
  fillBlock(block, Object.fromEntries(block.placeholders.map((p) => [p.key, "de Vogelbuurt"])));

describe("every offered block makes its theme present", () => {
  const offers = THEME_IDS.flatMap((theme) =>
    blocksForTheme(theme).map((block) => [theme, block.id, block] as const)
  );

  test.each(offers)("%s ← %s, alone", (theme, _id, block) => {
    const review = reviewDocument([block.text]);
    expect(review.themes.find((t) => t.id === theme)?.status).not.toBe("missing");
  });

  test.each(offers)("%s ← %s, filled in, inside a draft", (theme, _id, block) => {
    const review = reviewDocument([
      { text: DRAFT[0], style: "Heading 1" },
      DRAFT[1],
      filled(block),
      DRAFT[2],
    ]);
    expect(review.themes.find((t) => t.id === theme)?.status).not.toBe("missing");
  });
});

describe("a block's verdict says it comes from the report", () => {
  const block = BLOCKS.find((candidate) => candidate.id === "netwerk-actieve-bewoners");
  if (!block) throw new Error("block netwerk-actieve-bewoners is gone");

  test("with its section, its span as the evidence, and exact offsets", () => {
    const text = `${DRAFT[1]} ${block.text}`;
    const themes = reviewDocument([text]).paragraphs[0].themes;
    for (const id of block.themes) {
      const verdict = themes.find((theme) => theme.id === id);
      expect(verdict?.fromReport).toEqual({ block: block.id, section: block.section });
      expect(verdict?.sentence.text).toBe(block.text);
      expect(text.slice(verdict?.sentence.start, verdict?.sentence.end)).toBe(block.text);
    }
  });

  test("is not offered again once it stands in the draft", () => {
    const review = reviewDocument([DRAFT[1], block.text]);
    for (const suggestion of review.suggestions)
      expect(suggestion.blockIds).not.toContain(block.id);
  });
});

describe("recognising a block", () => {
  const block = BLOCKS.find((candidate) => candidate.placeholders.length > 0);
  if (!block) throw new Error("no block with a placeholder");

  test("survives other spacing, curly quotes and a full stop added at the end", () => {
    for (const candidate of BLOCKS) {
      const text = candidate.text.replace(/ /g, "  ").replace(/'/g, "’");
      const ended = /[.!?]$/.test(text) ? text : `${text}.`;
      expect(blocksIn(`Inleiding. ${ended}`).map((found) => found.block.id)).toContain(
        candidate.id
      );
    }
  });

  test("takes the user's words in a placeholder", () => {
    expect(blocksIn(filled(block)).map((found) => found.block.id)).toContain(block.id);
  });

  test("does not take a block the user rewrote", () => {
    // A word of the report's own text, outside any placeholder, changed.
    const word = (block.text.match(/\p{L}{6,}/gu) ?? []).find(
      (candidate) => !block.placeholders.some((p) => p.original.includes(candidate))
    );
    const rewritten = block.text.replace(word ?? "", "anders");
    expect(rewritten).not.toBe(block.text);
    expect(blocksIn(rewritten).map((found) => found.block.id)).not.toContain(block.id);
  });

  test("finds nothing in paragraphs that quote no block", () => {
    for (const text of DRAFT) expect(blocksIn(text)).toEqual([]);
  });
});
