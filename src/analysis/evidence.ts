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

/** The MAX_WORDS lowest distinct indexes that name a token, ascending. */
function firstWords(indexes: readonly number[], count: number): number[] {
  const valid = indexes.filter((i) => i >= 0 && i < count).sort((a, b) => a - b);
  const chosen: number[] = [];
  for (const i of valid) {
    if (chosen.length === MAX_WORDS) break;
    if (chosen.length === 0 || chosen[chosen.length - 1] !== i) chosen.push(i);
  }
  return chosen;
}
