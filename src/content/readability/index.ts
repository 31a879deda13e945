/** What the Schrijfhulp knows of plain Dutch: Douma's bands, the word list, passive forms. */
export * from "./levels";
export { PLAIN_WORDS, type PlainWord } from "./plain-words";
export {
  WORDEN_FORMS,
  ZIJN_FORMS,
  SEPARABLE_PARTS,
  PARTICIPLE_PREFIXES,
  STRONG_PARTICIPLES,
  ACTIVE_WITH_ZIJN,
  NOT_PARTICIPLES,
} from "./passive";
export { SYLLABLE_EXCEPTIONS } from "./syllable-exceptions";
