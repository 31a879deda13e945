/**
 * What the model sees of a paragraph: its stems (split by polarity), compound parts, the
 * lexicon's cues, and its shape. Every feature remembers the words behind it, so the
 * strongest ones can be shown to the user as evidence.
 */
import { THEME_IDS } from "../content/types";
import type { CueHit } from "./cue-match";
import type { FormInfo } from "./lexicon";
import type { Polarity } from "./negation";
import type { ParagraphKind } from "./paragraph-kind";
import type { Token } from "./tokens";

export interface Features {
  values: Map<string, number>;
  /** Token indexes behind each feature (absent for shape features). */
  where: Map<string, number[]>;
}

const CUE_CAP = 3;
const CITED = { sum: "c:onderbouwing", strongest: "m:onderbouwing" };
const CITATION = /\(\p{Lu}[^()]{0,80}?(?:,|et al\.?)\s*(?:19|20)\d\d[a-z]?\)/u;
const NEGATIVE_NAMES = THEME_IDS.map((theme) => "x:" + theme);
const KIND_NAMES: Record<ParagraphKind, string> = {
  heading: "k:heading",
  list: "k:list",
  quote: "k:quote",
  body: "k:body",
};

function add(features: Features, name: string, value: number, at?: number[]): void {
  features.values.set(name, (features.values.get(name) ?? 0) + value);
  if (at) {
    const list = features.where.get(name);
    if (list) for (const i of at) list.push(i);
    else features.where.set(name, at.slice());
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
  const features: Features = { values: new Map(), where: new Map() };
  infos.forEach((info, i) => {
    const name = polarity[i] === "denied" ? info.denied : info.plain;
    if (name === null) return;
    if (!known || known.has(name)) {
      const where = features.where.get(name);
      if (where) where.push(i);
      else {
        features.values.set(name, 1);
        features.where.set(name, [i]);
      }
    }
    for (const part of info.parts) {
      if (features.values.has(part) || (known && !known.has(part))) continue;
      features.values.set(part, 1);
      features.where.set(part, [i]);
    }
  });
  const sums = new Map<string, number>();
  for (const hit of hits) {
    const { cue } = hit;
    const names = cue.features;
    if (cue.weight < 0) {
      add(features, names.negative, -cue.weight, hit.tokens);
      add(features, names.cue, 1, hit.tokens);
      continue;
    }
    const denied = hit.polarity === "denied";
    const name = denied ? names.denied : names.sum;
    sums.set(name, (sums.get(name) ?? 0) + cue.weight);
    add(features, names.cue, denied ? 0.5 : 1, hit.tokens);
    const where = features.where.get(name);
    if (where) for (const i of hit.tokens) where.push(i);
    else features.where.set(name, hit.tokens.slice());
    if (hit.polarity === "needed") add(features, names.needed, 1, hit.tokens);
    // The strongest single cue: one clear statement weighs more than many faint words.
    if (!denied && (features.values.get(names.strongest) ?? 0) < cue.weight) {
      features.values.set(names.strongest, cue.weight);
      features.where.set(names.strongest, hit.tokens.slice());
    }
  }
  // "(Verhulst en De Boer, 2019)": an author-year citation leans on research as firmly as a
  // full-weight cue of onderbouwing does (train holds no real one to learn it from). A name,
  // then a comma or "et al." before the year, so "(2021–2023)" or "(uit de gesprekken,
  // najaar 2024)" is no citation. Its words are the evidence.
  const citation = CITATION.exec(text);
  if (citation) {
    const from = citation.index;
    const to = from + citation[0].length;
    const inside: number[] = [];
    tokens.forEach((token, i) => {
      if (token.start >= from && token.end <= to) inside.push(i);
    });
    sums.set(CITED.sum, (sums.get(CITED.sum) ?? 0) + 1);
    const where = features.where.get(CITED.sum);
    if (where) for (const i of inside) where.push(i);
    else features.where.set(CITED.sum, inside.slice());
    if ((features.values.get(CITED.strongest) ?? 0) < 1) {
      features.values.set(CITED.strongest, 1);
      features.where.set(CITED.strongest, inside);
    }
    add(features, "l:citation", 1);
  }
  for (const [name, sum] of sums) features.values.set(name, Math.min(sum, CUE_CAP));
  for (const name of NEGATIVE_NAMES) {
    const negative = features.values.get(name);
    if (negative !== undefined) features.values.set(name, Math.min(negative, CUE_CAP));
  }
  add(features, KIND_NAMES[kind], 1);
  const words = tokens.length;
  add(features, words < 12 ? "l:short" : words < 40 ? "l:medium" : "l:long", 1);
  let digits = 0;
  for (const token of tokens) {
    const first = token.form.charCodeAt(0);
    if (first >= 48 && first <= 57) digits++;
  }
  if (words > 0 && digits / words > 0.15) add(features, "l:numbers", 1);
  if (/[€]/.test(text)) add(features, "l:euro", 1);
  return features;
}
