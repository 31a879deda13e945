import type { Review } from "../../src/analysis/types";
import { formatReviewReport, markedSentence, paragraphLabels } from "../../src/cli/review-report";
import type { DraftParagraph } from "../../src/cli/draft";
import { blockById, BLOCKS, THEME_IDS, themeById } from "../../src/content";
import type { ThemeId } from "../../src/content/types";

const body = (text: string, style?: string): DraftParagraph => ({
  text,
  part: "body",
  ...(style ? { style } : {}),
});
const flat = (text: string) => text.replace(/\s+/g, " ");
const whole = (text: string) => ({ start: 0, end: text.length, text });

const paragraphs: DraftParagraph[] = [
  body("Buurtkamer De Linde", "Heading 1"),
  body("Wij bouwen aan vertrouwen tussen buren die elkaar eerst niet kenden."),
  body("Elke week organiseren we een koffieochtend en een kookclub."),
  { text: "Zie het rapport De Kracht van Samen.", part: "footnote" },
];

function reviewWith(
  statuses: Partial<Record<ThemeId, { status: "covered" | "weak"; paragraphs: number[] }>>
): Review {
  const themes = THEME_IDS.map((id) => ({
    id,
    status: statuses[id]?.status ?? ("missing" as const),
    paragraphs: statuses[id]?.paragraphs ?? [],
  }));
  const open = themes.filter((t) => t.status !== "covered");
  return {
    audience: "fonds",
    paragraphs: [
      { index: 0, themes: [] },
      {
        index: 1,
        themes: [
          {
            id: "relaties",
            score: 0.9,
            evidence: [
              { start: 15, end: 25, text: "vertrouwen" },
              { start: 43, end: 49, text: "elkaar" },
              { start: 43, end: 49, text: "elkaar" },
            ],
            sentence: whole(paragraphs[1].text),
          },
        ],
      },
      { index: 2, themes: [] },
      {
        index: 3,
        themes: [
          {
            id: "onderbouwing",
            score: 0.5,
            evidence: [{ start: 8, end: 15, text: "rapport" }],
            sentence: whole(paragraphs[3].text),
          },
        ],
      },
    ],
    themes,
    // Reversed on purpose: the report must follow the engine's ranking, not the theme order.
    suggestions: [...open].reverse().map((t) => ({
      themeId: t.id,
      blockIds: BLOCKS.filter((b) => b.themes[0] === t.id).map((b) => b.id),
    })),
    advice: [
      {
        kind: "activities-without-outcomes",
        paragraph: 2,
        evidence: [
          { start: 14, end: 25, text: "organiseren" },
          { start: 37, end: 51, text: "koffieochtend" },
        ],
      },
    ],
    looksDutch: true,
  };
}

describe("formatReviewReport paragraph order", () => {
  it("lists a theme's paragraphs in document order in its title, evidence strongest first", () => {
    const many: DraftParagraph[] = ["a een", "b twee", "c drie"].map((text) => body(text));
    const base = reviewWith({ relaties: { status: "covered", paragraphs: [2, 0] } });
    const review: Review = {
      ...base,
      paragraphs: [0, 1, 2].map((index) => ({
        index,
        themes:
          index === 1
            ? []
            : [
                {
                  id: "relaties" as const,
                  score: 1,
                  evidence: [{ start: 2, end: 4, text: many[index].text.slice(2, 4) }],
                  sentence: whole(many[index].text),
                },
              ],
      })),
      advice: [],
    };
    const report = formatReviewReport({ review, paragraphs: many, source: "x.txt" });
    expect(report).toContain("● Relaties als basis — alinea 1, 3");
    expect(report.indexOf('alinea 3: "c *dr*ie"')).toBeGreaterThan(0);
    expect(report.indexOf('alinea 3: "c *dr*ie"')).toBeLessThan(
      report.indexOf('alinea 1: "a *ee*n"')
    );
  });
});

describe("paragraphLabels", () => {
  it("counts body paragraphs from 1 and notes separately", () => {
    expect(
      paragraphLabels([
        ...paragraphs,
        { text: "x", part: "endnote" },
        { text: "y", part: "footnote" },
      ])
    ).toEqual(["alinea 1", "alinea 2", "alinea 3", "voetnoot 1", "eindnoot 1", "voetnoot 2"]);
  });
});

describe("formatReviewReport", () => {
  const review = reviewWith({
    relaties: { status: "covered", paragraphs: [1] },
    onderbouwing: { status: "weak", paragraphs: [3] },
  });
  const report = formatReviewReport({ review, paragraphs, source: "aanvraag.docx" });

  it("opens with the file, the audience and the count", () => {
    const [first, second, third] = report.split("\n");
    expect(first).toBe("Argumentenhulp — beoordeling van aanvraag.docx");
    expect(second).toBe("Doelgroep: Fonds");
    expect(third).toBe(
      "4 alinea's · 2 van 11 thema's in je tekst (1 aanwezig, 1 zwak, 9 ontbreken)"
    );
  });

  it("lists covered themes with 1-based paragraph numbers and the sentence, phrases marked once", () => {
    const covered = report.slice(report.indexOf("Aanwezig (1)"), report.indexOf("Zwak (1)"));
    expect(covered).toContain("● Relaties als basis — alinea 2");
    expect(flat(covered)).toContain(
      'alinea 2: "Wij bouwen aan *vertrouwen* tussen buren die *elkaar* eerst niet kenden."'
    );
  });

  it("names a note by its note number", () => {
    const weak = report.slice(report.indexOf("Zwak (1)"), report.indexOf("Ontbreekt ("));
    expect(weak).toContain("◐ Onderbouwing met onderzoek — voetnoot 1");
    const theme = themeById("onderbouwing");
    expect(flat(weak)).toContain(`Wat je kunt doen: ${theme.tip.nl}`);
    expect(flat(weak)).toContain(`Wat nog ontbreekt: ${theme.stronger.nl}`);
  });

  it("gives every missing theme its why and the engine's first block, in the engine's order", () => {
    const missing = report.slice(
      report.indexOf("Ontbreekt (9)"),
      report.indexOf("Tip: activiteiten")
    );
    const open = review.suggestions.filter(
      (s) => review.themes.find((t) => t.id === s.themeId)?.status === "missing"
    );
    let last = -1;
    for (const suggestion of open) {
      const theme = themeById(suggestion.themeId);
      const at = missing.indexOf(`○ ${theme.label.nl}`);
      expect(at).toBeGreaterThan(last);
      last = at;
      const block = blockById(suggestion.blockIds[0]);
      if (block) expect(flat(missing)).toContain(flat(`"${block.text}"`));
      expect(flat(missing)).toContain(flat(`Waarom: ${theme.why.nl}`));
      expect(flat(missing)).toContain(
        flat(`Het rapport (${theme.reportQuote.section}): "${theme.reportQuote.text}"`)
      );
      expect(flat(missing)).not.toContain("Wat nog ontbreekt:");
    }
  });

  it("ends with the activities-without-outcomes advice, quoting the seed", () => {
    const advice = report.slice(report.indexOf("Tip: activiteiten zonder resultaat (1)"));
    expect(flat(advice)).toContain(
      'alinea 3 ("Elke week organiseren we een…") noemt activiteiten ("organiseren", "koffieochtend") maar niet wat ze opleveren.'
    );
    expect(advice).toContain("Zeg niet alleen wat je organiseert, maar ook wat het oplevert.");
  });

  it("keeps lines within 80 columns unless one word is longer", () => {
    const long = report.split("\n").filter((line) => line.length > 80 && line.trim().includes(" "));
    expect(long).toEqual([]);
  });

  it("says when no audience was chosen and when the text does not read as Dutch", () => {
    const text = formatReviewReport({
      review: { ...reviewWith({}), audience: null, looksDutch: false, advice: [] },
      paragraphs,
      source: "de invoer",
    });
    expect(text).toContain("Doelgroep: niet gekozen");
    expect(text).toContain("Let op: deze tekst lijkt niet Nederlands.");
    expect(text).not.toContain("Aanwezig (");
    expect(text).not.toContain("Tip: activiteiten");
  });
});

describe("markedSentence", () => {
  const text =
    "Vorig jaar kwamen er elke week meer buren naar de tuin, en wie eerst alleen kwam, kent " +
    "nu de mensen van de overkant en helpt hen met boodschappen, met de kinderen en met " +
    "klussen in huis, zonder dat iemand dat hoeft te regelen of te vragen.";
  const span = (word: string) => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, text: word };
  };

  it("marks each phrase inside the sentence and keeps a short sentence whole", () => {
    const short = "Buren helpen elkaar nu.";
    expect(
      markedSentence({
        id: "relaties",
        score: 0.8,
        evidence: [{ start: 0, end: 19, text: "Buren helpen elkaar" }],
        sentence: whole(short),
      })
    ).toBe("*Buren helpen elkaar* nu.");
  });

  it("cuts a long sentence to the stretch around its phrases, with ellipses", () => {
    const line = markedSentence({
      id: "relaties",
      score: 0.8,
      evidence: [span("kent"), span("helpt hen")],
      sentence: whole(text),
    });
    expect(line.startsWith("…")).toBe(true);
    expect(line.endsWith("…")).toBe(true);
    expect(line).toContain("*kent* nu de mensen van de overkant en *helpt hen*");
    expect(line.length).toBeLessThan(text.length);
  });

  it("ignores a phrase outside the sentence it is shown with", () => {
    const first = "Buren helpen elkaar. ";
    const all = first + "Dat kost tijd.";
    expect(
      markedSentence({
        id: "relaties",
        score: 0.8,
        evidence: [{ start: 22, end: 26, text: "kost" }],
        sentence: { start: 0, end: 20, text: all.slice(0, 20) },
      })
    ).toBe("Buren helpen elkaar.");
  });
});

describe("a verdict from one of the report's own blocks", () => {
  it("says so in the report, with the section", () => {
    const text = "Wij bouwen aan relaties.";
    const review = reviewWith({ relaties: { status: "covered", paragraphs: [0] } });
    review.paragraphs = [
      {
        index: 0,
        themes: [
          {
            id: "relaties",
            score: 1,
            evidence: [whole(text)],
            sentence: whole(text),
            fromReport: { block: "relaties-basis", section: "§2 Relaties zijn geen bijzaak" },
          },
        ],
      },
    ];
    review.advice = [];
    const report = formatReviewReport({ review, paragraphs: [body(text)], source: "x.txt" });
    expect(flat(report)).toContain(
      'alinea 1 (tekstblok uit het rapport, §2 Relaties zijn geen bijzaak): "*Wij bouwen aan relaties.*"'
    );
  });
});
