/** The CLI's Schrijfhulp: the readability section, --max-woorden / --max-tekens, the JSON. */
import { readabilityOf } from "../../src/analysis/readability";
import { cli, expectOneDutchLine } from "./cli-io";

const PLAIN =
  "Elke dinsdag drinken we koffie in de buurtkamer. Buren leren elkaar zo kennen. Wie alleen woont, heeft een plek om te praten.";
const JARGON =
  "In het kader van de implementatie van het integrale beleidskader wordt middels een laagdrempelige en outreachende aanpak ingezet op het faciliteren van de participatie van kwetsbare doelgroepen.";
const DRAFT = [
  "1. Aanleiding",
  PLAIN,
  "2. Aanpak",
  JARGON,
  "Het feest wordt door buren georganiseerd.",
];

describe("argumentenhulp review: readability", () => {
  it("puts the readability object in the JSON, with exact offsets into each paragraph", async () => {
    const result = await cli(["review", "-", "--json"], { stdin: DRAFT.join("\n") });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.readability).toEqual(readabilityOf(DRAFT));
    expect(Object.keys(json.readability.draft).sort()).toEqual([
      "fleschDouma",
      "level",
      "sentences",
      "syllables",
      "words",
    ]);
    const paragraph = json.readability.paragraphs.find((p: { index: number }) => p.index === 3);
    expect(Object.keys(paragraph).sort()).toEqual([
      "fleschDouma",
      "hardWords",
      "index",
      "longSentences",
      "passives",
      "sentences",
      "syllables",
      "words",
    ]);
    for (const word of paragraph.hardWords)
      expect(JARGON.slice(word.start, word.end)).toBe(word.text);
    expect(paragraph.hardWords[0]).toEqual({
      start: 0,
      end: 16,
      text: "In het kader van",
      suggestion: "bij, voor",
    });
    expect(json).not.toHaveProperty("limits");
  });

  it("ends the text report with the level and, per paragraph, what to fix first", async () => {
    const { code, stdout } = await cli(["review", "-"], { stdin: DRAFT.join("\n") });
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf("\nLeesbaarheid\n"));
    const { draft, paragraphs } = readabilityOf(DRAFT);
    const score = paragraphs
      .find((p) => p.index === 3)!
      .fleschDouma.toFixed(1)
      .replace(".", ",");
    expect(section).toContain(`Niveau: ${draft!.level} (Flesch-Douma`);
    expect(section.replace(/\s+/g, " ")).toContain(
      `alinea 4 (Flesch-Douma ${score}): zin van 27 woorden ("In het kader van de implementatie …"): knip hem in tweeën; "In het kader van": zeg liever bij, voor`
    );
    expect(section.replace(/\s+/g, " ")).toContain(
      'alinea 5 (kort): "wordt door buren georganiseerd": zeg wie het doet'
    );
    // The plain paragraph has nothing to fix and is not listed.
    expect(section).not.toContain("alinea 2 (");
  });

  it("--max-woorden and --max-tekens report each part under a heading against the limit", async () => {
    const { code, stdout } = await cli(["review", "-", "--max-woorden", "25", "--max-tekens=150"], {
      stdin: DRAFT.join("\n"),
    });
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf("\nLengte\n"));
    // 8 + 5 + 9 words under the first heading; 27 + 6 under the second.
    expect(section).toContain('✓ "1. Aanleiding": 22 woorden van max. 25 (past)');
    expect(section).toContain('✗ "2. Aanpak": 33 woorden van max. 25 (8 woorden te veel)');
    const chars = [...JARGON].length + [..."Het feest wordt door buren georganiseerd."].length;
    expect(section).toContain(
      `✗ "2. Aanpak": ${chars} tekens van max. 150 (${chars - 150} tekens te veel)`
    );
  });

  it("without headings, the limit is for the whole draft; the JSON lists the measures", async () => {
    const json = JSON.parse(
      (await cli(["review", "-", "--json", "--max-woorden", "10"], { stdin: `${PLAIN}\n${PLAIN}` }))
        .stdout
    );
    expect(json.limits).toEqual([
      { limit: { unit: "words", max: 10 }, count: 44, over: 34, paragraphs: [0, 1], found: true },
    ]);
  });

  it.each([["0"], ["-3"], ["2.500"], ["tien"]])(
    "refuses --max-woorden %s with one Dutch line",
    async (value) => {
      expectOneDutchLine(
        await cli(["review", "-", `--max-woorden=${value}`], { stdin: PLAIN }),
        /--max-woorden verwacht een heel getal groter dan 0/
      );
    }
  );

  it("asks for a number when --max-tekens has none", async () => {
    expectOneDutchLine(
      await cli(["review", "-", "--max-tekens"], { stdin: PLAIN }),
      /--max-tekens heeft een waarde nodig, bijvoorbeeld --max-tekens=2500/
    );
  });
});
