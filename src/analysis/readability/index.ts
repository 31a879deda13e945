/**
 * The Schrijfhulp's engine: how plain the Dutch of a draft is (Flesch-Douma, long sentences,
 * hard words, passives) and how it measures against a form's length limits. Pure TypeScript
 * beside the theme engine; it brings the Dutch hyphenation patterns, so the task pane loads
 * it only when the Schrijfhulp view opens.
 */
export { readabilityOf } from "./readability";
export { fleschDouma, doumaBand, readabilityLevel } from "./flesch-douma";
export { countSyllables } from "./syllables";
export {
  measureLimits,
  countWords,
  countCharacters,
  partUnder,
  sameHeading,
  type LengthLimit,
  type LimitUnit,
  type LimitParagraph,
  type LimitMeasure,
} from "./limits";
export * from "./types";
export { fixesFor, tooShortForScore, type Fix } from "./fixes";
