/** Turns the words behind the strongest features into spans of the user's own text. */
import type { Evidence } from "./types";
import type { Token } from "./tokens";

const MAX_WORDS = 8;

export function evidenceSpans(
  text: string,
  tokens: readonly Token[],
  indexes: readonly number[]
): Evidence[] {
  const chosen = firstWords(indexes, tokens.length);
  const spans: Evidence[] = [];
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (runStart < 0) return;
    const start = tokens[runStart].start;
    const end = tokens[runEnd].end;
    spans.push({ start, end, text: text.slice(start, end) });
  };
  for (const i of chosen) {
    if (runStart >= 0 && i === runEnd + 1 && !tokens[i].clauseBreak) {
      runEnd = i;
      continue;
    }
    flush();
    runStart = i;
    runEnd = i;
  }
  flush();
  return spans;
}

/**
 * The MAX_WORDS lowest distinct indexes that name a token, ascending. Kept in a short sorted
 * list as they come, since the input (all places of the top features) is often much longer.
 */
function firstWords(indexes: readonly number[], count: number): number[] {
  const chosen: number[] = [];
  for (const i of indexes) {
    if (!(i >= 0 && i < count)) continue;
    if (chosen.length === MAX_WORDS && i >= chosen[MAX_WORDS - 1]) continue;
    let at = chosen.length;
    while (at > 0 && chosen[at - 1] > i) at--;
    if (at > 0 && chosen[at - 1] === i) continue;
    chosen.push(i);
    for (let k = chosen.length - 1; k > at; k--) chosen[k] = chosen[k - 1];
    chosen[at] = i;
    if (chosen.length > MAX_WORDS) chosen.pop();
  }
  return chosen;
}
