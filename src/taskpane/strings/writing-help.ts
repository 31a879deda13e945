/**
 * Strings of the Schrijfhulp view (the chunk `schrijfhulp`): the draft's level, what to fix per
 * paragraph, the length limits. They load with that chunk, not with the pane. Same keys in nl and
 * en; `{name}` is filled in with `formatString`.
 */
import { useStringTable, withPaneStrings, type StringTable } from ".";

const nl = {
  writingChangesNothing: "De Schrijfhulp wijst aan; ze verandert niets in je document.",
  levelHeading: "Hoe leesbaar is je tekst?",
  levelMakkelijk: "makkelijk",
  levelGemiddeld: "gemiddeld",
  levelMoeilijk: "moeilijk",
  levelLine: "Je tekst is {level} om te lezen.",
  levelScore: "Flesch-Douma {score}. Doel voor taalniveau B1: {target} of hoger.",
  levelB1Met: "Dat is taalniveau B1: de meeste mensen lezen dit zonder moeite.",
  levelB1NotMet:
    "Voor taalniveau B1 moet het eenvoudiger. Kortere zinnen en gewone woorden helpen het meest.",
  levelCounts: "{words} woorden in {sentences} zinnen, gemiddeld {perSentence} woorden per zin.",
  levelNoWords: "Je tekst heeft nog geen zinnen om te meten.",
  fixHeading: "Wat je per alinea eerst verbetert",
  fixNone: "Geen lange zinnen, moeilijke woorden of lijdende vormen gevonden. Mooi!",
  fixParagraph: "Alinea {n}",
  fixScore: "{level}, score {score}",
  fixTooShort: "te kort voor een betrouwbare score",
  fixLongSentence: "Zin van {words} woorden: knip hem in tweeën.",
  fixPlainWord: "‘{word}’: zeg liever {plain}.",
  fixPassive: "‘{text}’: zeg wie het doet.",
  fixLongWord: "‘{word}’: lang woord. Splits het of zeg het anders.",
  fixMore: "En nog {n} andere punten in deze alinea.",
  limitsHeading: "Lengte volgens het formulier",
  limitsIntro:
    "Noemt het aanvraagformulier een grens? Stel hem hier in. Tekens tellen met spaties, zoals formulieren dat doen.",
  limitWholeDraft: "Hele tekst",
  limitUnder: "Onder ‘{heading}’",
  limitMeter: "{count} van {max} {unit}",
  limitOver: "{over} {unit} te veel",
  limitLeft: "Nog {left} {unit} over",
  limitHeadingGone: "De kop ‘{heading}’ staat niet meer in je tekst.",
  unitWords: "woorden",
  unitCharacters: "tekens",
  limitMaxLabel: "Hoogstens",
  limitUnitLabel: "Tellen in",
  limitPartLabel: "Voor",
  limitAdd: "Grens toevoegen",
  limitRemove: "Verwijderen",
  limitRemoveLabel: "Grens voor {part} verwijderen",
  limitBadNumber: "Vul een heel getal in, groter dan 0.",
  limitAdded: "Grens toegevoegd: {part}, hoogstens {max} {unit}.",
  limitRemoved: "Grens voor {part} verwijderd.",
};

export const writingHelpStrings: StringTable<typeof nl> = {
  nl,
  en: {
    writingChangesNothing: "Writing help points things out; it changes nothing in your document.",
    levelHeading: "How readable is your text?",
    levelMakkelijk: "easy",
    levelGemiddeld: "average",
    levelMoeilijk: "hard",
    levelLine: "Your text is {level} to read.",
    levelScore: "Flesch-Douma {score}. Target for language level B1: {target} or higher.",
    levelB1Met: "That is language level B1: most people read it without effort.",
    levelB1NotMet:
      "For language level B1 it needs to be simpler. Shorter sentences and everyday words help most.",
    levelCounts:
      "{words} words in {sentences} sentences, {perSentence} words per sentence on average.",
    levelNoWords: "Your text has no sentences to measure yet.",
    fixHeading: "What to improve first, paragraph by paragraph",
    fixNone: "No long sentences, hard words or passives found. Well done!",
    fixParagraph: "Paragraph {n}",
    fixScore: "{level}, score {score}",
    fixTooShort: "too short for a reliable score",
    fixLongSentence: "Sentence of {words} words: split it in two.",
    fixPlainWord: "‘{word}’: better say {plain}.",
    fixPassive: "‘{text}’: say who does it.",
    fixLongWord: "‘{word}’: long word. Split it or say it differently.",
    fixMore: "And {n} more points in this paragraph.",
    limitsHeading: "Length the form allows",
    limitsIntro:
      "Does the application form set a limit? Set it here. Characters count with spaces, as forms do.",
    limitWholeDraft: "Whole text",
    limitUnder: "Under ‘{heading}’",
    limitMeter: "{count} of {max} {unit}",
    limitOver: "{over} {unit} too many",
    limitLeft: "{left} {unit} left",
    limitHeadingGone: "The heading ‘{heading}’ is no longer in your text.",
    unitWords: "words",
    unitCharacters: "characters",
    limitMaxLabel: "At most",
    limitUnitLabel: "Count in",
    limitPartLabel: "For",
    limitAdd: "Add limit",
    limitRemove: "Remove",
    limitRemoveLabel: "Remove the limit for {part}",
    limitBadNumber: "Enter a whole number greater than 0.",
    limitAdded: "Limit added: {part}, at most {max} {unit}.",
    limitRemoved: "Limit for {part} removed.",
  },
};

const joined = withPaneStrings(writingHelpStrings);

export type WritingHelpStrings = (typeof joined)["nl"];

/** The pane's strings and the view's, in the pane's language. */
export function useWritingHelpStrings(): WritingHelpStrings {
  return useStringTable(joined);
}
