/**
 * Bringing a library file into the library. "Replace" takes the file's blocks as they are;
 * "merge" adds the file's blocks after the library's own. A block already there (the same id,
 * or the same words whatever the spacing or case) is a duplicate: the library keeps its own.
 */
import type { OwnBlock } from "../content/types";
import { sameBlockText } from "./own-block";

export type ImportMode = "merge" | "replace";

export interface MergeResult {
  blocks: OwnBlock[];
  added: number;
  duplicates: number;
}

export function mergeLibrary(
  existing: readonly OwnBlock[],
  incoming: readonly OwnBlock[],
  mode: ImportMode
): MergeResult {
  if (mode === "replace") return { blocks: [...incoming], added: incoming.length, duplicates: 0 };
  const blocks = [...existing];
  let added = 0;
  let duplicates = 0;
  for (const block of incoming) {
    const known = blocks.some((b) => b.id === block.id || sameBlockText(b.text, block.text));
    if (known) duplicates++;
    else {
      blocks.push(block);
      added++;
    }
  }
  return { blocks, added, duplicates };
}
