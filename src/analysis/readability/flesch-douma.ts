/**
 * The Flesch-Douma score and what it means: Douma's band and the level word the pane shows.
 */
import { DOUMA_BANDS, type DoumaBand, type ReadabilityLevel } from "../../content/readability";

/** 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words), to one decimal; 0 words: 0. */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words <= 0 || sentences <= 0) return 0;
  const score = 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
  return Math.round(score * 10) / 10;
}

/** Douma's band for a score (scores above 100 or below 0 fall in the outer bands). */
export function doumaBand(score: number): DoumaBand {
  let band = DOUMA_BANDS[0];
  for (const candidate of DOUMA_BANDS) if (score >= candidate.min) band = candidate;
  return band;
}

export function readabilityLevel(score: number): ReadabilityLevel {
  return doumaBand(score).level;
}
