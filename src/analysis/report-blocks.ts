/**
 * The report's own blocks, recognised in a paragraph. A block the user inserted argues the
 * themes the report gives it, whatever the model makes of its wording: that is the promise
 * behind offering it. The words the user put in its placeholders may be anything; the rest
 * must stand as the report wrote it (spacing and quote style aside, and a final full stop
 * the insert may have added).
 */
import { BLOCKS, blockSegments } from "../content";
import type { ArgumentBlock } from "../content/types";

export interface BlockInText {
  block: ArgumentBlock;
  start: number;
  end: number;
}

/**
 * A placeholder holds the user's own words: a name, a place, a short phrase. Inside the block
 * the report's next words end it; at the block's end, the sentence's end does.
 */
const PLACEHOLDER = "[^\\n]{1,80}?";
const LAST_PLACEHOLDER = "[^\\n.!?]{1,80}";

function escape(run: string): string {
  return run
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+")
    .replace(/['‘’]/g, "['‘’]")
    .replace(/["“”]/g, '["“”]');
}

function patternOf(block: ArgumentBlock): RegExp {
  const segments = blockSegments(block, {});
  const last = segments.length - 1;
  const parts = segments.map((segment, i) =>
    segment.kind === "text" ? escape(segment.text) : i === last ? LAST_PLACEHOLDER : PLACEHOLDER
  );
  // The insert may end a block with a full stop the report's sentence lacks (and the reverse).
  parts[last] = parts[last].replace(/\\\.$/, "") + "\\.?";
  return new RegExp(parts.join(""), "u");
}

/** A word of the block's longest fixed run: a paragraph without it cannot hold the block. */
function probeOf(block: ArgumentBlock): string {
  const runs = blockSegments(block, {}).filter((segment) => segment.kind === "text");
  const longest = runs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return longest.text.trim().split(/\s+/)[0];
}

const PATTERNS = BLOCKS.map((block) => ({
  block,
  pattern: patternOf(block),
  // Most paragraphs hold no block: one substring test spares them the regex.
  probe: probeOf(block),
}));

/** The report's blocks that stand in the text, in the report's order. */
export function blocksIn(text: string): BlockInText[] {
  const found: BlockInText[] = [];
  for (const { block, pattern, probe } of PATTERNS) {
    if (!text.includes(probe)) continue;
    const match = pattern.exec(text);
    if (match) found.push({ block, start: match.index, end: match.index + match[0].length });
  }
  return found;
}
