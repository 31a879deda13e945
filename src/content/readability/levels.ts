/**
 * How readable a Dutch text is, by the Flesch-Douma score (W.H. Douma, 1960: Flesch's
 * formula fitted to Dutch word and sentence lengths). `bands` is Douma's own table of scores,
 * with his words; `level` is what the pane says to a volunteer: the three words group Douma's
 * bands around taalniveau B1, which the texts of Dutch public bodies are asked to meet.
 */
export type ReadabilityLevel = "makkelijk" | "gemiddeld" | "moeilijk";

export interface DoumaBand {
  /** The band holds scores from `min` up to the next band's `min`. */
  min: number;
  /** Douma's word for the band. */
  label: string;
  /** The schooling Douma's table gives for it (1960s Dutch school types). */
  schooling: string;
  level: ReadabilityLevel;
}

/** Douma's norm table, hardest first: 0–30, 30–45, 45–60, 60–70, 70–80, 80–90, 90–100. */
export const DOUMA_BANDS: readonly DoumaBand[] = [
  { min: -Infinity, label: "zeer moeilijk", schooling: "universiteit", level: "moeilijk" },
  { min: 30, label: "moeilijk", schooling: "hbs", level: "moeilijk" },
  { min: 45, label: "tamelijk moeilijk", schooling: "mulo", level: "gemiddeld" },
  { min: 60, label: "normaal", schooling: "7e klas lagere school", level: "makkelijk" },
  {
    min: 70,
    label: "tamelijk gemakkelijk",
    schooling: "6e/7e klas lagere school",
    level: "makkelijk",
  },
  { min: 80, label: "gemakkelijk", schooling: "5e klas lagere school", level: "makkelijk" },
  { min: 90, label: "zeer gemakkelijk", schooling: "4e klas lagere school", level: "makkelijk" },
];

/**
 * The score from which a text reads at about B1 (the level about 80 % of Dutch adults read
 * with ease): Douma's "normaal", the level of the end of primary school.
 */
export const B1_TARGET_SCORE = 60;

/** Sentences with more words than this are pointed out (the usual B1 advice). */
export const LONG_SENTENCE_WORDS = 20;

/**
 * A word this long, in letters or syllables, is pointed out as hard to read unless it is one
 * of the report's own words: "ondersteuningsbehoefte", "gemeenteraadsverkiezingen".
 */
export const LONG_WORD_LETTERS = 20;
export const LONG_WORD_SYLLABLES = 7;

/** Below this many words a paragraph's score says little (Flesch measured 100-word samples). */
export const SHORT_FOR_SCORE_WORDS = 25;
