/**
 * The cue lexicon (content/cues) turned into lookups: what a written word stands for (its
 * keys), and which cues a key can start. Built once; matching never loops over all cues.
 */
import {
  COMPOUND_EXCLUSIONS,
  COMPOUND_PARTS,
  FORM_ALIASES,
  NEGATORS,
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
