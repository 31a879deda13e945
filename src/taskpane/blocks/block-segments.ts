/**
 * How the card names and shows a block. The segments themselves come from content/placeholders.ts,
 * the same cut that blockParagraphs inserts.
 */
import type { AnyBlock } from "../../content";

export { insertSegments, type BlockSegment } from "../../content";

/**
 * A short name for a block, for the buttons' accessible names: its opening and closing words.
 * Opening words alone are not enough: two §5 blocks start with the same sentence.
 */
export function blockName(block: AnyBlock): string {
  const words = block.text.split(/\s+/).filter(Boolean);
  if (words.length <= 9) return `“${words.join(" ")}”`;
  return `“${words.slice(0, 4).join(" ")} … ${words.slice(-4).join(" ")}”`;
}
