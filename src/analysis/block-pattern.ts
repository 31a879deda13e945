/**
 * How a block is found in a paragraph, the report's and the user's own alike. The words the
 * user put in its placeholders may be anything; the rest must stand as the block's text has
 * it (spacing and quote style aside, and a final full stop the insert may have added).
 */
import { blockSegments } from "../content/placeholders";
import type { AnyBlock } from "../content/types";

export interface BlockPattern {
  pattern: RegExp;
  /**
   * A word every match holds as it is written: most paragraphs hold no block, and one
   * substring test spares them the regex.
   */
  probe: string;
  /** How many words the block's fixed text holds (outside its placeholders). */
  fixedWords: number;
}

/**
 * A placeholder holds the user's own words: a name, a place, a short phrase. Inside the block
 * the next fixed words end it; at the block's end, the sentence's end does.
 */
const PLACEHOLDER = "[^\\n]{1,80}?";
const LAST_PLACEHOLDER = "[^\\n.!?]{1,80}";

/** Letters and digits stand in a match exactly as written; spaces and quotes may not. */
const WORD = /[\p{L}\p{N}]+/gu;

function escape(run: string): string {
  return run
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+")
    .replace(/['‘’]/g, "['‘’]")
    .replace(/["“”]/g, '["“”]');
}

/** Null for a block with no fixed word at all: there would be nothing to recognise it by. */
export function blockPattern(block: AnyBlock): BlockPattern | null {
  const segments = blockSegments(block, {});
  const words = segments.flatMap((segment) =>
    segment.kind === "text" ? (segment.text.match(WORD) ?? []) : []
  );
  if (words.length === 0) return null;
  const last = segments.length - 1;
  const parts = segments.map((segment, i) =>
    segment.kind === "text" ? escape(segment.text) : i === last ? LAST_PLACEHOLDER : PLACEHOLDER
  );
  // The insert may end a block with a full stop the block's sentence lacks (and the reverse).
  parts[last] = parts[last].replace(/\\\.$/, "") + "\\.?";
  return {
    pattern: new RegExp(parts.join(""), "u"),
    // The longest word is the rarest in other paragraphs, so the best one to sift by.
    probe: words.reduce((a, b) => (b.length > a.length ? b : a)),
    fixedWords: words.length,
  };
}

export interface Found {
  start: number;
  end: number;
}

/** Where the block stands in the text, or null. */
export function findBlock({ pattern, probe }: BlockPattern, text: string): Found | null {
  if (!text.includes(probe)) return null;
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
