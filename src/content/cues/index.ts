export { THEME_CUES, ACTIVITY_WORDS, type CueEntry } from "./themes";
export { FORM_ALIASES, COMPOUND_PARTS, COMPOUND_EXCLUSIONS } from "./forms";
export {
  NEGATORS,
  NEGATION_RELEASES,
  NEED_MARKERS,
  CLAUSE_WORDS,
  DUTCH_FUNCTION_WORDS,
  STOPWORDS,
} from "./language";
