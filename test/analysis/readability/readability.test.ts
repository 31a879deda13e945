import fc from "fast-check";
import { readabilityOf, type Readability } from "../../../src/analysis/readability";
import { themeWords } from "../../../src/analysis/readability/theme-words";
import { BLOCKS } from "../../../src/content";
import { PLAIN_WORDS } from "../../../src/content/readability";

const B1_PARAGRAPH =
  "Elke dinsdag drinken we koffie in de buurtkamer. Iedereen is welkom. Buren leren elkaar zo kennen. " +
  "Wie alleen woont, heeft een plek om te praten. Kinderen spelen buiten op het plein.";

const JARGON_PARAGRAPH =
  "In het kader van de implementatie van het integrale beleidskader wordt middels een laagdrempelige " +
  "en outreachende aanpak ingezet op het faciliteren van de participatie van kwetsbare doelgroepen, " +
  "teneinde de zelfredzaamheid van bewoners te optimaliseren en de ondersteuningsbehoefte adequaat te inventariseren.";

function expectSpansAtOffsets(result: Readability, texts: readonly string[]): void {
  for (const paragraph of result.paragraphs) {
    const text = texts[paragraph.index];
    const spans = [...paragraph.longSentences, ...paragraph.hardWords, ...paragraph.passives];
    for (const span of spans) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.start).toBeLessThan(span.end);
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
}

describe("readability of a paragraph", () => {
  it("scores a plain B1 paragraph 'makkelijk' and finds nothing to fix", () => {
    const { draft, paragraphs } = readabilityOf([B1_PARAGRAPH]);
    expect(draft?.level).toBe("makkelijk");
    expect(paragraphs[0].sentences).toBe(5);
    expect(paragraphs[0].longSentences).toEqual([]);
    expect(paragraphs[0].hardWords).toEqual([]);
    expect(paragraphs[0].passives).toEqual([]);
  });

  it("scores a jargon-heavy policy paragraph 'moeilijk' and names its hard words with plainer ones", () => {
    const { draft, paragraphs } = readabilityOf([JARGON_PARAGRAPH]);
    expect(draft?.level).toBe("moeilijk");
    const [paragraph] = paragraphs;
    expect(paragraph.longSentences.map((s) => s.start)).toEqual([0]);
    const hard = Object.fromEntries(paragraph.hardWords.map((w) => [w.text, w.suggestion]));
    expect(hard).toMatchObject({
      "In het kader van": "bij, voor",
      middels: "met, door",
      faciliteren: "mogelijk maken, helpen",
      teneinde: "om",
      laagdrempelige: "makkelijk te bereiken, voor iedereen open",
      "ingezet op": "werken aan, kiezen voor",
    });
    // A long compound has no plainer word in the list, but is pointed out.
    const compound = paragraph.hardWords.find((w) => w.text === "ondersteuningsbehoefte");
    expect(compound).toBeDefined();
    expect(compound).not.toHaveProperty("suggestion");
    expect(paragraph.passives.map((p) => p.text)).toEqual([
      "wordt middels een laagdrempelige en outreachende aanpak ingezet",
    ]);
    expectSpansAtOffsets({ draft, paragraphs }, [JARGON_PARAGRAPH]);
  });

  it("never flags the report's theme words, alone or in the report's own blocks", () => {
    const texts = [
      "Bewonersregie en gemeenschapskracht zijn de kern; meerjarenfinanciering geeft continuïteit.",
      "Het eigenaarschap van bewoners groeit door participatie en ondersteuning van het buurtnetwerk.",
      ...BLOCKS.map((block) => block.text),
    ];
    const result = readabilityOf(texts);
    const flagged = result.paragraphs.flatMap((p) => p.hardWords.map((w) => w.text.toLowerCase()));
    const themed = themeWords();
    for (const word of flagged) {
      for (const part of word.split(/\s+/)) if (word === part) expect(themed.has(part)).toBe(false);
    }
    expect(result.paragraphs[0].hardWords).toEqual([]);
    expect(result.paragraphs[1].hardWords).toEqual([]);
    for (const word of ["bewonersregie", "gemeenschapskracht", "eigenaarschap", "participatie"]) {
      expect(readabilityOf([`Dit gaat over ${word}.`]).paragraphs[0].hardWords).toEqual([]);
    }
  });

  it("lists no one-word entry that is one of the report's words", () => {
    const themed = themeWords();
    const clashes = PLAIN_WORDS.filter((entry) => !entry.words.includes(" ")).flatMap((entry) =>
      entry.words.split("|").filter((form) => themed.has(form))
    );
    expect(clashes).toEqual([]);
  });

  it("marks sentences above the limit, 20 words unless asked otherwise", () => {
    const long =
      "Op dinsdag en donderdag komen buren uit de hele straat bij elkaar in de buurtkamer om koffie te drinken en te praten over wat er speelt.";
    const text = `Dat is fijn. ${long} Kom ook!`;
    const [paragraph] = readabilityOf([text]).paragraphs;
    expect(paragraph.sentences).toBe(3);
    expect(paragraph.longSentences).toEqual([
      { start: 13, end: 13 + long.length - 1, text: long.slice(0, -1) },
    ]);
    expect(readabilityOf([text], { longSentenceWords: 30 }).paragraphs[0].longSentences).toEqual(
      []
    );
  });

  it("finds passives with worden and zijn, in either word order, and not the active perfect", () => {
    const passives = (text: string) =>
      readabilityOf([text]).paragraphs[0].passives.map((p) => p.text);
    expect(passives("De koffieochtend wordt elke week door bewoners georganiseerd.")).toEqual([
      "wordt elke week door bewoners georganiseerd",
    ]);
    expect(passives("Er is besloten om door te gaan.")).toEqual(["is besloten"]);
    expect(passives("We weten dat het feest door buren georganiseerd wordt.")).toEqual([
      "georganiseerd wordt",
    ]);
    expect(passives("Het project is in 2019 opgezet door twee moeders.")).toEqual([
      "is in 2019 opgezet",
    ]);
    expect(passives("Er werden veel gesprekken gevoerd.")).toEqual([
      "werden veel gesprekken gevoerd",
    ]);
    // Not passive: the perfect with zijn, adjectives, nouns, a verb of another clause.
    expect(passives("We zijn in 2019 begonnen en het is gezellig.")).toEqual([]);
    expect(passives("Het gebied is groot en bewoners zijn betrokken.")).toEqual([]);
    expect(passives("Er zijn gesprekken met bewoners.")).toEqual([]);
    expect(passives("Het is druk, maar we hebben veel gedaan.")).toEqual([]);
    expect(passives("Dit is een plek die verbindt.")).toEqual([]);
  });

  it("keeps the offsets of text with accents, ligatures and typographic quotes", () => {
    const text = "“Het ĳs is gebroken,” zegt ze. Er wordt middels één café gewerkt.";
    const result = readabilityOf(["", text]);
    expect(result.paragraphs.map((p) => p.index)).toEqual([1]);
    expectSpansAtOffsets(result, ["", text]);
    expect(result.paragraphs[0].hardWords.map((w) => w.text)).toEqual(["middels"]);
    expect(result.paragraphs[0].passives.map((w) => w.text)).toEqual([
      "is gebroken",
      "wordt middels één café gewerkt",
    ]);
  });

  it("gives every paragraph with words its counts, leaves out the rest, and says null for no words", () => {
    expect(readabilityOf([])).toEqual({ draft: null, paragraphs: [] });
    expect(readabilityOf(["", "  ", "2025 – € 18.000"])).toEqual({ draft: null, paragraphs: [] });
    const result = readabilityOf(["Planning", { text: "Wij vragen € 5.000.", style: "Normal" }]);
    expect(result.paragraphs.map((p) => [p.index, p.words, p.sentences])).toEqual([
      [0, 1, 1],
      [1, 2, 1],
    ]);
    // The heading has its counts, but the draft's are those of the body text only.
    expect(result.draft).toMatchObject({ words: 2, sentences: 1 });
    const styled = readabilityOf([
      { text: "Wat we willen bereiken met de buurt", style: "Heading 2" },
    ]);
    expect(styled.paragraphs).toHaveLength(1);
    expect(styled.draft).toBeNull();
  });
});

describe("readability never throws", () => {
  const pieces = fc.constantFrom(
    "wordt",
    "is",
    "georganiseerd",
    "besloten",
    "middels",
    "in het kader van",
    "ĳs",
    "ideeën",
    "zo'n",
    "’",
    "“",
    "”",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "o.a.",
    "10.00",
    " ",
    "\n",
    "\t",
    "\u0301",
    "\ud83d\ude00",
    "\ud800",
    "-",
    "buurt-",
    "İ",
    "ß",
    "ﬁ",
    "A",
    "bewonersregie",
    "ondersteuningsbehoefte",
    "e",
    "i",
    "y",
    "\u00ad",
    "\u200b"
  );
  const paragraph = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc
      .tuple(fc.array(pieces, { maxLength: 60 }), fc.constantFrom(" ", ""))
      .map(([parts, between]) => parts.join(between))
  );

  it("returns counts and in-bounds spans for any text", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (texts) => {
        const result = readabilityOf(texts);
        expectSpansAtOffsets(result, texts);
        for (const p of result.paragraphs) {
          expect(p.words).toBeGreaterThan(0);
          expect(p.sentences).toBeGreaterThan(0);
          expect(p.syllables).toBeGreaterThanOrEqual(p.words);
          expect(Number.isFinite(p.fleschDouma)).toBe(true);
        }
        if (result.draft) expect(Number.isFinite(result.draft.fleschDouma)).toBe(true);
      }),
      { numRuns: 300 }
    );
  });

  it("takes odd paragraph inputs without throwing", () => {
    const odd = [null, undefined, 3, { text: 5 }, { style: "Normal" }] as unknown as string[];
    expect(() => readabilityOf(odd)).not.toThrow();
    expect(readabilityOf(odd).paragraphs).toEqual([]);
  });
});
