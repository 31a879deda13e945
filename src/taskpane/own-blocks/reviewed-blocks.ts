/**
 * The own blocks the review knows: this user's library, and beside it the blocks recorded in
 * the document's settings that the library lacks (a colleague's), so those are recognised in
 * the draft and marked as own blocks too. By id, the library's version wins: it is the one the
 * user keeps up to date.
 */
import type { OwnBlock } from "../../content/types";

export function reviewedOwnBlocks(
  library: readonly OwnBlock[],
  recorded: readonly OwnBlock[]
): readonly OwnBlock[] {
  if (recorded.length === 0) return library;
  const mine = new Set(library.map((block) => block.id));
  const others = recorded.filter((block) => !mine.has(block.id));
  return others.length === 0 ? library : [...library, ...others];
}
