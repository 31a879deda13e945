/**
 * What the pane and the command line say about own blocks and library files, Dutch first. Every
 * refusal names what is wrong and says that the library stayed as it was.
 */
import type { OwnBlockProblem } from "./own-block";
import { OWN_BLOCK_LIMITS } from "./own-block";

export type LibraryLanguage = "nl" | "en";

export type LibraryRefusal =
  | { kind: "too-large"; bytes: number }
  | { kind: "not-json" }
  | { kind: "foreign" }
  | { kind: "newer-version"; version: number }
  | { kind: "invalid"; where: string; problem: string };

function megabytes(bytes: number, language: LibraryLanguage): string {
  return (bytes / 1_000_000).toLocaleString(language === "nl" ? "nl-NL" : "en-GB", {
    maximumFractionDigits: 1,
  });
}

const UNCHANGED = { nl: "Je bibliotheek is niet veranderd.", en: "Your library is unchanged." };

export function refusalMessage(
  refusal: LibraryRefusal,
  file: string,
  language: LibraryLanguage = "nl"
): string {
  const nl = language === "nl";
  const unchanged = UNCHANGED[language];
  switch (refusal.kind) {
    case "too-large":
      return nl
        ? `"${file}" is te groot (${megabytes(refusal.bytes, language)} MB): een bibliotheekbestand is hoogstens 1 MB. ${unchanged}`
        : `"${file}" is too large (${megabytes(refusal.bytes, language)} MB): a library file is at most 1 MB. ${unchanged}`;
    case "not-json":
      return nl
        ? `"${file}" is beschadigd of geen bibliotheekbestand: het is geen geldige JSON. ${unchanged}`
        : `"${file}" is damaged or not a library file: it is not valid JSON. ${unchanged}`;
    case "foreign":
      return nl
        ? `"${file}" komt niet van Argumentenhulp: het is een bestand van een ander programma. Kies een bestand dat eindigt op .argumentenhulp.json. ${unchanged}`
        : `"${file}" is not from Argumentenhulp: it is another program's file. Choose a file ending in .argumentenhulp.json. ${unchanged}`;
    case "newer-version":
      return nl
        ? `"${file}" komt uit een nieuwere versie van Argumentenhulp (bestandsversie ${refusal.version}). Werk de invoegtoepassing bij en probeer het opnieuw. ${unchanged}`
        : `"${file}" comes from a newer version of Argumentenhulp (file version ${refusal.version}). Update the add-in and try again. ${unchanged}`;
    case "invalid":
      return nl
        ? `"${file}" klopt niet: ${refusal.where}: ${refusal.problem}. ${unchanged}`
        : `"${file}" is not right: ${refusal.where}: ${refusal.problem}. ${unchanged}`;
  }
}

export function problemMessage(problem: OwnBlockProblem, language: LibraryLanguage = "nl"): string {
  const nl = language === "nl";
  switch (problem.kind) {
    case "no-title":
      return nl ? "geef het tekstblok een titel" : "give the block a title";
    case "title-too-long":
      return nl
        ? `de titel is langer dan ${OWN_BLOCK_LIMITS.title} tekens`
        : `the title is longer than ${OWN_BLOCK_LIMITS.title} characters`;
    case "no-text":
      return nl ? "het tekstblok heeft geen tekst" : "the block has no text";
    case "text-too-long":
      return nl
        ? `de tekst is langer dan ${OWN_BLOCK_LIMITS.text} tekens`
        : `the text is longer than ${OWN_BLOCK_LIMITS.text} characters`;
    case "too-many-paragraphs":
      return nl
        ? `hoogstens ${OWN_BLOCK_LIMITS.paragraphs} alinea’s per tekstblok`
        : `at most ${OWN_BLOCK_LIMITS.paragraphs} paragraphs per block`;
    case "no-theme":
      return nl ? "kies minstens één thema" : "choose at least one theme";
    case "no-audience":
      return nl ? "kies minstens één doelgroep" : "choose at least one audience";
    case "unknown-theme":
      return nl ? `onbekend thema "${problem.value}"` : `unknown theme "${problem.value}"`;
    case "unknown-audience":
      return nl ? `onbekende doelgroep "${problem.value}"` : `unknown audience "${problem.value}"`;
    case "too-many-placeholders":
      return nl
        ? `hoogstens ${OWN_BLOCK_LIMITS.placeholders} invulvelden per tekstblok`
        : `at most ${OWN_BLOCK_LIMITS.placeholders} fields per block`;
    case "placeholder-not-once":
      return nl
        ? `het invulveld ${problem.original} moet precies één keer in de tekst staan`
        : `the field ${problem.original} must occur exactly once in the text`;
    case "placeholder-across-paragraphs":
      return nl
        ? `het invulveld ${problem.original} moet binnen één alinea staan`
        : `the field ${problem.original} must stay within one paragraph`;
    case "placeholder-key-twice":
      return nl
        ? `twee invulvelden hebben dezelfde naam (${problem.key})`
        : `two fields have the same name (${problem.key})`;
  }
}
