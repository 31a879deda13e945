/**
 * A long paragraph that argues several themes is also judged sentence by sentence. Train's
 * paragraphs mostly argue one theme each, so the model learned that another theme's cues
 * speak against a theme; in a paragraph like the report's own core message (relations,
 * talents, research, time and an ask, one after the other) that would silence every theme
 * but the strongest. A sentence says one thing, and there the learned weights are right.
 */
import { THEME_IDS } from "../content/types";
import type { CueHit } from "./cue-match";
import { mayStateOutright, scoreSentence } from "./features";
import type { FormInfo } from "./form-info";
import type { Model } from "./model";
import type { Polarity } from "./negation";
import type { ParagraphKind } from "./paragraph-kind";
import type { Token } from "./tokens";

/** Below this many words a paragraph is judged whole only. */
const LONG_PARAGRAPH = 40;
/** A sentence this short ("Maar dit werk kost tijd.") is judged with its neighbour. */
const SHORT_SENTENCE = 8;
/** The weight of a cue that on its own states the theme (content/cues). */
const CLEAR_CUE = 0.8;

/** Whether text[from, to) holds a sentence end (.!?;:); a char scan, no slice or regex. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    // . ! ? ; :
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 58) return true;
  }
  return false;
}

/**
 * Token ranges [from, to) of the paragraph's sentences, those shorter than `shortest` words
 * joined to the next (readability counts every sentence, so it asks for 1).
 */
export function sentenceRanges(
  text: string,
  tokens: readonly Token[],
  shortest = SHORT_SENTENCE
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const gapEnd = i + 1 < tokens.length ? tokens[i + 1].start : text.length;
    const ends = endsSentence(text, tokens[i].end, gapEnd);
    if ((ends && i + 1 - from >= shortest) || i + 1 === tokens.length) {
      ranges.push([from, i + 1]);
      from = i + 1;
    }
  }
  return ranges;
}

/**
 * Per theme, the highest logit any sentence of a long paragraph reaches; null for a paragraph
 * short enough, or of one sentence, to be judged whole.
 */
export function sentenceLogits(
  model: Model,
  text: string,
  tokens: readonly Token[],
  infos: readonly FormInfo[],
  polarity: readonly Polarity[],
  hits: readonly CueHit[],
  kind: ParagraphKind
): number[] | null {
  if (tokens.length < LONG_PARAGRAPH || kind !== "body") return null;
  const ranges = sentenceRanges(text, tokens);
  if (ranges.length < 2) return null;
  const best = new Array<number>(THEME_IDS.length).fill(-Infinity);
  for (const [from, to] of ranges) {
    const inside = hits.filter(
      (hit) => hit.tokens[0] >= from && hit.tokens[hit.tokens.length - 1] < to
    );
    const sentence = text.slice(tokens[from].start, tokens[to - 1].end);
    // Most sentences state no theme outright; they cannot raise any theme, so skip them.
    if (!mayStateOutright(inside, sentence, CLEAR_CUE)) continue;
    const { logits: z, cues } = scoreSentence(
      model,
      { tokens, infos, polarity },
      from,
      to,
      inside,
      kind,
      sentence
    );
    for (let t = 0; t < best.length; t++) {
      // Only a sentence that states the theme outright may outvote its paragraph.
      if (cues.strongest[t] >= CLEAR_CUE && z[t] > best[t]) best[t] = z[t];
    }
  }
  return best;
}
