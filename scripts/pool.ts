/**
 * The training pool: every labelled paragraph in ../shared/eval that the model may learn from
 * (train.jsonl, train-real.jsonl, paragraphs-dev.jsonl), each with the group it is
 * cross-validated in and the register it is reported under.
 *
 * A group is a source site: one site's wording must never sit on both sides of a fold, or the
 * figures reward learning a site rather than a theme. train.jsonl has no sites; its paragraphs
 * go in groups of ten, as the eval README asks.
 */
import * as fs from "fs";
import * as path from "path";
import { THEME_IDS, type ThemeId } from "../src/content/types";
import { seeded } from "./seeded";

export const SHARED_EVAL = path.resolve(__dirname, "..", "..", "shared", "eval");

export interface Example {
  id: string;
  text: string;
  style?: string;
  themes: ThemeId[];
  /** Cross-validation group: a source site, or a run of ten written paragraphs. */
  group: string;
  /** Where the figures report it: the site's register, "written" for train.jsonl, "dev". */
  register: string;
  /** Per theme, what argues it in the labeller's words (train-real.jsonl only). */
  why?: string;
}

export function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

interface Labelled {
  id: string;
  text: string;
  themes: string[];
  source?: string;
  register?: string;
  why?: string;
}

/** The site of a source URL: its host without "www.". */
export function siteOf(source: string): string {
  try {
    return new URL(source).hostname.replace(/^www\./, "");
  } catch {
    return source;
  }
}

function themesOf(record: Labelled, file: string): ThemeId[] {
  for (const theme of record.themes) {
    if (!THEME_IDS.includes(theme as ThemeId)) {
      throw new Error(`${file}: ${record.id} has unknown theme ${theme}`);
    }
  }
  return record.themes as ThemeId[];
}

/** The pool, or null when ../shared/eval is not beside this checkout. */
export function readPool(dir = SHARED_EVAL): Example[] | null {
  const files = ["train.jsonl", "train-real.jsonl", "paragraphs-dev.jsonl"];
  if (!files.every((file) => fs.existsSync(path.join(dir, file)))) return null;
  const written = readJsonl<Labelled>(path.join(dir, files[0])).map((record, i) => ({
    id: record.id,
    text: record.text,
    themes: themesOf(record, files[0]),
    group: `written-${Math.floor(i / 10)}`,
    register: "written",
  }));
  const real = readJsonl<Labelled>(path.join(dir, files[1])).map((record) => ({
    id: record.id,
    text: record.text,
    themes: themesOf(record, files[1]),
    group: siteOf(record.source ?? record.id),
    register: record.register ?? "real",
    why: record.why,
  }));
  const dev = readJsonl<Labelled>(path.join(dir, files[2])).map((record) => ({
    id: record.id,
    text: record.text,
    themes: themesOf(record, files[2]),
    group: siteOf(record.source ?? record.id),
    register: "dev",
  }));
  return [...written, ...real, ...dev];
}

/**
 * Fold of each example: groups shuffled by a fixed seed, then each laid into the fold that
 * has fewest paragraphs so far, largest groups first, so folds come out nearly equal.
 */
export function groupedFolds(examples: readonly Example[], k: number, seed = 20241125): number[] {
  const sizes = new Map<string, number>();
  for (const example of examples) sizes.set(example.group, (sizes.get(example.group) ?? 0) + 1);
  const groups = [...sizes.keys()].sort();
  const random = seeded(seed);
  for (let i = groups.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [groups[i], groups[j]] = [groups[j], groups[i]];
  }
  // A stable sort keeps the shuffled order among groups of one size.
  groups.sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const group of groups) {
    let f = 0;
    for (let g = 1; g < k; g++) if (load[g] < load[f]) f = g;
    foldOf.set(group, f);
    load[f] += sizes.get(group) ?? 0;
  }
  return examples.map((example) => foldOf.get(example.group) ?? 0);
}
