/**
 * The user's own blocks, recognised where the draft holds them: by the same rule as the
 * report's blocks (placeholders filled with anything, spacing, quote style and a final full
 * stop aside), marked as the user's and never as the report's, and not suggested again.
 */
import { createReviewer, reviewDocument } from "../../src/analysis";
import { workCounter } from "../../src/analysis/stems";
import { BLOCKS, fillBlock } from "../../src/content";
import type { OwnBlock } from "../../src/content/types";

const KOFFIE: OwnBlock = {
  id: "eigen-koffie",
  title: "Koffie in de buurtkamer",
  text: "Elke week schuiven bewoners van [naam buurt] aan voor 'onze' koffieochtend, en zo raken buren die elkaar nooit spraken met elkaar aan de praat",
  themes: ["relaties", "kleine-stappen"],
  audiences: ["fonds"],
  placeholders: [
    { key: "naam-buurt", label: { nl: "naam buurt", en: "naam buurt" }, original: "[naam buurt]" },
  ],
};

const OPENING = "Wij zijn een buurtinitiatief in het noorden van de stad.";

const filled = fillBlock(KOFFIE, { "naam-buurt": "de Vogelbuurt en omstreken" });

function verdicts(text: string, ownBlocks: readonly OwnBlock[] = [KOFFIE]) {
  return reviewDocument([OPENING, text], { ownBlocks }).paragraphs[1].themes;
}

describe("an own block in the draft", () => {
  test("argues its themes with its placeholder filled, marked as the user's, its span the evidence", () => {
    const text = `Zo begon het. ${filled}. Daarna volgde meer.`;
    const themes = verdicts(text);
    const start = text.indexOf("Elke week");
    const end = text.indexOf("praat") + "praat.".length;
    for (const id of KOFFIE.themes) {
      const verdict = themes.find((theme) => theme.id === id);
      expect(verdict?.fromOwnBlock).toEqual({ block: KOFFIE.id, title: KOFFIE.title });
      expect(verdict?.fromReport).toBeUndefined();
      expect(verdict?.sentence).toEqual({ start, end, text: text.slice(start, end) });
      expect(verdict?.evidence).toEqual([{ start, end, text: text.slice(start, end) }]);
    }
  });

  test("is recognised with other spacing, curly quotes and the full stop the insert adds", () => {
    const text = `${filled.replace(/ /g, "  ").replace(/'/g, "’").replace("onze’", "onze‘")}.`;
    expect(text).not.toContain("'");
    const relaties = verdicts(text).find((theme) => theme.id === "relaties");
    expect(relaties?.fromOwnBlock?.block).toBe(KOFFIE.id);
  });

  test("is not recognised once the user changed its fixed words", () => {
    const rewritten = filled.replace("schuiven", "komen");
    expect(verdicts(rewritten).some((theme) => theme.fromOwnBlock)).toBe(false);
    // Not even a word the user put in the placeholder's stead alone.
    expect(verdicts("de Vogelbuurt en omstreken").some((theme) => theme.fromOwnBlock)).toBe(false);
  });

  test("is not recognised in a heading, which argues nothing", () => {
    const review = reviewDocument([{ text: filled, style: "Heading 2" }], { ownBlocks: [KOFFIE] });
    expect(review.paragraphs[0].themes).toEqual([]);
  });

  test("is no longer suggested once it stands in the draft, even where its theme is still weak", () => {
    const before = reviewDocument([OPENING], { ownBlocks: [KOFFIE] });
    const offered = (review: typeof before) =>
      review.suggestions.filter((s) => s.ownBlockIds?.includes(KOFFIE.id)).map((s) => s.themeId);
    expect(offered(before)).toEqual(expect.arrayContaining(KOFFIE.themes));

    const inBody = reviewDocument([OPENING, filled], { ownBlocks: [KOFFIE] });
    for (const id of KOFFIE.themes)
      expect(inBody.themes.find((theme) => theme.id === id)?.status).toBe("covered");
    expect(offered(inBody)).toEqual([]);

    // As a quotation it argues its themes only weakly: the themes stay open, the block is in.
    const quoted = reviewDocument([OPENING, { text: filled, style: "Quote" }], {
      ownBlocks: [KOFFIE],
    });
    expect(quoted.themes.find((theme) => theme.id === "relaties")?.status).toBe("weak");
    expect(quoted.suggestions.find((s) => s.themeId === "relaties")).toBeDefined();
    expect(offered(quoted)).toEqual([]);
  });

  test("built around a report block is the user's; a word-for-word copy of one stays the report's", () => {
    const report = BLOCKS.find((block) => block.id === "relaties-basis");
    if (!report) throw new Error("block relaties-basis is gone");
    const around: OwnBlock = {
      ...KOFFIE,
      id: "eigen-rond-rapport",
      title: "Ons verhaal over relaties",
      text: `${report.text} In de Vogelbuurt zien we dat elke dinsdag opnieuw.`,
      themes: ["relaties"],
      placeholders: [],
    };
    const copy: OwnBlock = { ...around, id: "eigen-kopie", title: "Kopie", text: report.text };

    const aroundVerdict = verdicts(around.text, [around]).find((t) => t.id === "relaties");
    expect(aroundVerdict?.fromOwnBlock?.block).toBe(around.id);
    expect(aroundVerdict?.fromReport).toBeUndefined();

    const copyVerdict = verdicts(copy.text, [copy]).find((t) => t.id === "relaties");
    expect(copyVerdict?.fromReport?.block).toBe(report.id);
    expect(copyVerdict?.fromOwnBlock).toBeUndefined();

    // Either way the report block stands in the draft and is not offered again.
    for (const own of [around, copy]) {
      const review = reviewDocument([OPENING, { text: own.text, style: "Quote" }], {
        ownBlocks: [own],
      });
      for (const suggestion of review.suggestions)
        expect(suggestion.blockIds).not.toContain(report.id);
    }
  });

  test("never carries fromReport beside fromOwnBlock, whatever the draft", () => {
    const review = reviewDocument(
      [OPENING, filled, ...BLOCKS.map((block) => `${filled} ${block.text}`)],
      { ownBlocks: [KOFFIE] }
    );
    const own = review.paragraphs.flatMap((p) => p.themes).filter((t) => t.fromOwnBlock);
    expect(own.length).toBeGreaterThan(0);
    for (const theme of own) expect(theme.fromReport).toBeUndefined();
  });
});

describe("an own block of several paragraphs", () => {
  const TWO: OwnBlock = {
    id: "eigen-twee",
    title: "Twee alinea’s",
    text: "Ons werk in [naam buurt] draait om bewoners die elkaar leren kennen.\nWij vragen daarom drie jaar steun voor een opbouwwerker in de wijk.\nMet vriendelijke groet,",
    themes: ["relaties", "vraag"],
    audiences: ["gemeente"],
    placeholders: [
      {
        key: "naam-buurt",
        label: { nl: "naam buurt", en: "naam buurt" },
        original: "[naam buurt]",
      },
    ],
  };
  const [first, second, closing] = fillBlock(TWO, { "naam-buurt": "Oost" }).split("\n");

  test("is recognised part by part, each paragraph that holds a part carrying it", () => {
    const review = reviewDocument([OPENING, first, "Iets anders tussendoor.", second], {
      ownBlocks: [TWO],
    });
    for (const index of [1, 3]) {
      const themes = review.paragraphs[index].themes.filter((t) => t.fromOwnBlock);
      expect(themes.map((t) => t.id).sort()).toEqual(["relaties", "vraag"]);
      expect(themes[0].sentence.text).toBe(review.paragraphs[index].themes[0].sentence.text);
    }
    expect(review.paragraphs[2].themes.some((t) => t.fromOwnBlock)).toBe(false);
    expect(review.suggestions.some((s) => s.ownBlockIds?.includes(TWO.id))).toBe(false);
  });

  test("one part alone is enough; a part of a few words (a greeting) is never taken for the block", () => {
    const alone = reviewDocument([OPENING, second], { ownBlocks: [TWO] });
    expect(alone.paragraphs[1].themes.some((t) => t.fromOwnBlock?.block === TWO.id)).toBe(true);
    const greeting = reviewDocument([OPENING, closing, "Met vriendelijke groet, Jan"], {
      ownBlocks: [TWO],
    });
    expect(greeting.paragraphs.flatMap((p) => p.themes).some((t) => t.fromOwnBlock)).toBe(false);
  });
});

describe("the reviewer's cache and the own blocks", () => {
  const draft = [OPENING, filled, "Wij vragen het fonds drie jaar steun voor een opbouwwerker."];

  test("a change to the own blocks is seen at once, without judging any paragraph again", () => {
    const reviewer = createReviewer();
    const plain = reviewer.review(draft);
    expect(plain.paragraphs[1].themes.some((t) => t.fromOwnBlock)).toBe(false);
    const before = workCounter.paragraphs;

    const withBlock = reviewer.review(draft, { ownBlocks: [KOFFIE] });
    expect(withBlock.paragraphs[1].themes.some((t) => t.fromOwnBlock)).toBe(true);

    // The user edits the block's words: the draft no longer holds it.
    const edited = { ...KOFFIE, text: KOFFIE.text.replace("schuiven", "komen") };
    const afterEdit = reviewer.review(draft, { ownBlocks: [edited] });
    expect(afterEdit.paragraphs[1].themes.some((t) => t.fromOwnBlock)).toBe(false);
    expect(afterEdit.suggestions.some((s) => s.ownBlockIds?.includes(KOFFIE.id))).toBe(true);

    // Renamed: the mark carries the new title.
    const renamed = { ...KOFFIE, title: "Onze koffie" };
    const afterRename = reviewer.review(draft, { ownBlocks: [renamed] });
    expect(afterRename.paragraphs[1].themes.find((t) => t.fromOwnBlock)?.fromOwnBlock?.title).toBe(
      "Onze koffie"
    );

    // Without own blocks again, the review is exactly the first one: the cache was not changed.
    expect(reviewer.review(draft)).toEqual(plain);
    expect(workCounter.paragraphs).toBe(before);
  });

  test("with the same blocks, a paragraph typed into holding one is seen, and new themes count", () => {
    const reviewer = createReviewer();
    const before = [OPENING, "Hier komt straks ons blok.", draft[2]];
    expect(
      reviewer
        .review(before, { ownBlocks: [KOFFIE] })
        .paragraphs[1].themes.some((t) => t.fromOwnBlock)
    ).toBe(false);
    const typed = reviewer.review([OPENING, filled, draft[2]], { ownBlocks: [KOFFIE] });
    expect(typed.paragraphs[1].themes.some((t) => t.fromOwnBlock)).toBe(true);
    // Same words, other themes: the verdicts follow the block as it is now.
    const rethemed = { ...KOFFIE, themes: ["talenten" as const] };
    const after = reviewer.review([OPENING, filled, draft[2]], { ownBlocks: [rethemed] });
    expect(after.paragraphs[1].themes.filter((t) => t.fromOwnBlock).map((t) => t.id)).toEqual([
      "talenten",
    ]);
  });

  test("a caller editing the review cannot corrupt what the next review credits", () => {
    const reviewer = createReviewer();
    const first = reviewer.review(draft, { ownBlocks: [KOFFIE] });
    const verdict = first.paragraphs[1].themes.find((t) => t.fromOwnBlock);
    if (!verdict?.fromOwnBlock) throw new Error("not recognised");
    verdict.fromOwnBlock.title = "kapot";
    verdict.sentence.start = -1;
    const again = reviewer.review(draft, { ownBlocks: [KOFFIE] });
    expect(again).toEqual(reviewDocument(draft, { ownBlocks: [KOFFIE] }));
  });
});
