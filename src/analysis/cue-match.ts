/** Finds the lexicon's cues in one paragraph's words. */
import type { FormInfo } from "./form-info";
import { LEXICON, type Cue } from "./lexicon";
import type { Polarity } from "./negation";

export interface CueHit {
  cue: Cue;
  /** Token indexes of the matched words, in text order. */
  tokens: number[];
  polarity: Polarity;
}

/** First index in the sorted list's first `size` entries at or after value. */
function lowerBound(list: readonly number[], size: number, value: number): number {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The closest position of a term within the window that is not yet `used`, or -1 (lists are
 * in text order; on a tie the earlier key and position win).
 */
function nearest(
  mark: number,
  term: readonly number[],
  anchor: number,
  window: number,
  used: readonly number[]
): number {
  let best = -1;
  for (const id of term) {
    if (keyPresent[id] !== mark) continue;
    const list = keyPlaces[id];
    const size = keyCount[id];
    for (
      let k = lowerBound(list, size, anchor - window);
      k < size && list[k] <= anchor + window;
      k++
    ) {
      const p = list[k];
      if (used.includes(p)) continue;
      if (best < 0 || Math.abs(p - anchor) < Math.abs(best - anchor)) best = p;
    }
  }
  return best;
}

/** Insertion sort: a cue has a handful of words, and Array#sort's comparator calls cost more. */
function sortSmall(list: number[]): void {
  for (let i = 1; i < list.length; i++) {
    const value = list[i];
    let j = i - 1;
    for (; j >= 0 && list[j] > value; j--) list[j + 1] = list[j];
    list[j + 1] = value;
  }
}

function matchAt(mark: number, cue: Cue, anchor: number): number[] | null {
  // The positions found so far are also the ones a later term may not reuse (a cue has few).
  const found = [anchor];
  for (let t = 1; t < cue.termIds.length; t++) {
    const p = nearest(mark, cue.termIds[t], anchor, cue.window, found);
    if (p < 0) return null;
    found.push(p);
  }
  sortSmall(found);
  return found[found.length - 1] - found[0] <= cue.window ? found : null;
}

function polarityOf(cue: Cue, matched: number[], polarity: readonly Polarity[]): Polarity {
  if (cue.hasNegator) return "plain";
  // One loop, no closures: "needed" anywhere wins, else "denied" only if every word is.
  let allDenied = true;
  for (let k = 0; k < matched.length; k++) {
    const p = polarity[matched[k]];
    if (p === "needed") return "needed";
    if (p !== "denied") allDenied = false;
  }
  return allDenied ? "denied" : "plain";
}

/**
 * Per-paragraph marks, by key id and by cue index, reused from paragraph to paragraph: a
 * mark counts only if it holds the current paragraph's number. Allocating fresh typed arrays
 * for every paragraph cost more than the matching they serve. (Matching is synchronous and
 * never re-entered, so one set suffices.)
 */
const keyPresent = new Uint32Array(LEXICON.laterKeyIds.size);
const cueDone = new Uint32Array(LEXICON.cues.length);
const cues = LEXICON.cues;
/**
 * The token positions of each key id, in text order: the first keyCount[id] entries, valid
 * where keyPresent holds the mark. Overwritten, never truncated (setting length is slow).
 */
const keyPlaces: number[][] = Array.from({ length: LEXICON.laterKeyIds.size }, () => []);
const keyCount = new Uint32Array(LEXICON.laterKeyIds.size);
let paragraphMark = 0;

/** One paragraph's key positions, held in the arrays above until the next paragraph's. */
export interface Positions {
  readonly mark: number;
}

/**
 * Places every key a later cue term accepts, by id, once per paragraph: flat arrays reused
 * from paragraph to paragraph instead of a fresh Map of fresh lists.
 */
export function positionsByKey(infos: readonly FormInfo[]): Positions {
  const mark = nextMark();
  for (let index = 0; index < infos.length; index++) {
    const ids = infos[index].cueKeyIds;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      if (keyPresent[id] !== mark) {
        keyPresent[id] = mark;
        keyCount[id] = 0;
      }
      keyPlaces[id][keyCount[id]++] = index;
    }
  }
  return { mark };
}

function nextMark(): number {
  if (paragraphMark === 0xffffffff) {
    keyPresent.fill(0);
    cueDone.fill(0);
    cuePresent.fill(0);
    paragraphMark = 0;
  }
  return ++paragraphMark;
}

/**
 * Every cue's later terms in flat typed arrays, so the presence check that rejects most cues
 * reads no Cue object: cue c's terms are termsFrom[c] to termsFrom[c + 1] - 1, and term k's
 * key ids are termKeys[keysFrom[k]] to termKeys[keysFrom[k + 1] - 1].
 */
const termsFrom = new Int32Array(LEXICON.cues.length + 1);
const keysFrom: number[] = [0];
const termKeysList: number[] = [];
LEXICON.cues.forEach((cue, c) => {
  for (let t = 1; t < cue.termIds.length; t++) {
    for (const id of cue.termIds[t]) termKeysList.push(id);
    keysFrom.push(termKeysList.length);
  }
  termsFrom[c + 1] = keysFrom.length - 1;
});
const termKeys = Int32Array.from(termKeysList);
const keysFromFlat = Int32Array.from(keysFrom);
/** Cues known this paragraph to have every later term present (by the same marks). */
const cuePresent = new Uint32Array(LEXICON.cues.length);

/** Whether every term after the first has some key in the paragraph. */
function laterTermsPresent(c: number, mark: number): boolean {
  for (let k = termsFrom[c]; k < termsFrom[c + 1]; k++) {
    if (!anyPresent(keysFromFlat[k], keysFromFlat[k + 1], mark)) return false;
  }
  return true;
}

function anyPresent(from: number, to: number, mark: number): boolean {
  for (let j = from; j < to; j++) if (keyPresent[termKeys[j]] === mark) return true;
  return false;
}

/** Each cue at most once per paragraph: its first match in text order. */
export function matchCues(
  infos: readonly FormInfo[],
  positions: Positions,
  polarity: readonly Polarity[]
): CueHit[] {
  const hits: CueHit[] = [];
  const mark = positions.mark;
  if (mark !== paragraphMark) throw new Error("matchCues: positions of an earlier paragraph");
  // A cue is done once it matched, or once a term of it proved absent from the paragraph
  // (then no anchor can complete it).
  for (let anchor = 0; anchor < infos.length; anchor++) {
    const starts = infos[anchor].startIndexes;
    for (let s = 0; s < starts.length; s++) {
      const c = starts[s];
      if (cueDone[c] === mark) continue;
      // Checked once per paragraph: a cue whose window failed here may match at a later anchor.
      if (cuePresent[c] !== mark) {
        if (!laterTermsPresent(c, mark)) {
          cueDone[c] = mark;
          continue;
        }
        cuePresent[c] = mark;
      }
      const cue = cues[c];
      const matched = matchAt(mark, cue, anchor);
      if (!matched) continue;
      cueDone[c] = mark;
      hits.push({ cue, tokens: matched, polarity: polarityOf(cue, matched, polarity) });
    }
  }
  return hits;
}
