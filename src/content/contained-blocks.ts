/**
 * One offer per text: a block whose words stand wholly inside another block (the §5 core message
 * and its three slices) is not offered beside it. Whoever lists the blocks puts the better one
 * first; that one stays.
 */
import type { ArgumentBlock } from "./types";

/** Spacing and quote style are not what makes two blocks different. */
function comparable(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”„]/g, '"').replace(/\s+/g, " ").trim();
}

function overlapping(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

export function withoutContained<T>(items: readonly T[], blockOf: (item: T) => ArgumentBlock): T[] {
  const kept: T[] = [];
  const keptTexts: string[] = [];
  for (const item of items) {
    const text = comparable(blockOf(item).text);
    if (keptTexts.some((other) => overlapping(other, text))) continue;
    kept.push(item);
    keptTexts.push(text);
  }
  return kept;
}
