/**
 * The texts written for the pane read as the pane's own: a "why" is one plain, whole sentence that
 * does not start mid-argument or speak for the user's project; a tip says what to do; everything
 * is there in English; and one typography (curly quotes and apostrophes) runs through every UI
 * string and product text. Block texts are exempt: they keep the seed's words with straight
 * quotes (content/types.ts says why).
 */
import { AUDIENCES_INFO, BLOCKS, THEMES } from "../../src/content";
import { stringsFor } from "../../src/taskpane/strings";
import { coreMessageFormStrings } from "../../src/taskpane/strings/core-message-form";
import { ownLibraryStrings } from "../../src/taskpane/strings/own-library";
import { infoStrings } from "../../src/taskpane/strings/info";
import { writingHelpStrings } from "../../src/taskpane/strings/writing-help";

/** The tables that load with a lazy view's chunk, apart from the pane's (strings/index.ts). */
const VIEW_TABLES = {
  ownLibrary: ownLibraryStrings,
  coreMessageForm: coreMessageFormStrings,
  info: infoStrings,
  writingHelp: writingHelpStrings,
};

/** Openings that continue an argument made elsewhere ("Kort gezegd: …", "Daarmee …"). */
const MID_ARGUMENT =
  /^(kort gezegd|daarmee|daardoor|dat betekent|dat |dit |maar |en |ook |want |dus |in short|that |this |but |and |so |also )/i;
/** The voice of an applicant speaking of their own project, which the pane cannot know. */
const SPEAKS_FOR_THE_USER = /\b(jullie|onze?|wij|we|our|we're|we’re)\b/i;

/** The verbs the tips start with: each asks the writer to do something. */
const IMPERATIVE = {
  nl: ["Beschrijf", "Vertel", "Laat", "Leg", "Noem", "Schrijf", "Zoek", "Zeg", "Geef", "Maak"],
  en: [
    "Describe",
    "Tell",
    "Show",
    "Explain",
    "Name",
    "Write",
    "Look",
    "Mention",
    "Say",
    "Give",
    "Make",
  ],
};

const LANGUAGES = ["nl", "en"] as const;

describe("the texts written for the pane", () => {
  it("gives every theme a why that is one plain, whole sentence of its own", () => {
    const wrong = THEMES.flatMap((theme) =>
      LANGUAGES.flatMap((language) => {
        const why = theme.why[language];
        const problems = [
          MID_ARGUMENT.test(why) && "starts mid-argument",
          SPEAKS_FOR_THE_USER.test(why) && "speaks for the user's project",
          !/^\p{Lu}/u.test(why) && "no capital",
          !why.endsWith(".") && "no full stop",
          // One sentence: no full stop, question or exclamation mark before the end.
          /[.!?]\s/.test(why) && "more than one sentence",
          // One line under the theme's name at the pane's width, give or take a wrap.
          why.length > 110 && "too long",
        ].filter(Boolean);
        return problems.length ? [{ id: theme.id, language, why, problems }] : [];
      })
    );
    expect(wrong).toEqual([]);
  });

  it("catches the fragments the checks above are for", () => {
    for (const fragment of [
      "Kort gezegd: jullie werk zorgt ervoor dat mensen elkaar leren kennen.",
      "Daarmee zijn sociale initiatieven geen extraatje in de buurt.",
      "Dat betekent dat we bewoners met elkaar verbinden.",
      "In short: your work makes people get to know each other.",
    ])
      expect(MID_ARGUMENT.test(fragment)).toBe(true);
    expect(SPEAKS_FOR_THE_USER.test("Jullie aanpak sluit daar direct op aan.")).toBe(true);
    expect(SPEAKS_FOR_THE_USER.test("Your approach connects directly to that.")).toBe(false);
  });

  it("gives every theme a tip that says what to do, not a heading that repeats the theme", () => {
    const wrong = THEMES.flatMap((theme) =>
      LANGUAGES.flatMap((language) => {
        const tip = theme.tip[language];
        const headings = theme.sections.map((section) => section.replace(/^§\d /, ""));
        const problems = [
          !IMPERATIVE[language].includes(tip.split(" ")[0]) && "does not start with a verb",
          !tip.endsWith(".") && "no full stop",
          tip.toLowerCase().includes(theme.label[language].toLowerCase()) && "repeats the label",
          headings.includes(tip) && "is a heading of the report",
        ].filter(Boolean);
        return problems.length ? [{ id: theme.id, language, tip, problems }] : [];
      })
    );
    expect(wrong).toEqual([]);
  });

  it("has an English text for every Dutch one, and it is not the Dutch", () => {
    for (const theme of THEMES) {
      for (const field of ["label", "why", "tip", "stronger"] as const) {
        const text = theme[field];
        expect({ id: theme.id, field, same: text.en.trim() === text.nl.trim() }).toEqual({
          id: theme.id,
          field,
          same: false,
        });
      }
    }
  });
});

/** Every text of the product that is not a quote of a block: UI strings and content. */
function productTexts(): Array<{ where: string; text: string }> {
  const texts: Array<{ where: string; text: string }> = [];
  for (const language of LANGUAGES) {
    for (const [key, text] of Object.entries(stringsFor(language)))
      texts.push({ where: `strings.${language}.${key}`, text });
    for (const [view, table] of Object.entries(VIEW_TABLES))
      for (const [key, text] of Object.entries(table[language]))
        texts.push({ where: `${view}.${language}.${key}`, text });
    for (const theme of THEMES) {
      for (const field of ["label", "why", "tip", "stronger"] as const)
        texts.push({ where: `${theme.id}.${field}.${language}`, text: theme[field][language] });
    }
    for (const info of AUDIENCES_INFO)
      texts.push({ where: `audience.${info.id}.${language}`, text: info.label[language] });
    for (const block of BLOCKS) {
      for (const placeholder of block.placeholders)
        texts.push({
          where: `${block.id}.${placeholder.key}.${language}`,
          text: placeholder.label[language],
        });
    }
  }
  for (const theme of THEMES)
    texts.push({ where: `${theme.id}.reportQuote`, text: theme.reportQuote.text });
  return texts;
}

describe("one typography", () => {
  it("uses curly quotes and apostrophes in every UI string and product text", () => {
    const straight = productTexts().filter(({ text }) => /['"]/.test(text));
    expect(straight).toEqual([]);
  });

  it("scans the pane's strings, so the check above cannot pass on nothing", () => {
    const texts = productTexts();
    expect(texts.some(({ where }) => where === "strings.nl.overviewScore")).toBe(true);
    expect(texts.find(({ where }) => where === "strings.nl.overviewScore")?.text).toContain(
      "thema’s"
    );
    expect(texts.length).toBeGreaterThan(300);
  });

  it("scans the tables that load with a view's chunk too", () => {
    const texts = productTexts();
    expect(texts.find(({ where }) => where === "ownLibrary.nl.editorThemes")?.text).toBe("Thema’s");
    expect(texts.some(({ where }) => where === "coreMessageForm.en.coreEditedNote")).toBe(true);
    expect(texts.find(({ where }) => where === "writingHelp.nl.fixPassive")?.text).toBe(
      "‘{text}’: zeg wie het doet."
    );
  });

  it("gives a view's own table no key of the pane's, so joining them hides nothing", () => {
    for (const language of LANGUAGES) {
      const pane = Object.keys(stringsFor(language));
      for (const table of Object.values(VIEW_TABLES))
        expect(Object.keys(table[language]).filter((key) => pane.includes(key))).toEqual([]);
    }
  });

  it("leaves block texts as the seed's words with straight quotes, as content/types.ts says", () => {
    expect(BLOCKS.filter((block) => /[\u2018\u2019\u201c\u201d]/.test(block.text))).toEqual([]);
  });
});
