/**
 * The package's Node entry (built to lib/index.js): the same engine and content the task pane
 * uses, for scripts and other tools. The review's field names are a public contract.
 */
export { reviewDocument, createReviewer, type Reviewer } from "./analysis";
export type * from "./analysis/types";
export { readabilityOf, measureLimits, fixesFor } from "./analysis/readability";
export type {
  Readability,
  DraftReadability,
  ParagraphReadability,
  ReadabilityCounts,
  ReadabilityLevel,
  ReadabilityOptions,
  HardWord,
  TextSpan,
  Fix,
  LengthLimit,
  LimitMeasure,
  LimitParagraph,
  LimitUnit,
} from "./analysis/readability";
export {
  THEMES,
  BLOCKS,
  AUDIENCES_INFO,
  THEME_IDS,
  AUDIENCES,
  themeById,
  blockById,
  audienceById,
  blocksForTheme,
} from "./content";
export type {
  ThemeId,
  Audience,
  Theme,
  ArgumentBlock,
  Placeholder,
  AudienceInfo,
  LocalizedText,
} from "./content";
