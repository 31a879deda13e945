/**
 * Which cues of the lexicon the training pool never exercises. A cue that fires on no pool
 * paragraph is a guess: it stays only when ../shared/design/labelling.md says its phrase
 * argues the theme (or, for a negative cue, names a look-alike), and then a test pins it.
 *
 * Prints three lists, with counts over the pool (train.jsonl, train-real.jsonl,
 * paragraphs-dev.jsonl):
 *   1. cues (either sign) that fire on no pool paragraph;
 *   2. positive cues that fire only on paragraphs not labelled with the cue's theme;
 *   3. negative cues that fire, but never where a positive cue of their theme fires on a
 *      paragraph without that theme: they silence nothing.
 *
 * Usage: npx tsx scripts/unseen-cues.ts
 */
import * as fs from "fs";
import * as path from "path";
import { LEXICON } from "../src/analysis/lexicon";
import { paragraphFeatures } from "../src/analysis/paragraph";
import { THEME_CUES } from "../src/content/cues";
import type { ThemeId } from "../src/content/types";

const SHARED_EVAL = path.resolve(__dirname, "..", "..", "shared", "eval");
const POOL = ["train.jsonl", "train-real.jsonl", "paragraphs-dev.jsonl"];

interface PoolParagraph {
  text: string;
  themes: ThemeId[];
}

interface Tally {
  /** Pool paragraphs the cue fires on. */
  fires: number;
  /** Of those, the ones labelled with the cue's theme. */
  onTheme: number;
  /** Negative cues: paragraphs without the theme where a positive cue of the theme fired too. */
  silences: number;
}

function readPool(): PoolParagraph[] {
  return POOL.flatMap((file) =>
    fs
      .readFileSync(path.join(SHARED_EVAL, file), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as PoolParagraph)
  );
}

function tally(pool: readonly PoolParagraph[]): Tally[] {
  const tallies = LEXICON.cues.map(() => ({ fires: 0, onTheme: 0, silences: 0 }));
  for (const paragraph of pool) {
    const { hits } = paragraphFeatures(paragraph.text);
    const positiveThemes = new Set(hits.filter((h) => h.cue.weight > 0).map((h) => h.cue.theme));
    for (const { cue } of hits) {
      const t = tallies[cue.index];
      t.fires++;
      const labelled = paragraph.themes.includes(cue.theme);
      if (labelled) t.onTheme++;
      if (cue.weight < 0 && !labelled && positiveThemes.has(cue.theme)) t.silences++;
    }
  }
  return tallies;
}

function describeCue(index: number): string {
  const cue = LEXICON.cues[index];
  const [pattern, weight] = THEME_CUES[cue.theme][Number(cue.id.split("#")[1])];
  return `${cue.id.padEnd(28)} ${String(weight).padStart(5)}  "${pattern}"`;
}

function printList(title: string, indexes: readonly number[], detail: (i: number) => string) {
  console.log(`\n${title}: ${indexes.length}`);
  for (const i of indexes) console.log(`  ${describeCue(i)}${detail(i)}`);
}

function main(): void {
  if (!fs.existsSync(SHARED_EVAL)) {
    console.log("../shared/eval is not beside this checkout: no pool to count cues on. (exit 0)");
    return;
  }
  const pool = readPool();
  const tallies = tally(pool);
  const all = LEXICON.cues.map((cue) => cue.index);
  const never = all.filter((i) => tallies[i].fires === 0);
  const offTheme = all.filter(
    (i) => LEXICON.cues[i].weight > 0 && tallies[i].fires > 0 && tallies[i].onTheme === 0
  );
  const idle = all.filter(
    (i) => LEXICON.cues[i].weight < 0 && tallies[i].fires > 0 && tallies[i].silences === 0
  );
  console.log(`${LEXICON.cues.length} cues, ${pool.length} pool paragraphs (${POOL.join(", ")})`);
  printList("Cues that fire on no pool paragraph", never, () => "");
  printList(
    "Positive cues that fire only on paragraphs without their theme",
    offTheme,
    (i) => `  (fires on ${tallies[i].fires})`
  );
  printList(
    "Negative cues that fire but silence nothing",
    idle,
    (i) => `  (fires on ${tallies[i].fires}, ${tallies[i].onTheme} with the theme)`
  );
}

main();
