/**
 * The readability review: plain, JSON-serialisable, a public contract like the theme review
 * (the CLI's --json prints it as `readability`). Offsets point into each paragraph's own text.
 */
import type { ReadabilityLevel } from "../../content/readability";

export type { ReadabilityLevel };

/** Characters [start, end) of the paragraph; `text === paragraph.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface HardWord extends TextSpan {
  /** A plainer way to say it, when the word list has one; long compounds have none. */
  suggestion?: string;
}

/** Words, sentences and syllables of a stretch of text, with its Flesch-Douma score. */
export interface ReadabilityCounts {
  words: number;
  sentences: number;
  syllables: number;
  /** 206.835 − 0.93 × words/sentences − 77 × syllables/words, rounded to one decimal. */
  fleschDouma: number;
}

export interface DraftReadability extends ReadabilityCounts {
  level: ReadabilityLevel;
}

export interface ParagraphReadability extends ReadabilityCounts {
  index: number;
  /** Sentences with more words than the limit (20 unless asked otherwise). */
  longSentences: TextSpan[];
  hardWords: HardWord[];
  passives: TextSpan[];
}

export interface Readability {
  /** Null when the draft has no words at all. */
  draft: DraftReadability | null;
  /** Every paragraph with words, in document order. */
  paragraphs: ParagraphReadability[];
}

export interface ReadabilityOptions {
  /** A sentence with more words than this is long. */
  longSentenceWords?: number;
}
