/** Small closed word classes of Dutch the engine reasons with. */

/** Words that deny what follows them in the clause. */
export const NEGATORS: readonly string[] = ["geen", "niet", "nooit", "niets", "niks", "nergens", "noch", "nimmer"];

/**
 * Words after a negator that turn it into a contrast or a condition, which still argues:
 * "niet alleen activiteiten, maar ook relaties", "niet zonder", "geen bijzaak".
 */
export const NEGATION_RELEASES: readonly string[] = ["alleen", "enkel", "slechts", "zonder", "pas", "meer", "bijzaak", "kwestie", "vanzelfsprekend", "vanzelf"];

/** "zonder X" states what is needed; "als de subsidie stopt" states the risk. Never a denial. */
export const NEED_MARKERS: readonly string[] = ["zonder", "tenzij"];

/** Words that end a negation's reach inside a sentence. */
export const CLAUSE_WORDS: readonly string[] = ["maar", "want", "omdat", "dus", "en", "terwijl", "zodat", "doordat", "daardoor", "toch"];

/**
 * Frequent Dutch function words: the share of them in a text is a cheap, dependable sign
 * that it is Dutch (English, German or French text scores far lower).
 */
export const DUTCH_FUNCTION_WORDS: readonly string[] = [
  "de", "het", "een", "en", "van", "in", "is", "op", "te", "dat", "die", "voor", "met", "zijn",
  "er", "niet", "aan", "om", "ook", "als", "bij", "of", "naar", "maar", "wat", "wij", "we",
  "ze", "zij", "hij", "ik", "je", "uit", "door", "over", "nog", "wordt", "worden", "kan",
  "heeft", "hebben", "meer", "dan", "geen", "deze", "dit", "zo", "al", "onze", "ons", "hun",
  "tot", "veel", "wel", "werd", "waar", "elkaar", "omdat", "zich", "mensen", "nu", "bewoners",
];

/** Function words carry no theme; the model ignores them as features. */
export const STOPWORDS: readonly string[] = [
  "de", "het", "een", "en", "van", "in", "is", "op", "te", "dat", "die", "voor", "met", "zijn",
  "er", "aan", "om", "ook", "als", "bij", "of", "naar", "wat", "ze", "zij", "hij", "ik", "je",
  "uit", "door", "over", "nog", "wordt", "worden", "kan", "heeft", "hebben", "dan", "deze",
  "dit", "zo", "al", "hun", "tot", "wel", "werd", "waar", "zich", "was", "had", "hadden",
  "waren", "hem", "haar", "mijn", "u", "uw", "jullie", "men", "want", "dus", "toch", "daar",
  "hier", "wie", "welke", "wanneer", "hoe", "zou", "zouden", "moet", "moeten", "kunnen", "zal",
  "zullen", "wil", "willen", "mag", "mogen", "doen", "doet", "gaat", "gaan", "komt", "komen",
  "s", "t", "zo'n", "n", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
];
