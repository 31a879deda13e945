/**
 * The product's core promise: after a user inserts the report's block for a missing theme,
 * that theme turns covered. Each block is reviewed alone, as the one paragraph it inserts
 * (report-blocks.test.ts walks every offer, inside a draft too).
 */
import { reviewDocument } from "../../src/analysis";
import { BLOCKS } from "../../src/content";

describe("every argument block of the report argues its theme", () => {
  const cases = BLOCKS.map((block) => [block.id, block] as const);

  it.each(cases)("%s argues its first theme on its own", (_id, block) => {
    const review = reviewDocument([block.text]);
    const first = block.themes[0];
    expect(review.paragraphs[0].themes.map((theme) => theme.id)).toContain(first);
    expect(review.themes.find((theme) => theme.id === first)?.status).not.toBe("missing");
  });

  it.each(cases)("%s turns its first theme covered", (_id, block) => {
    const first = block.themes[0];
    const status = reviewDocument([block.text]).themes.find((theme) => theme.id === first);
    expect(status?.status).toBe("covered");
  });

  it("the blocks together argue every theme they are offered for", () => {
    const argued = new Set(
      BLOCKS.flatMap((block) =>
        reviewDocument([block.text]).paragraphs[0].themes.map((theme) => theme.id)
      )
    );
    const offered = new Set(BLOCKS.flatMap((block) => block.themes));
    expect([...offered].filter((id) => !argued.has(id))).toEqual([]);
  });

  it("the evidence of a block's theme is words of the block", () => {
    for (const block of BLOCKS) {
      const theme = reviewDocument([block.text]).paragraphs[0].themes.find(
        (candidate) => candidate.id === block.themes[0]
      );
      expect(theme?.evidence.length).toBeGreaterThan(0);
      for (const span of theme?.evidence ?? [])
        expect(block.text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});
