/**
 * What the engine knows of a written word form, worked out once and cached: its keys, the cues
 * it can start, its part in negation and the model feature names it feeds. The cache is an
 * open-addressing table keyed by a hash the tokeniser takes while scanning, so a word seen
 * before is found without cutting a new string for it.
 */
import {
  ACTIVITY_WORDS,
  CLAUSE_WORDS,
  DUTCH_FUNCTION_WORDS,
  NEED_MARKERS,
  NEGATION_RELEASES,
  NEGATORS,
  STOPWORDS,
  WEAK_WORDS,
} from "../content/cues";
import { keysOf, LEXICON, type Cue } from "./lexicon";

export interface FormInfo {
  /** The written form itself (normalised), shared by every token of it. */
  form: string;
  keys: readonly string[];
  /**
   * The keys that a cue term after the first accepts: the only ones cue matching needs to
   * place (anchors come from `starts`).
   */
  cueKeys: readonly string[];
  /** Their ids in Lexicon.laterKeyIds. */
  cueKeyIds: readonly number[];
  /** Cues whose first term this form can fill. */
  starts: readonly Cue[];
  /** Their places in LEXICON.cues: cue matching loops over these, not the Cue objects. */
  startIndexes: Int32Array;
  /** Model feature names, built once per written form so their hashes are reused. */
  plain: string | null;
  denied: string | null;
  parts: readonly string[];
  /** Names something organised (for the §4 advice). */
  activity: boolean;
  /** A frequent Dutch function word (for looksDutch). */
  dutch: boolean;
  /** Starts with a digit: no content word, and counted for "l:numbers" (cue-features.ts). */
  digit: boolean;
  /** Says something on its own: evidence may mark it alone (evidence.ts). */
  meaningful: boolean;
  /** Its part in negation (negation.ts): a negator, a need marker, a release, a clause word. */
  negator: boolean;
  needMarker: boolean;
  release: boolean;
  clauseWord: boolean;
  /** The model's ids for plain, denied and parts; filled in when first scored (features.ts). */
  ids: FormIds | null;
}

/** A form's word features as one model numbers them: -1 where it has no weight. */
export interface FormIds {
  model: object;
  plain: number;
  denied: number;
  /** Only the parts the model knows, in `parts` order. */
  parts: readonly number[];
}

const stopwords = new Set(STOPWORDS);
const weakWords = new Set(WEAK_WORDS);
const activityWords = new Set(ACTIVITY_WORDS);
const dutchWords = new Set(DUTCH_FUNCTION_WORDS);
const negators = new Set(NEGATORS);
const needMarkers = new Set(NEED_MARKERS);
const releases = new Set(NEGATION_RELEASES);
const clauseWords = new Set(CLAUSE_WORDS);

/** Everything the engine derives from a written form, cached: keys and feature names. */
export function formInfo(form: string): FormInfo {
  let hash = FORM_HASH_START;
  for (let k = 0; k < form.length; k++)
    hash = Math.imul(hash ^ form.charCodeAt(k), FORM_HASH_PRIME);
  return formInfoAt(form, 0, form.length, hash);
}

/**
 * A form's hash is FNV-1a over its UTF-16 units: hash = Math.imul(hash ^ unit, PRIME) from
 * START. The tokeniser folds each unit in as it scans the word.
 */
export const FORM_HASH_START = 0x811c9dc5 | 0;
export const FORM_HASH_PRIME = 0x01000193;

/**
 * The FormInfo of the word text[start, end), whose hash (FORM_HASH_START above) the
 * caller has: the tokeniser need not cut a fresh string for every word, nor V8 hash it, only
 * to find a form seen many times. An open-addressing table: `slotHash` holds each entry's
 * hash (0: empty slot), `slotInfo` its FormInfo, whose form is compared unit by unit.
 */
export function formInfoAt(text: string, start: number, end: number, hash: number): FormInfo {
  const key = hash === 0 ? 1 : hash;
  const mask = slotHash.length - 1;
  for (let slot = key & mask; ; slot = (slot + 1) & mask) {
    const stored = slotHash[slot];
    if (stored === 0) break;
    if (stored === key) {
      const info = slotInfo[slot] as FormInfo;
      if (sameChars(info.form, text, start, end)) return info;
    }
  }
  const info = buildFormInfo(text.slice(start, end));
  store(key, info);
  return info;
}

function sameChars(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let k = 0; k < form.length; k++) {
    if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  }
  return true;
}

/** As many forms as the other per-form caches hold (stems, keys); then it starts over. */
const INFO_LIMIT = 200_000;
let slotHash = new Int32Array(1024);
let slotInfo: Array<FormInfo | undefined> = new Array<FormInfo | undefined>(1024);
let infoCount = 0;

function store(hash: number, info: FormInfo): void {
  if (infoCount > INFO_LIMIT) {
    slotHash = new Int32Array(1024);
    slotInfo = new Array<FormInfo | undefined>(1024);
    infoCount = 0;
  } else if ((infoCount + 1) * 2 > slotHash.length) grow();
  insert(hash, info);
  infoCount++;
}

/** Doubles the table, keeping it at most half full so probe runs stay short. */
function grow(): void {
  const oldHash = slotHash;
  const oldInfo = slotInfo;
  slotHash = new Int32Array(oldHash.length * 2);
  slotInfo = new Array<FormInfo | undefined>(oldHash.length * 2);
  for (let slot = 0; slot < oldHash.length; slot++) {
    if (oldHash[slot] !== 0) insert(oldHash[slot], oldInfo[slot] as FormInfo);
  }
}

function insert(hash: number, info: FormInfo): void {
  const mask = slotHash.length - 1;
  let slot = hash & mask;
  while (slotHash[slot] !== 0) slot = (slot + 1) & mask;
  slotHash[slot] = hash;
  slotInfo[slot] = info;
}

function buildFormInfo(form: string): FormInfo {
  const keys = keysOf(form);
  const primary = keys[0];
  const first = form.charCodeAt(0);
  const digit = first >= 48 && first <= 57;
  const content = !stopwords.has(form) && !digit;
  const starts = new Set<Cue>();
  for (const key of keys) for (const cue of LEXICON.byFirstKey.get(key) ?? []) starts.add(cue);
  const cueKeys = keys.filter((key) => LEXICON.laterKeyIds.has(key));
  return {
    form,
    keys,
    cueKeys,
    cueKeyIds: cueKeys.map((key) => LEXICON.laterKeyIds.get(key) as number),
    starts: [...starts],
    startIndexes: Int32Array.from(starts, (cue) => cue.index),
    activity: activityWords.has(form),
    dutch: dutchWords.has(form),
    digit,
    meaningful: content && !weakWords.has(form) && form.length > 1,
    negator: negators.has(form),
    needMarker: needMarkers.has(form),
    release: releases.has(form),
    clauseWord: clauseWords.has(form),
    plain: content ? "w:" + primary : null,
    denied: content ? "n:" + primary : null,
    parts: content
      ? keys
          .slice(1)
          .filter((key) => key !== primary)
          .map((key) => "p:" + key)
      : [],
    ids: null,
  };
}
