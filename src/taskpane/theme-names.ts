/**
 * Names and found words inside a sentence: each in curly quotes, joined the way the language
 * joins a list (“A”, “B” en “C”), so a label like “Laat zien wat er verandert” reads as a name.
 */
import { themeById, type ThemeId } from "../content";
import type { Language } from "./strings";

export function quotedList(texts: readonly string[], language: Language): string {
  const quoted = texts.map((text) => `“${text}”`);
  return new Intl.ListFormat(language, { type: "conjunction" }).format(quoted);
}

export function themeNames(ids: readonly ThemeId[], language: Language): string {
  return quotedList(
    ids.map((id) => themeById(id).label[language]),
    language
  );
}
