/**
 * Whether a paragraph is a heading, from its style. Word reports a locale-independent built-in
 * name (WordApi 1.3: "Heading1" … "Heading9", "Title", "Subtitle") and the style's display name,
 * which is localised ("Kop 1", "Titel" in Dutch Word; "Heading 1", "Title" in English Word). The
 * preview document only has display names. The rule itself is the engine's, so the pane and the
 * engine never disagree about what a heading is.
 */
import { isHeadingStyleName } from "../analysis/paragraph-kind";

export function isHeadingStyle(style: string, styleBuiltIn?: string): boolean {
  if (styleBuiltIn && isHeadingStyleName(styleBuiltIn)) return true;
  return isHeadingStyleName(style);
}

/**
 * Text as the engine and the stale-index check should see it: Word writes a manual line break
 * as U+000B and may end a paragraph's text with a carriage return.
 */
export function paragraphText(raw: string): string {
  return raw.replace(/\u000b/g, "\n").replace(/\r+$/, "");
}

/** Loose equality for "is this still the paragraph the review saw": whitespace differences don't count. */
export function sameParagraphText(a: string, b: string): boolean {
  const squash = (text: string) => text.replace(/[\s\u000b\u00a0]+/g, " ").trim();
  return squash(a) === squash(b);
}

/** One entry per paragraph: a request entry that contains line breaks becomes several paragraphs. */
export function paragraphsToInsert(paragraphs: string[]): string[] {
  return paragraphs.flatMap((entry) => entry.split(/\r\n|\r|\n|\u000b/));
}
