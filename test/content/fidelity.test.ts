/**
 * Nothing is attributed to the report that the report does not say: every block, tip and Dutch
 * "why" is an exact quote of the seed, and every argument the seed offers is a block.
 */
import { BLOCKS, THEMES } from "../../src/content";
import { describeWithShared } from "../shared";
import {
  normaliseSeedText,
  notInSeed,
  quotedParagraphs,
  readSeed,
  sectionOf,
  SEED_PARTS,
  type Seed,
} from "./seed";

describeWithShared(SEED_PARTS)("content is quoted exactly from the seed", () => {
  let seed: Seed;
  beforeAll(() => {
    seed = readSeed();
  });

  it("finds the seed's five numbered sections", () => {
    expect(seed.sections.map((section) => section.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("has every block's unfilled text in the seed", () => {
    expect(notInSeed(BLOCKS, seed)).toEqual([]);
  });

  it("has every theme's tip and Dutch why in the seed", () => {
    expect(
      notInSeed(
        THEMES.map((theme) => ({ id: `${theme.id}.tip`, text: theme.tip })),
        seed
      )
    ).toEqual([]);
    expect(
      notInSeed(
        THEMES.map((theme) => ({ id: `${theme.id}.why`, text: theme.why.nl })),
        seed
      )
    ).toEqual([]);
  });

  it("catches an altered block, so the check above cannot pass on anything", () => {
    const alterations: Array<(text: string) => string> = [
      (text) => text.replace("e", "é"),
      (text) => text.replace(/ \S+ /, " "),
      // Toggle the final full stop: dropped where the seed has one, added where it has none.
      (text) => (text.endsWith(".") ? text.slice(0, -1) : `${text}.`),
      (text) => text.replace(/^\S+ /, ""),
      (text) => `${text} Extra zin.`,
      (text) => text.replace(",", ""),
    ];
    for (const alter of alterations) {
      const altered = BLOCKS.map((block) => ({ id: block.id, text: alter(block.text) }));
      const unchanged = altered
        .filter((block, index) => block.text === BLOCKS[index].text)
        .map((block) => block.id);
      const expected = BLOCKS.map((block) => block.id).filter((id) => !unchanged.includes(id));
      expect(expected.length).toBeGreaterThan(0);
      expect(notInSeed(altered, seed)).toEqual(expected);
    }
  });

  it("keeps a missing final full stop where the seed has none", () => {
    for (const block of BLOCKS) {
      const quoted = seed.sections
        .flatMap(quotedParagraphs)
        .find((quote) => quote === normaliseSeedText(block.text));
      if (quoted !== undefined) expect(block.text.endsWith(".")).toBe(quoted.endsWith("."));
    }
    expect(BLOCKS.filter((block) => !/[.!?]$/.test(block.text)).map((block) => block.id)).toEqual([
      "community-builder",
      "netwerk-actieve-bewoners",
    ]);
  });

  it("offers every quoted argument of §2, §3 and §4 as a whole block", () => {
    const blockTexts = BLOCKS.map((block) => normaliseSeedText(block.text));
    const quotes = seed.sections
      .filter((section) => [2, 3, 4].includes(section.number))
      .flatMap(quotedParagraphs);
    expect(quotes).toHaveLength(11);
    expect(quotes.filter((quote) => !blockTexts.includes(quote))).toEqual([]);
  });

  it("offers each §2 'Gebruik dit argument:' sentence as a block", () => {
    const section2 = seed.sections.find((section) => section.number === 2)!;
    const introduced = section2.paragraphs
      .map((paragraph, index) =>
        paragraph === "Gebruik dit argument:" ? section2.paragraphs[index + 1] : undefined
      )
      .filter((next): next is string => next !== undefined)
      .map((quote) => quote.replace(/^"|"$/g, ""));
    expect(introduced).toHaveLength(4);
    const blockTexts = BLOCKS.map((block) => normaliseSeedText(block.text));
    expect(introduced.filter((quote) => !blockTexts.includes(quote))).toEqual([]);
  });

  it("offers the §5 core message whole, and its smaller blocks are slices of it", () => {
    const core = seed.sections.find((section) => section.number === 5)!.paragraphs.join(" ");
    const section5 = BLOCKS.filter((block) => block.section.startsWith("§5 "));
    expect(section5.map((block) => normaliseSeedText(block.text))).toContain(core);
    for (const block of section5) expect(core).toContain(normaliseSeedText(block.text));
  });

  it("names real seed sections, and each block's text stands in the section it names", () => {
    for (const block of BLOCKS) {
      const section = sectionOf(block.section, seed);
      expect({ id: block.id, section: block.section, found: section !== undefined }).toEqual({
        id: block.id,
        section: block.section,
        found: true,
      });
      expect(section!.paragraphs.join(" ")).toContain(normaliseSeedText(block.text));
    }
    for (const theme of THEMES) {
      const unknown = theme.sections.filter((label) => sectionOf(label, seed) === undefined);
      expect({ id: theme.id, unknown }).toEqual({ id: theme.id, unknown: [] });
    }
  });

  it("takes each theme's tip and why from the theme's own sections (or the seed's introduction)", () => {
    for (const theme of THEMES) {
      const own = theme.sections.map((label) => sectionOf(label, seed)!);
      const source = [
        seed.introduction,
        ...own.map((section) => [section.heading, ...section.paragraphs]),
      ]
        .flat()
        .join(" ");
      const outside = [theme.tip, theme.why.nl].filter(
        (text) => !source.includes(normaliseSeedText(text))
      );
      expect({ id: theme.id, outside }).toEqual({ id: theme.id, outside: [] });
    }
  });

  it("rejects a section label whose heading is not in that numbered section", () => {
    expect(sectionOf("§2 Relaties zijn geen bijzaak", seed)?.number).toBe(2);
    expect(sectionOf("§3 Relaties zijn geen bijzaak", seed)).toBeUndefined();
    expect(sectionOf("§2 Relaties zijn belangrijk", seed)).toBeUndefined();
  });
});
