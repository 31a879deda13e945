/** The level words and numbers as the pane writes them, in the pane's language. */
import type { ReadabilityLevel } from "../../analysis/readability/types";
import type { Language } from "../strings";
import type { WritingHelpStrings } from "../strings/writing-help";

export function levelWord(strings: WritingHelpStrings, level: ReadabilityLevel): string {
  if (level === "makkelijk") return strings.levelMakkelijk;
  if (level === "gemiddeld") return strings.levelGemiddeld;
  return strings.levelMoeilijk;
}

/** One decimal, with the decimal comma in Dutch. */
export function decimal(language: Language, n: number): string {
  return n.toLocaleString(language === "nl" ? "nl-NL" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}
