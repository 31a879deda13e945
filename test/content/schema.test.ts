import { AUDIENCES_INFO, BLOCKS, THEMES, type ArgumentBlock } from "../../src/content";
import { blockSchema, contentSchema } from "../../src/content/schema";

const content = () => ({
  themes: [...THEMES],
  blocks: [...BLOCKS],
  audiences: [...AUDIENCES_INFO],
});

function issues(result: {
  success: boolean;
  error?: { issues: Array<{ message: string }> };
}): string[] {
  return result.success ? [] : result.error!.issues.map((issue) => issue.message);
}

describe("content schema", () => {
  it("accepts the real themes, blocks and audiences", () => {
    expect(issues(contentSchema.safeParse(content()))).toEqual([]);
  });

  const block = (patch: Partial<ArgumentBlock>): ArgumentBlock => ({ ...BLOCKS[0], ...patch });

  it("rejects a theme id that is not a contract id", () => {
    expect(blockSchema.safeParse(block({ themes: ["relatie" as never] })).success).toBe(false);
  });

  it("rejects a block without themes, audiences or text", () => {
    expect(blockSchema.safeParse(block({ themes: [] })).success).toBe(false);
    expect(blockSchema.safeParse(block({ audiences: [] })).success).toBe(false);
    expect(blockSchema.safeParse(block({ text: "   " })).success).toBe(false);
  });

  it("rejects ids that are not kebab-case and sections without a § number", () => {
    expect(blockSchema.safeParse(block({ id: "Relaties_Basis" })).success).toBe(false);
    expect(blockSchema.safeParse(block({ section: "Relaties zijn geen bijzaak" })).success).toBe(
      false
    );
  });

  it("rejects a placeholder whose original is absent, repeated or overlapping", () => {
    const label = { nl: "buurt", en: "neighbourhood" };
    expect(
      issues(
        blockSchema.safeParse(
          block({ placeholders: [{ key: "buurt", label, original: "onze wijk" }] })
        )
      )
    ).toEqual([expect.stringContaining("0 keer")]);
    expect(
      issues(
        blockSchema.safeParse(block({ placeholders: [{ key: "r", label, original: "relaties" }] }))
      )
    ).toEqual([expect.stringContaining("2 keer")]);
    const overlapping = [
      { key: "a", label, original: "sterkere buurt" },
      { key: "b", label, original: "buurt." },
    ];
    expect(issues(blockSchema.safeParse(block({ placeholders: overlapping })))).toEqual([
      expect.stringContaining("overlapt"),
    ]);
    const sameKey = [
      { key: "a", label, original: "sterkere" },
      { key: "a", label, original: "basis" },
    ];
    expect(issues(blockSchema.safeParse(block({ placeholders: sameKey })))).toEqual([
      expect.stringContaining("dubbel"),
    ]);
  });

  it("rejects duplicate block ids, a missing theme, a theme no block reaches and a missing audience", () => {
    const duplicate = { ...content(), blocks: [...BLOCKS, BLOCKS[1]] };
    expect(issues(contentSchema.safeParse(duplicate))).toEqual([`blok-id dubbel: ${BLOCKS[1].id}`]);

    const noTalenten = { ...content(), themes: THEMES.filter((theme) => theme.id !== "talenten") };
    expect(issues(contentSchema.safeParse(noTalenten))).toEqual([
      "thema talenten komt 0 keer voor",
    ]);

    const unreachable = {
      ...content(),
      blocks: BLOCKS.map((b) => ({
        ...b,
        themes: b.themes.filter((id) => id !== "onderbouwing"),
      })).filter((b) => b.themes.length > 0),
    };
    expect(issues(contentSchema.safeParse(unreachable))).toEqual([
      "geen tekstblok voor thema onderbouwing",
    ]);

    const noFonds = {
      ...content(),
      audiences: AUDIENCES_INFO.filter((info) => info.id !== "fonds"),
    };
    expect(issues(contentSchema.safeParse(noFonds))).toEqual(["doelgroep fonds komt 0 keer voor"]);
  });
});
