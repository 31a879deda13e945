/**
 * Own blocks of several paragraphs: the one rule for what a paragraph is, the limit on how many,
 * the library file that carries them (and the version that protects older readers), and
 * duplicates recognised with their paragraphs.
 */
import fc from "fast-check";
import type { OwnBlock } from "../../src/content/types";
import {
  LIBRARY_FORMAT,
  LIBRARY_VERSION,
  libraryFileText,
  readLibraryFile,
} from "../../src/own-blocks/library-file";
import { mergeLibrary } from "../../src/own-blocks/merge";
import { problemMessage, refusalMessage } from "../../src/own-blocks/messages";
import {
  OWN_BLOCK_LIMITS,
  cleanBlockText,
  ownBlockParagraphs,
  ownBlockProblems,
  placeholdersIn,
  sameBlockText,
} from "../../src/own-blocks/own-block";

const ABOUT_TEXT =
  "Buurtteam Noord is een groep van twaalf bewoners.\nSinds 2019 organiseren wij in [naam buurt] een wekelijkse maaltijd.";
const ABOUT: OwnBlock = {
  id: "eigen-over-ons",
  title: "Over ons",
  text: ABOUT_TEXT,
  themes: ["relaties"],
  audiences: ["fonds"],
  placeholders: placeholdersIn(ABOUT_TEXT),
};

describe("the paragraph rule", () => {
  test("each line is a paragraph; blank lines are none; spaces inside collapse", () => {
    expect(ownBlockParagraphs("  Eerste  alinea. \n\n\n  Tweede\talinea.  \n")).toEqual([
      "Eerste alinea.",
      "Tweede alinea.",
    ]);
    expect(ownBlockParagraphs("Een\r\nTwee\rDrie\u000bVier\u2029Vijf")).toEqual([
      "Een",
      "Twee",
      "Drie",
      "Vier",
      "Vijf",
    ]);
    expect(ownBlockParagraphs(" \n \t \n")).toEqual([]);
    expect(ownBlockParagraphs("Eén alinea zonder einde")).toEqual(["Eén alinea zonder einde"]);
  });

  test("the kept text separates paragraphs with one \\n and nothing else", () => {
    expect(cleanBlockText("Over ons\n \n\nWij  zijn\nburen.\n")).toBe("Over ons\nWij zijn\nburen.");
    expect(cleanBlockText("  ")).toBe("");
  });

  test("cleaning keeps every word, in order, and is stable (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "\r", "\t") }), (raw) => {
        const clean = cleanBlockText(raw);
        expect(cleanBlockText(clean)).toBe(clean);
        expect(clean).not.toMatch(/\n\n|^\n|\n$| {2}|\r|\t/);
        expect(clean.split(/\s+/).filter(Boolean)).toEqual(raw.split(/\s+/).filter(Boolean));
        expect(ownBlockParagraphs(clean)).toEqual(clean === "" ? [] : clean.split("\n"));
      })
    );
  });

  test("placeholders are found inside one paragraph, never across a break", () => {
    expect(ABOUT.placeholders.map((p) => p.original)).toEqual(["[naam buurt]"]);
    expect(placeholdersIn("In [naam\nbuurt] wonen we.")).toEqual([]);
  });
});

describe("a block's rules with paragraphs", () => {
  const block = (text: string) => ({
    title: "Lang",
    text,
    themes: ABOUT.themes,
    audiences: ABOUT.audiences,
    placeholders: placeholdersIn(text),
  });

  test("a two-paragraph block may be kept", () => {
    expect(ownBlockProblems(ABOUT)).toEqual([]);
  });

  test(`at most ${OWN_BLOCK_LIMITS.paragraphs} paragraphs, said in Dutch and English`, () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `Alinea ${i + 1}.`);
    expect(ownBlockProblems(block(lines(10).join("\n")))).toEqual([]);
    // Blank lines between do not count as paragraphs.
    expect(ownBlockProblems(block(lines(10).join("\n\n\n")))).toEqual([]);
    const problems = ownBlockProblems(block(lines(11).join("\n")));
    expect(problems).toEqual([{ kind: "too-many-paragraphs" }]);
    expect(problemMessage(problems[0])).toBe("hoogstens 10 alinea’s per tekstblok");
    expect(problemMessage(problems[0], "en")).toBe("at most 10 paragraphs per block");
  });

  test("a field is once in the whole block, whichever paragraph holds it", () => {
    const twice = "In [buurt] wonen we.\nIn [buurt] koken we.";
    expect(ownBlockProblems({ ...block(twice), placeholders: placeholdersIn(twice) })).toEqual([
      { kind: "placeholder-not-once", original: "[buurt]" },
    ]);
  });

  test("a field written across a paragraph break is refused with its own message", () => {
    const text = "In [naam\nbuurt] wonen we.";
    const problems = ownBlockProblems({
      ...block(text),
      placeholders: [
        {
          key: "naam-buurt",
          label: { nl: "naam buurt", en: "naam buurt" },
          original: "[naam\nbuurt]",
        },
      ],
    });
    expect(problems).toEqual([
      { kind: "placeholder-across-paragraphs", original: "[naam\nbuurt]" },
    ]);
    expect(problemMessage(problems[0])).toMatch(/moet binnen één alinea staan/);
  });
});

describe("the library file with paragraphs", () => {
  test("a two-paragraph block round-trips, and its file says version 2", () => {
    const text = libraryFileText([ABOUT], "Buurtteam Noord");
    expect(readLibraryFile(text)).toEqual({ ok: true, name: "Buurtteam Noord", blocks: [ABOUT] });
    expect(LIBRARY_VERSION).toBe(2);
    expect(JSON.parse(text)).toMatchObject({ format: LIBRARY_FORMAT, version: 2 });
    expect(JSON.parse(text).blocks[0].text).toBe(ABOUT_TEXT);
  });

  test("an older Argumentenhulp (file version 1) would refuse that file rather than run its paragraphs together", () => {
    // Version 1's check: a version above its own is refused, with this message.
    const { version } = JSON.parse(libraryFileText([ABOUT])) as { version: number };
    expect(version).toBeGreaterThan(1);
    expect(refusalMessage({ kind: "newer-version", version }, "team.argumentenhulp.json")).toMatch(
      /nieuwere versie van Argumentenhulp \(bestandsversie 2\)\. Werk de invoegtoepassing bij/
    );
  });

  test("a library of one-paragraph blocks is still written as version 1, so older copies keep reading it", () => {
    const single = { ...ABOUT, text: ABOUT_TEXT.replace("\n", " ") };
    expect(JSON.parse(libraryFileText([single]))).toMatchObject({ version: 1 });
  });

  test("a file written by the version before, byte for byte, imports unchanged", () => {
    const before = `{
  "format": "argumentenhulp-bibliotheek",
  "version": 1,
  "name": "Buurtteam Noord",
  "blocks": [
    {
      "id": "eigen-koffie",
      "title": "Koffie op dinsdag",
      "text": "In [naam buurt] drinken elke dinsdag dertig bewoners samen koffie.",
      "themes": ["relaties"],
      "audiences": ["fonds"],
      "placeholders": [
        { "key": "naam-buurt", "label": { "nl": "naam buurt", "en": "naam buurt" }, "original": "[naam buurt]" }
      ]
    }
  ]
}
`;
    const reading = readLibraryFile(before);
    expect(reading).toEqual({
      ok: true,
      name: "Buurtteam Noord",
      blocks: [
        {
          id: "eigen-koffie",
          title: "Koffie op dinsdag",
          text: "In [naam buurt] drinken elke dinsdag dertig bewoners samen koffie.",
          themes: ["relaties"],
          audiences: ["fonds"],
          placeholders: [
            {
              key: "naam-buurt",
              label: { nl: "naam buurt", en: "naam buurt" },
              original: "[naam buurt]",
            },
          ],
        },
      ],
    });
    // Written back, it is the same file: still version 1, the same blocks.
    if (reading.ok)
      expect(libraryFileText(reading.blocks, reading.name)).toBe(
        `${JSON.stringify(JSON.parse(before), null, 2)}\n`
      );
  });

  test("a hand-made file's blank lines and spacing are read as the editor keeps them", () => {
    const file = JSON.stringify({
      format: LIBRARY_FORMAT,
      version: 2,
      blocks: [
        {
          ...ABOUT,
          text: "  Buurtteam Noord is een groep van  twaalf bewoners.\r\n\r\n\r\nSinds 2019 organiseren wij in [naam buurt] een wekelijkse maaltijd. ",
        },
      ],
    });
    expect(readLibraryFile(file)).toEqual({ ok: true, blocks: [ABOUT] });
  });

  test(`a block of more than ${OWN_BLOCK_LIMITS.paragraphs} paragraphs is refused, naming the block`, () => {
    const text = Array.from({ length: 11 }, (_, i) => `Alinea ${i + 1}.`).join("\n");
    const reading = readLibraryFile(
      JSON.stringify({
        format: LIBRARY_FORMAT,
        version: 2,
        blocks: [{ ...ABOUT, text, placeholders: [] }],
      })
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(refusalMessage(reading.refusal, "team.argumentenhulp.json")).toMatch(
      /tekstblok 1 \(“Over ons”\).*hoogstens 10 alinea’s per tekstblok.*niet veranderd/
    );
  });
});

describe("duplicates with paragraphs", () => {
  test("the same paragraphs are the same text, whatever the spacing, blank lines or case", () => {
    expect(
      sameBlockText(ABOUT_TEXT, `  ${ABOUT_TEXT.toUpperCase().replace("\n", " \n\n\n ")}`)
    ).toBe(true);
  });

  test("the same words cut into other paragraphs are another text", () => {
    expect(sameBlockText(ABOUT_TEXT, ABOUT_TEXT.replace("\n", " "))).toBe(false);
    expect(sameBlockText("Over ons\nWij zijn buren.", "Over\nons Wij zijn buren.")).toBe(false);
  });

  test("merging recognises a re-spaced copy as a duplicate and keeps a re-cut one", () => {
    const respaced = { ...ABOUT, id: "eigen-kopie", text: ABOUT_TEXT.replace("\n", "\n\n") };
    const recut = { ...ABOUT, id: "eigen-anders", text: ABOUT_TEXT.replace("\n", " ") };
    expect(mergeLibrary([ABOUT], [respaced, recut], "merge")).toEqual({
      blocks: [ABOUT, recut],
      added: 1,
      duplicates: 1,
    });
  });
});
