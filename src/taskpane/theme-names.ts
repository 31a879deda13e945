/**
 * Theme names inside a sentence: each in curly quotes, joined the way the language joins a list
 * (“A”, “B” en “C”), so a label like “Laat zien wat er verandert” reads as a name.
 */
import { themeById, type ThemeId } from "../content";
import type { Language } from "./strings";

export function themeNames(ids: readonly ThemeId[], language: Language): string {
  const names = ids.map((id) => `“${themeById(id).label[language]}”`);
  return new Intl.ListFormat(language, { type: "conjunction" }).format(names);
}
