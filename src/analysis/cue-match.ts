/** Finds the lexicon's cues in one paragraph's words. */
import type { Cue, FormInfo } from "./lexicon";
import type { Polarity } from "./negation";

export interface CueHit {
  cue: Cue;
  /** Token indexes of the matched words, in text order. */
  tokens: number[];
  polarity: Polarity;
}

/** Key → the token positions where it occurs, built once per paragraph. */
export function positionsByKey(infos: readonly FormInfo[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  infos.forEach((info, index) => {
    for (const key of info.cueKeys) {
      const list = positions.get(key);
      if (list) list.push(index);
      else positions.set(key, [index]);
    }
  });
  return positions;
}

/** First index in the sorted list at or after value. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The closest unused position of a term within the window (lists are in text order). */
function nearest(
  positions: Map<string, number[]>,
  term: Set<string>,
  anchor: number,
  window: number,
  used: Set<number>
): number {
  let best = -1;
  for (const key of term) {
    const list = positions.get(key);
    if (!list) continue;
    for (
      let k = lowerBound(list, anchor - window);
      k < list.length && list[k] <= anchor + window;
      k++
    ) {
      const p = list[k];
      if (used.has(p)) continue;
      if (best < 0 || Math.abs(p - anchor) < Math.abs(best - anchor)) best = p;
    }
  }
  return best;
}

function matchAt(positions: Map<string, number[]>, cue: Cue, anchor: number): number[] | null {
  const used = new Set<number>([anchor]);
  const found = [anchor];
  for (let t = 1; t < cue.terms.length; t++) {
    const p = nearest(positions, cue.terms[t], anchor, cue.window, used);
    if (p < 0) return null;
    used.add(p);
    found.push(p);
  }
  found.sort((a, b) => a - b);
  return found[found.length - 1] - found[0] <= cue.window ? found : null;
}

function polarityOf(cue: Cue, matched: number[], polarity: readonly Polarity[]): Polarity {
  if (cue.hasNegator) return "plain";
  if (matched.some((p) => polarity[p] === "needed")) return "needed";
  return matched.every((p) => polarity[p] === "denied") ? "denied" : "plain";
}

/** Each cue at most once per paragraph: its first match in text order. */
export function matchCues(
  infos: readonly FormInfo[],
  positions: Map<string, number[]>,
  polarity: readonly Polarity[]
): CueHit[] {
  const hits: CueHit[] = [];
  const settled = new Set<Cue>();
  infos.forEach((info, anchor) => {
    for (const cue of info.starts) {
      if (settled.has(cue)) continue;
      const matched = matchAt(positions, cue, anchor);
      if (!matched) continue;
      settled.add(cue);
      hits.push({ cue, tokens: matched, polarity: polarityOf(cue, matched, polarity) });
    }
  });
  return hits;
}
