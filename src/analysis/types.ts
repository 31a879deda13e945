/**
 * The review: the engine's plain, JSON-serialisable answer. Field names are a public contract
 * (the CLI's --json output and other tools read them).
 */
import type { Audience, OwnBlock, ThemeId } from "../content/types";

/** What the document port or the CLI hands the engine for one paragraph. */
export type ParagraphInput = string | { text: string; style?: string };

export interface ReviewOptions {
  audience?: Audience;
  /**
   * The user's own blocks: suggested for their themes beside the report's, and recognised where
   * the draft already holds one (then it argues its themes and is not suggested again).
   */
  ownBlocks?: readonly OwnBlock[];
}

/** A stretch of a paragraph's text; `text === paragraph.slice(start, end)`. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface ParagraphTheme {
  id: ThemeId;
  /** How likely the paragraph argues the theme, as held-out text bore out (0–1). */
  score: number;
  /** The decisive phrases, all inside `sentence`. */
  evidence: Evidence[];
  /** The sentence (or run of short sentences) that carries the theme. */
  sentence: Evidence;
  /** Set when the argument is one of the report's own blocks, standing in the paragraph. */
  fromReport?: { block: string; section: string };
  /**
   * Set when the argument is one of the user's own blocks (ReviewOptions.ownBlocks), standing in
   * the paragraph; never set together with `fromReport`.
   */
  fromOwnBlock?: { block: string; title: string };
}

export interface ParagraphReview {
  index: number;
  /** Exactly the themes this paragraph argues (the verdict, not every faint signal). */
  themes: ParagraphTheme[];
}

export type ThemeStatus = "covered" | "weak" | "missing";

/**
 * Why a theme touched by one paragraph is only weak: the paragraph says it in passing (the words
 * are there, the argument is not firm), or not in the applicant's own words: a short list line
 * or heading, or a quotation.
 */
export type Weakness = "faint" | "short-line" | "quotation";

export interface ThemeReview {
  id: ThemeId;
  status: ThemeStatus;
  /** Indexes of the paragraphs that argue the theme, strongest first. */
  paragraphs: number[];
  /** Set when the status is weak. */
  weakness?: Weakness;
}

export interface Suggestion {
  themeId: ThemeId;
  /** Block ids, best fit for the audience first. */
  blockIds: string[];
  /** The user's own blocks for this theme (ReviewOptions.ownBlocks), best fit first; never the report's. */
  ownBlockIds?: string[];
}

/** §4 of the seed: "Zeg niet alleen wat je organiseert, maar ook wat het oplevert." */
export interface ActivitiesWithoutOutcomesAdvice {
  kind: "activities-without-outcomes";
  paragraph: number;
  /** The activity words that triggered the advice. */
  evidence: Evidence[];
}

export type Advice = ActivitiesWithoutOutcomesAdvice;

export interface Review {
  audience: Audience | null;
  paragraphs: ParagraphReview[];
  themes: ThemeReview[];
  suggestions: Suggestion[];
  advice: Advice[];
  /** False when the text does not read as Dutch; the review still runs. */
  looksDutch: boolean;
}
