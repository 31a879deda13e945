/**
 * The report's own words, which the Schrijfhulp never calls hard: every word of the themes'
 * names, of the report's words quoted for them and the headings they come from, and of the
 * report's text blocks, and the compound parts by which
 * the engine finds the themes ("regie", "gemeenschapskracht"). A user who writes
 * "bewonersregie" or "meerjarenfinanciering" means to. Policy words the engine also reads as
 * cues ("faciliteren", "laagdrempelig") are not the report's words and may be flagged.
 */
import { BLOCKS, THEMES } from "../../content";
import { COMPOUND_PARTS } from "../../content/cues";
import { normalize } from "../normalize";

let words: Set<string> | null = null;
let parts: readonly string[] | null = null;

function addWords(found: Set<string>, text: string): void {
  for (const word of normalize(text).text.split(/[^\p{L}\p{N}']+/u)) if (word) found.add(word);
}

/** Every word form of the report's themes and blocks, as the tokeniser writes it. */
export function themeWords(): ReadonlySet<string> {
  if (words) return words;
  const found = new Set<string>();
  for (const theme of THEMES) {
    addWords(found, theme.label.nl);
    addWords(found, theme.reportQuote.text);
    for (const section of theme.sections) addWords(found, section.replace(/^§\d /, ""));
  }
  for (const block of BLOCKS) addWords(found, block.text);
  for (const part of COMPOUND_PARTS) addWords(found, part);
  words = found;
  return found;
}

/** Whether a long word is built on one of the engine's compound parts ("meerjarenfinanciering"). */
export function holdsThemePart(form: string): boolean {
  parts ??= COMPOUND_PARTS.map((part) => normalize(part).text);
  for (const part of parts) if (form.includes(part)) return true;
  return false;
}
