/**
 * The report's own blocks, recognised in a paragraph. A block the user inserted argues the
 * themes the report gives it, whatever the model makes of its wording: that is the promise
 * behind offering it. How a block is found is block-pattern.ts's rule, the same for the
 * user's own blocks.
 */
import { BLOCKS } from "../content";
import type { ArgumentBlock } from "../content/types";
import { blockPattern, findBlock, type BlockPattern } from "./block-pattern";

export interface BlockInText {
  block: ArgumentBlock;
  start: number;
  end: number;
}

const PATTERNS = BLOCKS.flatMap((block) => {
  const pattern = blockPattern(block);
  return pattern ? [{ block, pattern }] : [];
}) satisfies Array<{ block: ArgumentBlock; pattern: BlockPattern }>;

/** The report's blocks that stand in the text, in the report's order. */
export function blocksIn(text: string): BlockInText[] {
  const found: BlockInText[] = [];
  for (const { block, pattern } of PATTERNS) {
    const at = findBlock(pattern, text);
    if (at) found.push({ block, ...at });
  }
  return found;
}
