import { createReviewer, reviewDocument, type Review } from "../../src/analysis";
import { BLOCKS } from "../../src/content";
import { polarities } from "../../src/analysis/negation";
import { tokenize } from "../../src/analysis/tokens";
import type { ThemeId } from "../../src/content/types";

const themesOf = (review: Review, index = 0): ThemeId[] =>
  review.paragraphs[index].themes.map((theme) => theme.id);
const one = (text: string, style?: string): ThemeId[] =>
  themesOf(reviewDocument([{ text, style }]));

describe("negation by meaning", () => {
  test("a stated need still argues the theme", () => {
    expect(one("Zonder structurele financiering stopt de buurtkamer over een jaar.")).toContain(
      "tijd-continuiteit"
    );
    expect(
      one(
        "Zonder meerjarenfinanciering is er geen continuïteit voor de bewoners die hier op rekenen."
      )
    ).toContain("tijd-continuiteit");
  });

  test("a denial does not", () => {
    expect(one("Er was in het voorjaar geen tijd om de folders rond te brengen.")).not.toContain(
      "tijd-continuiteit"
    );
    expect(
      one("We hadden dit jaar niet genoeg tijd om de vrijwilligers te bedanken.")
    ).not.toContain("tijd-continuiteit");
  });

  test("doubt denies: what 'we weten niet' puts in question is not claimed", () => {
    const { tokens } = tokenize(
      "Of de buren elkaar door de koffieochtend beter kennen, weten we niet."
    );
    const polarity = polarities(tokens);
    const at = (form: string) => polarity[tokens.findIndex((token) => token.form === form)];
    expect(at("kennen")).toBe("denied");
    expect(at("buren")).toBe("denied");
    expect(polarities(tokenize("De buren kennen elkaar beter, weten we nu.").tokens)).not.toContain(
      "denied"
    );
  });

  test("'niet alleen …, maar' contrasts rather than denies", () => {
    expect(
      one(
        "Onze aanpak draait niet alleen om activiteiten organiseren. We bouwen aan relaties tussen buren, zodat mensen elkaar leren kennen."
      )
    ).toContain("relaties");
  });
});

describe("look-alike words argue nothing", () => {
  test.each([
    "Op het spreekuur komen bewoners van elke leeftijd, van scholieren tot gepensioneerden.",
    "Het tijdschrift van de bewonersvereniging ligt in de bibliotheek.",
    "De huur van de zaal viel relatief laag uit, onder voorwaarde dat we zelf schoonmaken.",
    "In de computerruimte liggen sinds maandag nieuwe netwerkkabels.",
  ])("%s", (text) => {
    expect(one(text)).toEqual([]);
  });
});

describe("headings, list items and quotes", () => {
  test("a bare heading argues nothing, with or without a heading style", () => {
    expect(one("2. Aanleiding")).toEqual([]);
    expect(one("Leefbaarheid")).toEqual([]);
    expect(one("Continuïteit en meerjarige financiering", "Heading 1")).toEqual([]);
    expect(one("Continuïteit en meerjarige financiering", "Kop 2")).toEqual([]);
    // A whole sentence in a heading style is still a heading (built-in and display names).
    const sentence =
      "Zonder steun voor meerdere jaren houdt dit werk op, want vertrouwen groeit pas na jaren.";
    expect(one(sentence)).toContain("tijd-continuiteit");
    for (const style of ["Heading1", "Heading 2", "Kop 3", "Title", "Titel"])
      expect(one(sentence, style)).toEqual([]);
  });

  test("the same argument in a body paragraph does count", () => {
    const text =
      "Je bouwt geen gemeenschap in een paar maanden. Daarvoor zijn tijd, vertrouwen en continuïteit nodig.";
    expect(one(text)).toContain("tijd-continuiteit");
    expect(one(text, "Normal")).toContain("tijd-continuiteit");
  });

  test("a theme argued only in a short list line or a quote is weak, not covered", () => {
    const argument =
      "Van de gemeente vragen wij een meerjarige bijdrage, zodat er een community builder in de wijk kan werken.";
    for (const style of ["Citaat", "Quote"]) {
      const review = reviewDocument([{ text: argument, style }]);
      const vraag = review.themes.find((theme) => theme.id === "vraag");
      expect(vraag?.paragraphs).toEqual([0]);
      expect(vraag?.status).toBe("weak");
    }
    const body = reviewDocument([{ text: argument, style: "Normal" }]).themes.find(
      (theme) => theme.id === "vraag"
    );
    expect(body?.status).toBe("covered");
    expect(body?.weakness).toBeUndefined();
  });

  test("a weak theme says why: a quotation, a short line, or said once and not firmly", () => {
    const weakness = (paragraph: { text: string; style?: string }, id: string) =>
      reviewDocument([paragraph]).themes.find((theme) => theme.id === id);
    const argument =
      "Van de gemeente vragen wij een meerjarige bijdrage, zodat er een community builder in de wijk kan werken.";
    expect(weakness({ text: argument, style: "Quote" }, "vraag")).toMatchObject({
      status: "weak",
      weakness: "quotation",
    });
    expect(
      weakness({ text: "nieuwe contacten tussen buren", style: "List Paragraph" }, "relaties")
    ).toMatchObject({ status: "weak", weakness: "short-line" });
    expect(
      weakness({ text: "Er is ook aandacht voor de leefbaarheid van de buurt." }, "beleidsdoelen")
    ).toMatchObject({ status: "weak", weakness: "faint" });
    expect(
      reviewDocument(["Er is ook aandacht voor de leefbaarheid van de buurt."]).themes.filter(
        (theme) => theme.status !== "weak" && theme.weakness !== undefined
      )
    ).toEqual([]);
  });
});

describe("evidence", () => {
  test("spans are the paragraph's own words at their own offsets", () => {
    const text =
      "Door de wekelijkse koffieochtend leren buren elkaar kennen en groeit het buurtnetwerk.";
    const review = reviewDocument([text]);
    expect(themesOf(review)).toContain("relaties");
    for (const theme of review.paragraphs[0].themes) {
      expect(theme.evidence.length).toBeGreaterThan(0);
      for (const span of theme.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    const words = review.paragraphs[0].themes
      .find((theme) => theme.id === "relaties")
      ?.evidence.map((span) => span.text)
      .join(" ");
    expect(words).toMatch(/elkaar|buurtnetwerk|kennen/);
  });
});

const draft = [
  { text: "Aanvraag buurtkamer De Linde", style: "Heading 1" },
  {
    text: "In onze buurt kennen bewoners elkaar nauwelijks. Door de buurtkamer leren buren elkaar kennen en ontstaan nieuwe contacten en vriendschappen.",
    style: "Normal",
  },
  {
    text: "Bewoners bepalen zelf wat er in de buurtkamer gebeurt. Ze nemen zelf initiatief en organiseren de activiteiten zelf.",
    style: "Normal",
  },
  {
    text: "Voor de huur van de ruimte vragen wij de gemeente € 12.000 per jaar.",
    style: "Normal",
  },
];

describe("coverage and suggestions", () => {
  test("themes are covered, weak or missing, with the paragraphs that argue them", () => {
    const review = reviewDocument(draft, { audience: "gemeente" });
    const status = Object.fromEntries(review.themes.map((theme) => [theme.id, theme.status]));
    expect(status.relaties).toBe("covered");
    expect(status.bewonersregie).toBe("covered");
    expect(status.vraag).toBe("covered");
    expect(status.onderbouwing).toBe("missing");
    expect(review.themes.find((theme) => theme.id === "relaties")?.paragraphs).toEqual([1]);
    expect(review.themes).toHaveLength(11);
  });

  test("every missing or weak theme gets blocks that argue it; covered ones get none", () => {
    const review = reviewDocument(draft, { audience: "fonds" });
    const open = review.themes
      .filter((theme) => theme.status !== "covered")
      .map((theme) => theme.id);
    expect(review.suggestions.map((suggestion) => suggestion.themeId).sort()).toEqual(
      [...open].sort()
    );
    for (const suggestion of review.suggestions) {
      expect(suggestion.blockIds.length).toBeGreaterThan(0);
      for (const id of suggestion.blockIds) {
        expect(BLOCKS.find((block) => block.id === id)?.themes).toContain(suggestion.themeId);
      }
    }
  });

  test("a theme never offers a block beside one that holds it or that it holds", () => {
    // The precondition that makes this test able to fail: the seed has such pairs for a theme.
    const nested = (a: string, b: string) => a !== b && (a.includes(b) || b.includes(a));
    const textOf = (id: string) => BLOCKS.find((block) => block.id === id)!.text;
    for (const audience of [undefined, "gemeente", "fonds"] as const) {
      const review = reviewDocument(["We drinken elke dinsdag koffie."], { audience });
      expect(review.suggestions.length).toBe(11);
      for (const { themeId, blockIds } of review.suggestions) {
        const arguing = BLOCKS.filter((block) => block.themes.includes(themeId));
        for (const block of arguing)
          expect(blockIds.some((id) => id === block.id || nested(textOf(id), block.text))).toBe(
            true
          );
        for (const a of blockIds)
          for (const b of blockIds) expect(nested(textOf(a), textOf(b))).toBe(false);
      }
    }
    const talenten = BLOCKS.filter((block) => block.themes.includes("talenten")).map((b) => b.text);
    expect(talenten.some((a) => talenten.some((b) => nested(a, b)))).toBe(true);
  });

  test("the audience reorders suggestions: its emphasised themes first, its blocks first", () => {
    const forGemeente = reviewDocument(draft, { audience: "gemeente" }).suggestions;
    const forFonds = reviewDocument(draft, { audience: "fonds" }).suggestions;
    expect(forGemeente[0].themeId).toBe("beleidsdoelen");
    expect(forFonds[0].themeId).toBe("maatschappelijke-waarde");
    expect(forGemeente.map((s) => s.themeId)).not.toEqual(forFonds.map((s) => s.themeId));
    // Within a theme, a block meant for the audience outranks one that is not.
    for (const [audience, suggestions] of [
      ["gemeente", forGemeente],
      ["fonds", forFonds],
    ] as const) {
      for (const suggestion of suggestions) {
        const fits = suggestion.blockIds.map(
          (id) => BLOCKS.find((block) => block.id === id)?.audiences.includes(audience) ?? false
        );
        const firstMisfit = fits.indexOf(false);
        if (firstMisfit >= 0) expect(fits.slice(firstMisfit).every((fit) => !fit)).toBe(true);
      }
    }
  });

  test("without an audience the review still suggests, and says audience null", () => {
    const review = reviewDocument(draft);
    expect(review.audience).toBeNull();
    expect(review.suggestions.length).toBeGreaterThan(0);
  });
});

describe("advice and language", () => {
  test("a paragraph listing what is organised, without what changes, gets the §4 advice", () => {
    const review = reviewDocument([
      "We organiseren elke week een koffieochtend, een taalcafé en een spelletjesmiddag, en eens per maand een buurtmaaltijd.",
      "Door de koffieochtenden kennen buren elkaar nu en helpen ze elkaar vaker; drie bezoekers organiseren inmiddels zelf de maaltijd.",
    ]);
    expect(review.advice.map((advice) => advice.paragraph)).toEqual([0]);
    expect(review.advice[0].kind).toBe("activities-without-outcomes");
    const text =
      "We organiseren elke week een koffieochtend, een taalcafé en een spelletjesmiddag, en eens per maand een buurtmaaltijd.";
    for (const span of review.advice[0].evidence)
      expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  test("looksDutch tells Dutch from English", () => {
    expect(reviewDocument(draft).looksDutch).toBe(true);
    expect(
      reviewDocument([
        "Our approach builds relationships between residents, and we ask the council for multi-year funding so that the work can continue.",
      ]).looksDutch
    ).toBe(false);
    expect(reviewDocument([]).looksDutch).toBe(true);
  });

  test("the review is plain JSON and the same every time", () => {
    const a = createReviewer().review(draft, { audience: "woningcorporatie" });
    const b = reviewDocument(draft, { audience: "woningcorporatie" });
    expect(JSON.parse(JSON.stringify(a))).toEqual(b);
  });
});

describe("list lines take their point from the heading above them", () => {
  const asks = [
    { text: "Wat we vragen", style: "Heading 1" },
    {
      text: "Gebruik van de lege winkelruimte aan het plein als vaste ontmoetingsplek voor de jongeren.",
      style: "List Paragraph",
    },
    {
      text: "Een eenmalig bedrag om die ruimte te schilderen en in te richten.",
      style: "Lijstalinea",
    },
  ];

  test("under a heading that names the ask, each list line argues it, with its own words as evidence", () => {
    const review = reviewDocument(asks);
    for (const index of [1, 2]) {
      const vraag = review.paragraphs[index].themes.find((theme) => theme.id === "vraag");
      expect(vraag).toBeDefined();
      for (const span of vraag?.evidence ?? [])
        expect(asks[index].text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(review.themes.find((theme) => theme.id === "vraag")?.status).toBe("covered");
  });

  test("the same lines under a neutral heading, or as body text, do not", () => {
    const neutral = reviewDocument([{ text: "Planning", style: "Heading 1" }, ...asks.slice(1)]);
    expect(
      neutral.paragraphs.flatMap((paragraph) => paragraph.themes.map((theme) => theme.id))
    ).not.toContain("vraag");
    const body = reviewDocument([
      asks[0],
      ...asks.slice(1).map(({ text }) => ({ text, style: "Normal" })),
    ]);
    expect(body.paragraphs[2].themes.map((theme) => theme.id)).not.toContain("vraag");
  });
});
