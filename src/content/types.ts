/**
 * The shapes of the report's knowledge. The data itself lives beside this file; a zod schema
 * (content/schema.ts) checks it in the tests, so the bundle carries only plain data.
 */

/** The contract ids of ../shared/design/themes.md; the engine, UI, tests and eval share them. */
export const THEME_IDS = [
  "relaties",
  "bewonersregie",
  "kleine-stappen",
  "tijd-continuiteit",
  "onzichtbaar-werk",
  "maatschappelijke-waarde",
  "beleidsdoelen",
  "resultaten",
  "vraag",
  "talenten",
  "onderbouwing",
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const AUDIENCES = ["gemeente", "ministerie", "fonds", "woningcorporatie"] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface LocalizedText {
  nl: string;
  en: string;
}

/** Words of the report, exactly as the seed has them, and the section they stand in. */
export interface ReportQuote {
  text: string;
  /** E.g. "§2 Relaties zijn geen bijzaak". */
  section: string;
}

/**
 * Typography: the texts written for the pane (labels, `why`, `tip`, `stronger`, the UI strings)
 * and `reportQuote.text` use curly quotes and apostrophes (‘ ’ “ ” ’); a test scans them for
 * straight ones. Block texts are the one exception: they keep the seed's words with its
 * typographic quotes normalised to none (see ArgumentBlock.text), because that text is what goes
 * into the user's document and what a later review recognises as a report block.
 */
export interface Theme {
  id: ThemeId;
  label: LocalizedText;
  /** One plain sentence, written for the pane, on why the theme counts with a recipient. */
  why: LocalizedText;
  /** The report's own words for the theme, shown apart from ours as a quote with its section. */
  reportQuote: ReportQuote;
  /** What to do: one imperative sentence, written for the pane. */
  tip: LocalizedText;
  /** What a weak mention of the theme still lacks, for the "Zwak" explanation. */
  stronger: LocalizedText;
  /** The seed section(s) the theme comes from, e.g. "§2 Relaties zijn geen bijzaak". */
  sections: string[];
}

export interface AudienceInfo {
  id: Audience;
  label: LocalizedText;
  /** Themes this audience weighs most: a ranking hint for suggestions, never a filter. */
  emphasis: ThemeId[];
}

/**
 * A span of a block's text the user may replace with their own words. The unfilled block is
 * always the report's exact text; `original` must occur in it.
 */
export interface Placeholder {
  key: string;
  label: LocalizedText;
  original: string;
}

export interface ArgumentBlock {
  id: string;
  /** Exact text from the seed (typographic quotes normalised to none). */
  text: string;
  themes: ThemeId[];
  /** Audiences the block suits best (all four when the seed addresses everyone). */
  audiences: Audience[];
  /** The seed section it is quoted from, e.g. "§3 Continuïteit is nodig". */
  section: string;
  placeholders: Placeholder[];
}

/**
 * A block the user wrote, kept in their own library beside the report's blocks. It has the same
 * placeholder model but no report section: it is never attributed to the report.
 */
export interface OwnBlock {
  id: string;
  title: string;
  /**
   * One or more paragraphs, separated by a single "\n" (no empty ones; see ownBlockParagraphs in
   * src/own-blocks/own-block.ts); each placeholder's `original` occurs exactly once, inside one.
   */
  text: string;
  themes: ThemeId[];
  audiences: Audience[];
  placeholders: Placeholder[];
}

/** Either kind of block: the report's (it has a `section`) or the user's own. */
export type AnyBlock = ArgumentBlock | OwnBlock;
