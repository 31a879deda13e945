/**
 * What the model sees of a paragraph: its stems (split by polarity), compound parts, the
 * lexicon's cues, and its shape. Every feature remembers the words behind it, so the
 * strongest ones can be shown to the user as evidence.
 */
import {
  CITATION,
  CUE_FEATURE_NAMES,
  collectCueFeatures,
  cueWeights,
  type CueFeatures,
  type CueSpan,
} from "./cue-features";
import type { CueHit } from "./cue-match";
import type { FormIds, FormInfo } from "./form-info";
import type { Model } from "./model";
import type { Polarity } from "./negation";
import type { ParagraphKind } from "./paragraph-kind";
import type { Token } from "./tokens";

export interface Features {
  values: Map<string, number>;
  /** Token indexes behind each feature (absent for shape features). */
  where: Map<string, number[]>;
}

/** A span as cue-features.ts reads it, with the polarity its word features need. */
interface Span extends CueSpan {
  polarity: readonly Polarity[];
}

/**
 * Feature values, and when `where` is given the token indexes behind them (relative to the
 * span's start). Insertion order of the values is part of the result: the logits are summed
 * in that order, words first, then cues and shape.
 */
function collect(
  span: Span,
  hits: readonly CueHit[],
  kind: ParagraphKind,
  known: ReadonlyMap<string, unknown> | undefined,
  where: Map<string, number[]> | null
): Map<string, number> {
  const values = new Map<string, number>();
  collectWords(span, known, values, where);
  // No cue feature shares a name with a word feature ("w:", "n:", "p:"): appending them keeps
  // the order one Map for both would have had.
  const cues = collectCueFeatures(span, hits, kind, where !== null);
  cues.ids.forEach((id, k) => values.set(CUE_FEATURE_NAMES[id], cues.values[k]));
  if (where) cues.whereIds.forEach((id, k) => where.set(CUE_FEATURE_NAMES[id], cues.where[k]));
  return values;
}

/** The word and compound-part features: 1 when present, whatever the count. */
function collectWords(
  span: Span,
  known: ReadonlyMap<string, unknown> | undefined,
  values: Map<string, number>,
  where: Map<string, number[]> | null
): void {
  const { infos, polarity, from, to } = span;
  for (let i = from; i < to; i++) {
    const info = infos[i];
    const name = polarity[i] === "denied" ? info.denied : info.plain;
    if (name === null) continue;
    if (!known || known.has(name)) {
      // A word's feature is 1 however often it occurs; only its places accumulate.
      const list = where?.get(name);
      if (list) list.push(i - from);
      else {
        values.set(name, 1);
        where?.set(name, [i - from]);
      }
    }
    for (const part of info.parts) {
      if (values.has(part) || (known && !known.has(part))) continue;
      values.set(part, 1);
      if (where) where.set(part, [i - from]);
    }
  }
}

export function extractFeatures(
  tokens: readonly Token[],
  infos: readonly FormInfo[],
  polarity: readonly Polarity[],
  hits: readonly CueHit[],
  kind: ParagraphKind,
  text: string,
  /** At review time, the model's features: words it has no weight for need no bookkeeping. */
  known?: ReadonlyMap<string, unknown>
): Features {
  const where = new Map<string, number[]>();
  const span = { tokens, infos, polarity, from: 0, to: tokens.length, text, textStart: 0 };
  return { values: collect(span, hits, kind, known, where), where };
}

/** A span of a paragraph as the reviewer scores it: its logits, and its cue features. */
export interface SpanScore {
  /** Raw logits per theme (THEME_IDS order), then the gate's, summed in extractFeatures' order. */
  logits: number[];
  /** The cue, citation and shape features; their places only when evidence was asked for. */
  cues: CueFeatures;
}

interface Paragraph {
  tokens: readonly Token[];
  infos: readonly FormInfo[];
  polarity: readonly Polarity[];
}

/**
 * The paragraph's logits, with extractFeatures' values (given the model's features as
 * `known`) but no string-keyed map for its words: those are summed by id from each form's
 * cached ids. The cue features keep their places, for evidence.
 */
export function scoreParagraph(
  model: Model,
  paragraph: Paragraph,
  hits: readonly CueHit[],
  kind: ParagraphKind,
  text: string
): SpanScore {
  const { tokens, infos, polarity } = paragraph;
  const span = { tokens, infos, polarity, from: 0, to: tokens.length, text, textStart: 0 };
  return scoreSpan(model, span, hits, kind, true);
}

/**
 * One sentence, tokens [from, to) of a paragraph, scored exactly as the paragraph would be
 * were it that sentence alone. `hits` are the paragraph's hits inside it; `text` is the
 * sentence's own text. No evidence is gathered.
 */
export function scoreSentence(
  model: Model,
  paragraph: Paragraph,
  from: number,
  to: number,
  hits: readonly CueHit[],
  kind: ParagraphKind,
  text: string
): SpanScore {
  // Spelled out: an object spread here costs more than the features of a short sentence.
  const { tokens, infos, polarity } = paragraph;
  const span = { tokens, infos, polarity, from, to, text, textStart: tokens[from].start };
  return scoreSpan(model, span, hits, kind, false);
}

function scoreSpan(
  model: Model,
  span: Span,
  hits: readonly CueHit[],
  kind: ParagraphKind,
  evidence: boolean
): SpanScore {
  const { infos, polarity, from, to } = span;
  const z = model.bias.slice();
  const mark = nextSpanMark(model.vectors.length);
  // Word features first, as collectWords inserts them: the summation order is kept, so the
  // logits agree with model.ts' logits to the last bit. Their value is 1, so the weight is added;
  // a zero weight would add nothing, so only the non-zero ones are.
  for (let i = from; i < to; i++) {
    const ids = formIds(infos[i], model);
    const id = polarity[i] === "denied" ? ids.denied : ids.plain;
    if (id >= 0 && seen[id] !== mark) {
      seen[id] = mark;
      addWeights(z, model, id);
    }
    const parts = ids.parts;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k];
      if (seen[part] === mark) continue;
      seen[part] = mark;
      addWeights(z, model, part);
    }
  }
  const cues = collectCueFeatures(span, hits, kind, evidence);
  const byId = cueWeights(model);
  for (let k = 0; k < cues.ids.length; k++) {
    const weights = byId[cues.ids[k]];
    if (!weights) continue;
    const value = cues.values[k];
    for (let t = 0; t < z.length; t++) z[t] += weights[t] * value;
  }
  return { logits: z, cues };
}

function addWeights(z: number[], model: Model, id: number): void {
  const themes = model.themesOf[id];
  const weights = model.nonZero[id];
  for (let k = 0; k < themes.length; k++) z[themes[k]] += weights[k];
}

/**
 * Which word features the current span has seen, by id: a mark counts only if it holds the
 * span's number, so the array is reused from span to span (scoring is never re-entered).
 */
let seen = new Uint32Array(0);
let spanMark = 0;

function nextSpanMark(size: number): number {
  if (seen.length < size) {
    seen = new Uint32Array(size);
    spanMark = 0;
  }
  if (spanMark === 0xffffffff) {
    seen.fill(0);
    spanMark = 0;
  }
  return ++spanMark;
}

/** A form's word features as the model numbers them, looked up once per form and model. */
function formIds(info: FormInfo, model: Model): FormIds {
  const cached = info.ids;
  if (cached !== null && cached.model === model) return cached;
  const idOf = (name: string | null): number => (name === null ? -1 : (model.ids.get(name) ?? -1));
  const parts: number[] = [];
  for (const part of info.parts) {
    const id = model.ids.get(part);
    if (id !== undefined) parts.push(id);
  }
  info.ids = { model, plain: idOf(info.plain), denied: idOf(info.denied), parts };
  return info.ids;
}

/**
 * Per token, what its word and compound-part features add to theme t's logit: how evidence
 * credits each word of a paragraph (a word that occurs twice is credited at both places).
 */
export function wordWeights(model: Model, paragraph: Paragraph, t: number): Float64Array {
  const { infos, polarity } = paragraph;
  const weights = new Float64Array(infos.length);
  for (let i = 0; i < infos.length; i++) {
    const ids = formIds(infos[i], model);
    const id = polarity[i] === "denied" ? ids.denied : ids.plain;
    let w = id >= 0 ? model.vectors[id][t] : 0;
    for (const part of ids.parts) w += model.vectors[part][t];
    weights[i] = w;
  }
  return weights;
}

/**
 * Whether some theme's strongest-cue feature ("m:") could reach `atLeast` with these hits and
 * this text: only a cue that is not denied, or an author-year citation, sets one.
 */
export function mayStateOutright(hits: readonly CueHit[], text: string, atLeast: number): boolean {
  for (const hit of hits) if (hit.polarity !== "denied" && hit.cue.weight >= atLeast) return true;
  return atLeast <= 1 && CITATION.test(text);
}
