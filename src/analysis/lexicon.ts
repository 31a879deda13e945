/**
 * The cue lexicon (content/cues) turned into lookups: what a written word stands for (its
 * keys), and which cues a key can start. Built once; matching never loops over all cues.
 */
import {
  ACTIVITY_WORDS,
  CLAUSE_WORDS,
  DUTCH_FUNCTION_WORDS,
  COMPOUND_EXCLUSIONS,
  COMPOUND_PARTS,
  FORM_ALIASES,
  NEED_MARKERS,
  NEGATION_RELEASES,
  NEGATORS,
  STOPWORDS,
  THEME_CUES,
} from "../content/cues";
import { THEME_IDS, type ThemeId } from "../content/types";
import { stem } from "./stems";

export interface Cue {
  /** Stable id "theme#index", also the model's feature name for this cue. */
  id: string;
  /** Place in LEXICON.cues, so per-paragraph bookkeeping can be a flat array. */
  index: number;
  theme: ThemeId;
  weight: number;
  /** The acceptable keys per term, each key once, in the order the pattern names them. */
  terms: Array<readonly string[]>;
  /**
   * The keys of every term but the first as small integers (Lexicon.laterKeyIds), for cheap
   * presence checks; empty for the first term, whose words come from FormInfo.starts.
   */
  termIds: Array<readonly number[]>;
  /** Largest distance in words between the first and last matched term (no ~N: adjacent). */
  window: number;
  /** The cue itself says "geen"/"niet": a negator inside it is part of its meaning. */
  hasNegator: boolean;
  /** Model feature names this cue feeds, built once (see features.ts). */
  features: {
    cue: string;
    sum: string;
    denied: string;
    needed: string;
    negative: string;
    strongest: string;
  };
}

/** The key a written word stands for: its alias's stem, or its own stem. */
export function keyOf(form: string): string {
  const alias = FORM_ALIASES[form];
  return stem(alias ?? form);
}

const partKeys = COMPOUND_PARTS.map((part) => ({ part, key: keyOf(part) }));
const exclusions = new Set(COMPOUND_EXCLUSIONS);
const LINKS = ["", "s", "en", "e", "n", "es"];

function compoundKeys(form: string, into: Set<string>): void {
  if (form.length < 7 || exclusions.has(form)) return;
  for (const { part, key } of partKeys) {
    const at = form.indexOf(part);
    if (at < 0 || form === part) continue;
    const rest = form.slice(at + part.length);
    // Head of the compound (buurtnetwerk, buurtnetwerken): only an inflection may follow.
    const isHead = at >= 3 && LINKS.includes(rest);
    // Modifier (netwerkavond, bewonersinitiatief): a real word must follow the linking sound.
    const isModifier = rest.length >= 4 && (at === 0 || at >= 3);
    if (isHead || isModifier) into.add(key);
  }
}

const keyCache = new Map<string, readonly string[]>();

/** Every key a written word matches: stem, alias, regular verb forms, compound parts. */
export function keysOf(form: string): readonly string[] {
  const hit = keyCache.get(form);
  if (hit) return hit;
  const keys = new Set<string>([keyOf(form)]);
  if (form.length > 4 && form.endsWith("t")) keys.add(stem(form.slice(0, -1)));
  if (form.length > 6 && form.startsWith("ge") && (form.endsWith("d") || form.endsWith("t"))) {
    keys.add(stem(form.slice(2, -1) + "en"));
  }
  compoundKeys(form, keys);
  const result = [...keys];
  if (keyCache.size > 200_000) keyCache.clear();
  keyCache.set(form, result);
  return result;
}

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

const negatorKeys = new Set(NEGATORS.map(keyOf));
/**
 * Every key some term after a cue's first accepts → a small integer, numbered as the cues are
 * parsed. Keys only ever first need no place in a paragraph's positions.
 */
const laterKeyIds = new Map<string, number>();

function laterKeyId(key: string): number {
  let id = laterKeyIds.get(key);
  if (id === undefined) laterKeyIds.set(key, (id = laterKeyIds.size));
  return id;
}

function parseCue(
  theme: ThemeId,
  index: number,
  pattern: string,
  weight: number,
  lexiconIndex: number
): Cue {
  let window = -1;
  const terms: Array<readonly string[]> = [];
  for (const part of pattern.trim().split(/\s+/)) {
    if (part.startsWith("~")) {
      window = Number(part.slice(1));
      continue;
    }
    terms.push([...new Set(part.split("|").map((word) => keyOf(word)))]);
  }
  const hasNegator = terms.some((term) => term.some((key) => negatorKeys.has(key)));
  const id = `${theme}#${index}`;
  return {
    id,
    index: lexiconIndex,
    theme,
    weight,
    terms,
    termIds: terms.map((term, t) => (t === 0 ? [] : term.map(laterKeyId))),
    window: window < 0 ? terms.length - 1 : window,
    hasNegator,
    features: {
      cue: "q:" + id,
      sum: "c:" + theme,
      denied: "d:" + theme,
      needed: "z:" + theme,
      negative: "x:" + theme,
      strongest: "m:" + theme,
    },
  };
}

export interface Lexicon {
  cues: Cue[];
  /** Every key a term after a cue's first accepts, with its id (from 0 to size - 1). */
  laterKeyIds: ReadonlyMap<string, number>;
  /** Key → cues whose first term accepts it. */
  byFirstKey: Map<string, Cue[]>;
}

function buildLexicon(): Lexicon {
  const cues: Cue[] = [];
  const byFirstKey = new Map<string, Cue[]>();
  for (const theme of THEME_IDS) {
    THEME_CUES[theme].forEach(([pattern, weight], index) => {
      const cue = parseCue(theme, index, pattern, weight, cues.length);
      cues.push(cue);
      for (const key of cue.terms[0]) {
        const list = byFirstKey.get(key);
        if (list) list.push(cue);
        else byFirstKey.set(key, [cue]);
      }
    });
  }
  return { cues, byFirstKey, laterKeyIds };
}

export const LEXICON: Lexicon = buildLexicon();
