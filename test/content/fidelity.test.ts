/**
 * Nothing is attributed to the report that the report does not say: every block and every
 * theme's report quote is an exact quote of the seed, standing in the section it names, and every
 * argument the seed offers is a block. The texts written for the pane (why, tip, stronger) are
 * not quotes: test/content/pane-texts.test.ts checks those.
 */
import { BLOCKS, THEMES } from "../../src/content";
import { describeWithShared } from "../shared";
import {
  type SeedSection,
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

  it("has every theme's report quote in the seed, as whole sentences", () => {
    expect(
      notInSeed(
        THEMES.map((theme) => ({ id: theme.id, text: theme.reportQuote.text })),
        seed
      )
    ).toEqual([]);
  });

  it("catches an altered report quote, so the check above cannot pass on anything", () => {
    const alterations: Array<(text: string) => string> = [
      (text) => text.replace(/ \S+ /, " "),
      (text) => text.replace(/^\S+ /, ""),
      (text) => `${text} Extra zin.`,
      (text) => text.replace("e", "é"),
    ];
    for (const alter of alterations) {
      const altered = THEMES.map((theme) => ({
        id: theme.id,
        text: alter(theme.reportQuote.text),
      }));
      expect(notInSeed(altered, seed)).toEqual(THEMES.map((theme) => theme.id));
    }
  });

  it("attributes no pane text to the report: the pane's own sentences are not seed quotes", () => {
    // A pane sentence that happened to be a seed sentence would be the report's words without
    // its quote marks and section; they belong in reportQuote instead.
    const ours = THEMES.flatMap((theme) => [
      { id: `${theme.id}.why`, text: theme.why.nl },
      { id: `${theme.id}.tip`, text: theme.tip.nl },
      { id: `${theme.id}.stronger`, text: theme.stronger.nl },
    ]);
    expect(notInSeed(ours, seed)).toEqual(ours.map((item) => item.id));
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

  it("quotes each theme's report words from the section it names, one of the theme's own", () => {
    for (const theme of THEMES) {
      const { text, section: label } = theme.reportQuote;
      const section = sectionOf(label, seed);
      // Within a numbered section, the words must follow the named heading (§2's headings each
      // start a stretch of their own; §1, §3 and §5 are one stretch when the label is the title).
      const stretch = section ? stretchUnder(label, section) : "";
      expect({
        id: theme.id,
        ownSection: theme.sections.includes(label),
        inSection: stretch.includes(normaliseSeedText(text)),
      }).toEqual({ id: theme.id, ownSection: true, inSection: true });
    }
  });

  it("places a quote under the heading it names, not merely in the same numbered section", () => {
    const section2 = sectionOf("§2 Bewonersregie werkt", seed)!;
    expect(stretchUnder("§2 Bewonersregie werkt", section2)).toContain("eigenaarschap");
    expect(stretchUnder("§2 Relaties zijn geen bijzaak", section2)).not.toContain("eigenaarschap");
  });

  it("rejects a section label whose heading is not in that numbered section", () => {
    expect(sectionOf("§2 Relaties zijn geen bijzaak", seed)?.number).toBe(2);
    expect(sectionOf("§3 Relaties zijn geen bijzaak", seed)).toBeUndefined();
    expect(sectionOf("§2 Relaties zijn belangrijk", seed)).toBeUndefined();
  });
});

/**
 * Headings inside a numbered section: short capitalised lines without closing punctuation (the
 * page footer "oranje fonds" is lower case and no heading).
 */
function isSubheading(paragraph: string): boolean {
  return paragraph.length < 60 && /^[A-Z]/.test(paragraph) && !/[.!?:"]$/.test(paragraph);
}

/**
 * The text a "§N Heading" label covers: from the named subheading to the next one, or the whole
 * section when the label names the section itself.
 */
function stretchUnder(label: string, section: SeedSection): string {
  const heading = label.replace(/^§\d /, "");
  const at = section.paragraphs.indexOf(heading);
  if (at < 0) return section.paragraphs.join(" ");
  const rest = section.paragraphs.slice(at + 1);
  const end = rest.findIndex(isSubheading);
  return (end < 0 ? rest : rest.slice(0, end)).join(" ");
}
