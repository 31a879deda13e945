/**
 * Where a block will go, worked out before inserting so the card can say it in the user's own
 * words, and the insert goes exactly there: after the cursor's paragraph, or at the end; never
 * after a letter's closing (the rule is the engine's, analysis/closing.ts): then the place before
 * the closing is used, and said.
 */
import { closingStart } from "../../analysis/closing";
import type { CursorParagraph, DocumentParagraph, InsertLocation } from "../../document/port";
import type { Strings } from "../strings";
import { message } from "./message";
import type { InsertWhere } from "./use-block-inserter";

/** What the pane knows of the cursor: its paragraph, outside the text (null), or nothing ("unknown"). */
export type CursorKnowledge = CursorParagraph | null | "unknown";

export interface Placement {
  location: InsertLocation;
  /** Where the cursor is is known (Word without WordApi 1.3 cannot tell). */
  known: boolean;
  /** The start of the paragraph it goes after; null at the very start or when unknown. */
  quote: string | null;
  /** The start of the closing it was moved before, if it was. */
  closing: string | null;
  /** The cursor was outside the text, so the end is used. */
  outside: boolean;
}

const QUOTE_WORDS = 4;
const QUOTE_CHARS = 28;
/** A paragraph this short is quoted whole. */
const WHOLE_CHARS = 34;

/** The start of a paragraph, shortened at a word: "Elke dinsdag drinken we…". */
export function shortQuote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= WHOLE_CHARS) return flat.replace(/[\s,;:–-]+$/, "");
  let quote = "";
  let words = 0;
  for (const token of flat.split(" ")) {
    const next = quote ? `${quote} ${token}` : token;
    if (quote && next.length > QUOTE_CHARS) break;
    quote = next;
    // "€", "2" and "000" are not words a reader counts.
    if (/\p{L}/u.test(token) && ++words === QUOTE_WORDS) break;
  }
  if (quote.length > QUOTE_CHARS) quote = quote.slice(0, QUOTE_CHARS);
  return `${quote.replace(/[\s,.;:!?–-]+$/, "")}…`;
}

/** The quote for "after paragraph `index`": that paragraph, or the nearest text above an empty one. */
export function quoteAt(paragraphs: readonly DocumentParagraph[], index: number): string | null {
  for (let at = Math.min(index, paragraphs.length - 1); at >= 0; at--) {
    const text = paragraphs[at]?.text ?? "";
    if (text.trim() !== "") return shortQuote(text);
  }
  return null;
}

/**
 * Where a block goes. Without a closing in the way the port's own "after the cursor" and "at the
 * end" are used (Word then finds the cursor itself, at the moment of inserting); a block moved
 * before a closing goes after the paragraph before it, guarded by that paragraph's text.
 */
export function placementFor(
  cursor: CursorKnowledge,
  paragraphs: readonly DocumentParagraph[],
  where: InsertWhere
): Placement {
  if (where === "after-cursor" && cursor === "unknown")
    return {
      location: { kind: "after-cursor", orAtEnd: true },
      known: false,
      quote: null,
      closing: null,
      outside: false,
    };
  const last = paragraphs.length - 1;
  const outside = where === "after-cursor" && cursor === null;
  const fromCursor = where === "after-cursor" && cursor !== null && cursor !== "unknown";
  const anchor = fromCursor ? Math.min(cursor.index, last) : last;
  const closingAt = closingStart(paragraphs);
  if (closingAt !== null && anchor >= closingAt) {
    const before = closingAt - 1;
    const location: InsertLocation =
      before < 0
        ? { kind: "after-paragraph", index: -1 }
        : { kind: "after-paragraph", index: before, expectedText: paragraphs[before].text };
    return {
      location,
      known: true,
      quote: before < 0 ? null : quoteAt(paragraphs, before),
      closing: shortQuote(paragraphs[closingAt].text),
      outside,
    };
  }
  const quote =
    fromCursor && cursor.index === anchor && cursor.text.trim() !== ""
      ? shortQuote(cursor.text)
      : quoteAt(paragraphs, anchor);
  return {
    location: fromCursor ? { kind: "after-cursor", orAtEnd: true } : { kind: "end" },
    known: true,
    quote,
    closing: null,
    outside,
  };
}

/** The card's line for a placement. */
export function placementText(placement: Placement, strings: Strings): string {
  const { quote, closing, outside, known } = placement;
  if (!known) return strings.placeAtCursor;
  if (quote === null)
    return closing ? message(strings.placeAtStartBeforeClosing, { closing }) : strings.placeAtStart;
  if (closing) return message(strings.placeBeforeClosing, { closing, quote });
  if (outside) return message(strings.placeAtEndOutside, { quote });
  return message(strings.placeAfter, { quote });
}
