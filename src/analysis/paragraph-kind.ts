/**
 * What sort of paragraph this is, from Word's style name (English or Dutch) and, when the
 * style says nothing, from its shape: "2. Aanleiding" is a heading even in Normal style.
 *
 * The one heading rule of the project: the document port (src/document/paragraph-style.ts)
 * asks `isHeadingStyleName` too, with Word's language-independent built-in name first.
 */
import type { Token } from "./tokens";

export type ParagraphKind = "heading" | "list" | "quote" | "body";

// Display names ("Heading 1", "Kop 1", "Titel") and built-in names ("Heading1", "Title").
const HEADING_STYLE = /^(heading|kop)\s*\d|^(heading|kop|title|titel|subtitle|ondertitel)$/i;
const LIST_STYLE = /(list|lijst)/i;
const QUOTE_STYLE = /(quote|citaat)/i;

/** Style names the engine reads as their kind in any language (see `styleWithFacts`). */
const HEADING_NAME = "Heading";
const LIST_NAME = "List Paragraph";

export function isHeadingStyleName(style: string): boolean {
  return HEADING_STYLE.test(style.trim());
}

/** What the host knows about a paragraph beyond its style name (Word: styleBuiltIn, isListItem). */
export interface ParagraphFacts {
  isHeading?: boolean;
  isListItem?: boolean;
}

/**
 * The style to hand the engine for a paragraph the host knows more about than its style name
 * says: a heading in a style named in another language ("Überschrift 1") or a list item in the
 * normal style ("Standaard" with numbering) becomes a style name the engine reads as such.
 */
export function styleWithFacts(
  style: string | undefined,
  facts: ParagraphFacts
): string | undefined {
  if (facts.isHeading && !isHeadingStyleName(style ?? "")) return HEADING_NAME;
  if (facts.isListItem && !facts.isHeading && !LIST_STYLE.test(style ?? "")) return LIST_NAME;
  return style;
}

export function paragraphKind(
  text: string,
  tokens: readonly Token[],
  style?: string
): ParagraphKind {
  if (style) {
    if (isHeadingStyleName(style)) return "heading";
    if (QUOTE_STYLE.test(style)) return "quote";
    if (LIST_STYLE.test(style)) return tokens.length <= 2 ? "heading" : "list";
  }
  const trimmed = text.trim();
  // A short line without a closing full stop is a title, a label or a budget line.
  if (tokens.length <= 6 && !/[.!?]["'\u201d\u2019)]?$/.test(trimmed)) return "heading";
  if (/^["\u201c\u201e\u2018']/.test(trimmed) && /["\u201d\u2019']\s*$/.test(trimmed))
    return "quote";
  if (/^\s*([-*\u2022\u2013]|\d+[.)]\s)/.test(text) && !style) return "list";
  return "body";
}
