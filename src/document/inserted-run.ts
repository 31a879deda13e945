/**
 * Finding an inserted block again, for taking it back or showing it: the run of paragraphs whose
 * text is still exactly what was inserted, nearest to where it went in (edits above it shift it).
 * Shared by Word and the preview, so both take back the same paragraphs. Whitespace is compared
 * loosely, as for every stale-index check; any other change means the user edited the block, and
 * then nothing is found: taking it back must never delete the user's own words.
 */
import { sameParagraphText } from "./paragraph-style";

/** Every start index where `texts` holds exactly `inserted`, in document order. */
export function insertedRunStarts(texts: readonly string[], inserted: readonly string[]): number[] {
  const starts: number[] = [];
  if (inserted.length === 0) return starts;
  for (let start = 0; start + inserted.length <= texts.length; start++) {
    if (inserted.every((text, offset) => sameParagraphText(texts[start + offset], text)))
      starts.push(start);
  }
  return starts;
}

/** The start nearest to `near` (the earlier one on a tie); null when there is none. */
export function nearestStart(starts: readonly number[], near: number): number | null {
  let best: number | null = null;
  for (const start of starts)
    if (best === null || Math.abs(start - near) < Math.abs(best - near)) best = start;
  return best;
}

/**
 * The start index of the run of `inserted` in `texts` nearest to `near`, among the starts that
 * `eligible` accepts (all by default); null when there is none.
 */
export function findInsertedRun(
  texts: readonly string[],
  inserted: readonly string[],
  near: number,
  eligible: (start: number) => boolean = () => true
): number | null {
  return nearestStart(insertedRunStarts(texts, inserted).filter(eligible), near);
}
