/**
 * What the model sees of a paragraph: its stems (split by polarity), compound parts, the
 * lexicon's cues, and its shape. Every feature remembers the words behind it, so the
 * strongest ones can be shown to the user as evidence.
 */
import { THEME_IDS } from "../content/types";
import type { CueHit } from "./cue-match";
import { formInfo } from "./lexicon";
import type { Polarity } from "./negation";
import type { ParagraphKind } from "./paragraph-kind";
import type { Token } from "./tokens";

export interface Features {
  values: Map<string, number>;
  /** Token indexes behind each feature (absent for shape features). */
  where: Map<string, number[]>;
}

const CUE_CAP = 3;

function add(features: Features, name: string, value: number, at?: number[]): void {
  features.values.set(name, (features.values.get(name) ?? 0) + value);
  if (at) {
    const list = features.where.get(name);
    if (list) list.push(...at);
    else features.where.set(name, [...at]);
  }
}

export function extractFeatures(
  tokens: readonly Token[],
  polarity: readonly Polarity[],
  hits: readonly CueHit[],
  kind: ParagraphKind,
  text: string,
): Features {
  const features: Features = { values: new Map(), where: new Map() };
  tokens.forEach((token, i) => {
    const info = formInfo(token.form);
    const name = polarity[i] === "denied" ? info.denied : info.plain;
    if (name === null) return;
    const where = features.where.get(name);
    if (where) where.push(i);
    else {
      features.values.set(name, 1);
      features.where.set(name, [i]);
    }
    for (const part of info.parts) {
      if (features.values.has(part)) continue;
      features.values.set(part, 1);
      features.where.set(part, [i]);
    }
  });
  const sums = new Map<string, number>();
  for (const hit of hits) {
    const { cue } = hit;
    if (cue.weight < 0) {
      add(features, "x:" + cue.theme, -cue.weight, hit.tokens);
      add(features, "q:" + cue.id, 1, hit.tokens);
      continue;
    }
    const group = hit.polarity === "denied" ? "d:" : "c:";
    const name = group + cue.theme;
    sums.set(name, (sums.get(name) ?? 0) + cue.weight);
    add(features, "q:" + cue.id, hit.polarity === "denied" ? 0.5 : 1, hit.tokens);
    const where = features.where.get(name);
    if (where) where.push(...hit.tokens);
    else features.where.set(name, [...hit.tokens]);
    if (hit.polarity === "needed") add(features, "z:" + cue.theme, 1, hit.tokens);
  }
  for (const [name, sum] of sums) features.values.set(name, Math.min(sum, CUE_CAP));
  // The strongest single cue: one clear statement weighs more than many faint words.
  for (const hit of hits) {
    if (hit.cue.weight <= 0 || hit.polarity === "denied") continue;
    const name = "m:" + hit.cue.theme;
    if ((features.values.get(name) ?? 0) < hit.cue.weight) {
      features.values.set(name, hit.cue.weight);
      features.where.set(name, [...hit.tokens]);
    }
  }
  for (const theme of THEME_IDS) {
    const negative = features.values.get("x:" + theme);
    if (negative !== undefined) features.values.set("x:" + theme, Math.min(negative, CUE_CAP));
  }
  add(features, "k:" + kind, 1);
  const words = tokens.length;
  add(features, words < 12 ? "l:short" : words < 40 ? "l:medium" : "l:long", 1);
  const digits = tokens.filter((token) => /^\d/.test(token.form)).length;
  if (words > 0 && digits / words > 0.15) add(features, "l:numbers", 1);
  if (/[€]/.test(text)) add(features, "l:euro", 1);
  // "(Verhulst en De Boer, 2019)": a citation is how a text leans on research.
  if (/\([^()]{2,80}(19|20)\d\d[a-z]?\)/.test(text)) add(features, "l:citation", 1);
  return features;
}
