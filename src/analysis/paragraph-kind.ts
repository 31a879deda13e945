/**
 * What sort of paragraph this is, from Word's style name (English or Dutch) and, when the
 * style says nothing, from its shape: "2. Aanleiding" is a heading even in Normal style.
 */
import type { Token } from "./tokens";

export type ParagraphKind = "heading" | "list" | "quote" | "body";

// Display names ("Heading 1", "Kop 1", "Titel") and built-in names ("Heading1", "Title").
const HEADING_STYLE = /^(heading|kop)\s*\d|^(heading|kop|title|titel|subtitle|ondertitel)$/i;
const LIST_STYLE = /(list|lijst)/i;
const QUOTE_STYLE = /(quote|citaat)/i;

export function paragraphKind(
  text: string,
  tokens: readonly Token[],
  style?: string
): ParagraphKind {
  if (style) {
    if (HEADING_STYLE.test(style.trim())) return "heading";
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
