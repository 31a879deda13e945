/**
 * The features of a span's cue hits, of an author-year citation and of its shape ("q:", "c:",
 * "d:", "z:", "x:", "m:", "k:", "l:"). A span has few, but sets, reads and re-sets them often,
 * so they are kept by small integer id in flat arrays rather than in Maps. The order in which
 * a Map would hold them is kept too: the logits are summed in that order, and evidence breaks
 * ties by it.
 */
import { THEME_IDS } from "../content/types";
import type { CueHit } from "./cue-match";
import type { FormInfo } from "./form-info";
import { LEXICON } from "./lexicon";
import type { Model } from "./model";
import type { ParagraphKind } from "./paragraph-kind";
import type { Token } from "./tokens";

/** Every name a cue feature can have, by id. */
export const CUE_FEATURE_NAMES: string[] = [];
const idByName = new Map<string, number>();

function idOf(name: string): number {
  let id = idByName.get(name);
  if (id === undefined) {
    id = CUE_FEATURE_NAMES.length;
    idByName.set(name, id);
    CUE_FEATURE_NAMES.push(name);
  }
  return id;
}

/** The ids of the features each cue feeds (Cue.features), by Cue.index. */
const BY_CUE = LEXICON.cues.map(({ features }) => ({
  cue: idOf(features.cue),
  sum: idOf(features.sum),
  denied: idOf(features.denied),
  needed: idOf(features.needed),
  negative: idOf(features.negative),
  strongest: idOf(features.strongest),
}));
const CUE_CAP = 3;
const CITED = { sum: idOf("c:onderbouwing"), strongest: idOf("m:onderbouwing") };
const CITED_ALONE = idOf("l:citation");
export const CITATION = /\(\p{Lu}[^()]{0,80}?(?:,|et al\.?)\s*(?:19|20)\d\d[a-z]?\)/u;
const NEGATIVE = THEME_IDS.map((theme) => idOf("x:" + theme));
const STRONGEST = THEME_IDS.map((theme) => idOf("m:" + theme));
const KIND: Record<ParagraphKind, number> = {
  heading: idOf("k:heading"),
  list: idOf("k:list"),
  quote: idOf("k:quote"),
  body: idOf("k:body"),
};
const SHORT = idOf("l:short");
const MEDIUM = idOf("l:medium");
const LONG = idOf("l:long");
const NUMBERS = idOf("l:numbers");
const EURO = idOf("l:euro");

export interface CueFeatures {
  /** Feature ids in the order a Map of values would hold them, and their values. */
  ids: number[];
  values: number[];
  /** The ids that have token indexes, in the order a Map of places would hold them. */
  whereIds: number[];
  where: number[][];
  /** The values of whereIds. */
  whereValues: number[];
  /** Per theme (THEME_IDS order), its strongest-cue ("m:") value, 0 when it has none. */
  strongest: number[];
}

/** Token range [from, to) of a paragraph and the text it spans. */
export interface CueSpan {
  tokens: readonly Token[];
  infos: readonly FormInfo[];
  from: number;
  to: number;
  /** The span's own text, and where it starts in the paragraph (token offsets are there). */
  text: string;
  textStart: number;
}

/**
 * Where the current span keeps each id: its place in CueFeatures.ids, .whereIds and the sums,
 * valid where the mark array holds the span's number. Reused from span to span (collecting
 * is synchronous and never re-entered).
 */
const SIZE = CUE_FEATURE_NAMES.length;
const valueMark = new Uint32Array(SIZE);
const valueSlot = new Int32Array(SIZE);
const whereMark = new Uint32Array(SIZE);
const whereSlot = new Int32Array(SIZE);
const sumMark = new Uint32Array(SIZE);
const sumSlot = new Int32Array(SIZE);
let spanMark = 0;

function nextMark(): number {
  if (spanMark === 0xffffffff) {
    for (const marks of [valueMark, whereMark, sumMark]) marks.fill(0);
    spanMark = 0;
  }
  return ++spanMark;
}

function valueOf(f: CueFeatures, id: number): number | undefined {
  return valueMark[id] === spanMark ? f.values[valueSlot[id]] : undefined;
}

function setValue(f: CueFeatures, id: number, value: number): void {
  if (valueMark[id] === spanMark) {
    f.values[valueSlot[id]] = value;
    return;
  }
  valueMark[id] = spanMark;
  valueSlot[id] = f.ids.length;
  f.ids.push(id);
  f.values.push(value);
}

function addTo(f: CueFeatures, id: number, value: number, at: readonly number[] | null): void {
  setValue(f, id, (valueOf(f, id) ?? 0) + value);
  if (at) extend(f, id, at);
}

/** Appends token indexes to a feature's list, copying them the first time. */
function extend(f: CueFeatures, id: number, at: readonly number[]): void {
  if (whereMark[id] === spanMark) {
    const list = f.where[whereSlot[id]];
    for (const i of at) list.push(i);
  } else setWhere(f, id, at.slice());
}

/** A feature's token indexes, replaced (in place in the order) or added. */
function setWhere(f: CueFeatures, id: number, list: number[]): void {
  if (whereMark[id] === spanMark) {
    f.where[whereSlot[id]] = list;
    return;
  }
  whereMark[id] = spanMark;
  whereSlot[id] = f.whereIds.length;
  f.whereIds.push(id);
  f.where.push(list);
}

/** Sums of cue weights by id, in the order first added; capped into the values at the end. */
interface Sums {
  ids: number[];
  values: number[];
}

function addSum(sums: Sums, id: number, value: number): void {
  if (sumMark[id] === spanMark) {
    sums.values[sumSlot[id]] += value;
    return;
  }
  sumMark[id] = spanMark;
  sumSlot[id] = sums.ids.length;
  sums.ids.push(id);
  sums.values.push(value);
}

/**
 * The span's cue, citation and shape features, and when `withWhere` the token indexes behind
 * them (relative to the span's start).
 */
export function collectCueFeatures(
  span: CueSpan,
  hits: readonly CueHit[],
  kind: ParagraphKind,
  withWhere: boolean
): CueFeatures {
  nextMark();
  const f: CueFeatures = {
    ids: [],
    values: [],
    whereIds: [],
    where: [],
    whereValues: [],
    strongest: [],
  };
  const { from, to, text } = span;
  const sums: Sums = { ids: [], values: [] };
  let negatives = false;
  for (const hit of hits) {
    const { cue } = hit;
    const ids = BY_CUE[cue.index];
    const at = !withWhere ? null : from === 0 ? hit.tokens : hit.tokens.map((i) => i - from);
    if (cue.weight < 0) {
      negatives = true;
      addTo(f, ids.negative, -cue.weight, at);
      addTo(f, ids.cue, 1, at);
      continue;
    }
    const denied = hit.polarity === "denied";
    const sum = denied ? ids.denied : ids.sum;
    addSum(sums, sum, cue.weight);
    addTo(f, ids.cue, denied ? 0.5 : 1, at);
    if (at) extend(f, sum, at);
    if (hit.polarity === "needed") addTo(f, ids.needed, 1, at);
    // The strongest single cue: one clear statement weighs more than many faint words.
    if (!denied && (valueOf(f, ids.strongest) ?? 0) < cue.weight) {
      setValue(f, ids.strongest, cue.weight);
      if (at) setWhere(f, ids.strongest, at.slice());
    }
  }
  // "(Verhulst en De Boer, 2019)": an author-year citation leans on research as firmly as a
  // full-weight cue of onderbouwing does (train holds no real one to learn it from). A name,
  // then a comma or "et al." before the year, so "(2021–2023)" or "(uit de gesprekken,
  // najaar 2024)" is no citation. Its words are the evidence.
  const citation = CITATION.exec(text);
  if (citation) {
    const inside = withWhere ? wordsWithin(span, citation.index, citation[0].length) : [];
    addSum(sums, CITED.sum, 1);
    if (withWhere) extend(f, CITED.sum, inside);
    if ((valueOf(f, CITED.strongest) ?? 0) < 1) {
      setValue(f, CITED.strongest, 1);
      if (withWhere) setWhere(f, CITED.strongest, inside);
    }
    addTo(f, CITED_ALONE, 1, null);
  }
  for (let k = 0; k < sums.ids.length; k++) {
    setValue(f, sums.ids[k], Math.min(sums.values[k], CUE_CAP));
  }
  // Only a negative cue sets an "x:" feature; most spans have none to cap.
  if (negatives) {
    for (const id of NEGATIVE) {
      const negative = valueOf(f, id);
      if (negative !== undefined) setValue(f, id, Math.min(negative, CUE_CAP));
    }
  }
  addTo(f, KIND[kind], 1, null);
  const words = to - from;
  addTo(f, words < 12 ? SHORT : words < 40 ? MEDIUM : LONG, 1, null);
  let digits = 0;
  for (let i = from; i < to; i++) if (span.infos[i].digit) digits++;
  if (words > 0 && digits / words > 0.15) addTo(f, NUMBERS, 1, null);
  if (text.includes("€")) addTo(f, EURO, 1, null);
  // Read now, while the marks are this span's.
  f.whereValues = f.whereIds.map((id) => valueOf(f, id) ?? 0);
  f.strongest = STRONGEST.map((id) => valueOf(f, id) ?? 0);
  return f;
}

/** Span-relative indexes of the tokens inside [at, at + length) of the span's text. */
function wordsWithin(span: CueSpan, at: number, length: number): number[] {
  const base = span.textStart;
  const inside: number[] = [];
  for (let i = span.from; i < span.to; i++) {
    const token = span.tokens[i];
    if (token.start - base >= at && token.end - base <= at + length) inside.push(i - span.from);
  }
  return inside;
}

/** The model's weights for each cue feature id (undefined: none), looked up once per model. */
let weightsBy: { model: Model; byId: Array<Float64Array | undefined> } | null = null;

export function cueWeights(model: Model): Array<Float64Array | undefined> {
  if (weightsBy === null || weightsBy.model !== model) {
    weightsBy = { model, byId: CUE_FEATURE_NAMES.map((name) => model.weights.get(name)) };
  }
  return weightsBy.byId;
}
