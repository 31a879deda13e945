/**
 * Evidence that reads as the argument: for one verdict, the sentence of the paragraph that
 * carries the theme most, and inside it the few phrases that pushed the theme up most. A
 * phrase is a cue's words or a content word, widened over the short words between marked
 * words of one clause ("elkaar beter leren kennen"); a word that means nothing alone ("zijn",
 * "nu", "inmiddels") is never marked on its own.
 */
import type { FormInfo } from "./form-info";
import type { Token } from "./tokens";
import type { Evidence } from "./types";

/** What pushed a theme up: an amount of its logit and the tokens behind it. */
export interface Contribution {
  amount: number;
  tokens: readonly number[];
}

export interface ThemeEvidence {
  evidence: Evidence[];
  sentence: Evidence;
}

/** Phrases marked per verdict: enough to see why, few enough to read at a glance. */
const MAX_PHRASES = 3;
/** Unmarked words between two marked ones of a clause that still make one phrase. */
const JOIN_GAP = 2;

/**
 * The evidence of one verdict. `ranges` are the paragraph's sentences as token ranges and
 * `sentenceOf` each token's sentence; `words` each token's own contribution (its word
 * features); `cues` the cue features' contributions. Null when no sentence holds a word that
 * means something: a verdict the user cannot check against their own words is not given.
 */
export function themeEvidence(
  text: string,
  tokens: readonly Token[],
  infos: readonly FormInfo[],
  ranges: ReadonlyArray<readonly [number, number]>,
  sentenceOf: Int32Array,
  words: Float64Array,
  cues: readonly Contribution[]
): ThemeEvidence | null {
  const credit = new Float64Array(ranges.length);
  for (let i = 0; i < words.length; i++) if (words[i] > 0) credit[sentenceOf[i]] += words[i];
  for (const cue of cues) {
    const share = cue.amount / cue.tokens.length;
    for (const i of cue.tokens) credit[sentenceOf[i]] += share;
  }
  // Sentences by credit, best first; the first that has a meaningful candidate wins.
  const order = Array.from(ranges.keys()).sort((a, b) => credit[b] - credit[a] || a - b);
  for (const s of order) {
    if (!(credit[s] > 0)) break;
    const chosen = strongestIn(ranges[s], infos, words, cues);
    if (chosen.length === 0) continue;
    const [from, to] = ranges[s];
    const start = tokens[from].start;
    const end = closingEnd(text, tokens[to - 1].end, tokens[to]?.start ?? text.length);
    return {
      evidence: phrases(text, tokens, infos, chosen),
      sentence: { start, end, text: text.slice(start, end) },
    };
  }
  return null;
}

/** A sentence ends after its closing marks (".", "?)", ".”"), not at its last word. */
function closingEnd(text: string, from: number, limit: number): number {
  let end = from;
  while (end < limit && !/\s/.test(text[end])) end++;
  return end;
}

/** The tokens of the MAX_PHRASES strongest candidates inside a sentence that mean something. */
function strongestIn(
  [from, to]: readonly [number, number],
  infos: readonly FormInfo[],
  words: Float64Array,
  cues: readonly Contribution[]
): number[] {
  const candidates: Contribution[] = [];
  for (let i = from; i < to; i++) {
    if (words[i] > 0 && infos[i].meaningful) candidates.push({ amount: words[i], tokens: [i] });
  }
  for (const cue of cues) {
    const inside = cue.tokens.filter((i) => i >= from && i < to);
    if (inside.some((i) => infos[i].meaningful))
      candidates.push({ amount: cue.amount, tokens: inside });
  }
  // A stable sort: among equals the word before the cue, the earlier before the later.
  candidates.sort((a, b) => b.amount - a.amount);
  const marked = new Set<number>();
  for (const candidate of candidates.slice(0, MAX_PHRASES)) {
    for (const i of candidate.tokens) marked.add(i);
  }
  return [...marked].sort((a, b) => a - b);
}

/** Marked tokens (ascending) as phrases of the user's text; none of only meaningless words. */
function phrases(
  text: string,
  tokens: readonly Token[],
  infos: readonly FormInfo[],
  marked: readonly number[]
): Evidence[] {
  const spans: Evidence[] = [];
  let first = marked[0];
  let last = marked[0];
  const flush = (): void => {
    let meaningful = false;
    for (let i = first; i <= last; i++) if (infos[i].meaningful) meaningful = true;
    if (!meaningful) return;
    const start = tokens[first].start;
    const end = tokens[last].end;
    spans.push({ start, end, text: text.slice(start, end) });
  };
  for (let k = 1; k < marked.length; k++) {
    const i = marked[k];
    let joins = i - last - 1 <= JOIN_GAP;
    for (let j = last + 1; joins && j <= i; j++) if (tokens[j].clauseBreak) joins = false;
    if (joins) {
      last = i;
      continue;
    }
    flush();
    first = i;
    last = i;
  }
  flush();
  return spans;
}

/** Words as spans of the user's text, neighbours in one clause joined (the activity advice). */
export function wordSpans(
  text: string,
  tokens: readonly Token[],
  indexes: readonly number[]
): Evidence[] {
  const spans: Evidence[] = [];
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (runStart < 0) return;
    const start = tokens[runStart].start;
    const end = tokens[runEnd].end;
    spans.push({ start, end, text: text.slice(start, end) });
  };
  for (const i of [...new Set(indexes)].sort((a, b) => a - b).slice(0, MAX_ACTIVITY_WORDS)) {
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

const MAX_ACTIVITY_WORDS = 8;
