/**
 * npm run eval: how well the shipped engine judges the labelled sets in ../shared/eval.
 *   1. paragraphs-dev.jsonl: per-theme precision, recall, F1 and macro-F1 (each paragraph alone)
 *   2. proposals-dev.jsonl: the same over all paragraphs of the four drafts (with their styles)
 *   3. proposals-dev.jsonl: the per-draft "missing themes" verdict against the labelled `missing`
 *   4. train.jsonl: cross-validated figures of the training procedure (scripts/train.ts)
 * The dev sets are for measuring only; nothing here feeds back into the engine.
 */
import * as fs from "fs";
import * as path from "path";
import { reviewDocument } from "../src/analysis";
import { THEME_IDS, type Audience, type ThemeId } from "../src/content/types";
import { SHARED_EVAL, crossValidate, f1, readJsonl, type Example, type Prf } from "./train";

interface DevParagraph {
  id: string;
  text: string;
  themes: ThemeId[];
}

interface Proposal {
  id: string;
  audience: Audience;
  paragraphs: Array<{ text: string; style?: string; themes: ThemeId[] }>;
  missing: ThemeId[];
}

type Counts = Record<ThemeId, Prf>;

function emptyCounts(): Counts {
  return Object.fromEntries(THEME_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }])) as Counts;
}

function count(counts: Counts, predicted: readonly ThemeId[], gold: readonly ThemeId[]): void {
  for (const id of THEME_IDS) {
    const p = predicted.includes(id);
    const g = gold.includes(id);
    if (p && g) counts[id].tp++;
    else if (p) counts[id].fp++;
    else if (g) counts[id].fn++;
  }
}

function printTable(title: string, counts: Counts): number {
  console.log(`\n${title}`);
  console.log(`  ${"theme".padEnd(24)}    P     R     F1   (tp fp fn)`);
  let sum = 0;
  for (const id of THEME_IDS) {
    const c = counts[id];
    const s = f1(c);
    sum += s.f1;
    console.log(
      `  ${id.padEnd(24)} ${s.precision.toFixed(2).padStart(5)} ${s.recall.toFixed(2).padStart(5)} ${s.f1.toFixed(2).padStart(6)}   (${c.tp} ${c.fp} ${c.fn})`
    );
  }
  const macro = sum / THEME_IDS.length;
  console.log(`  ${"macro-F1".padEnd(24)} ${"".padStart(11)} ${macro.toFixed(3).padStart(7)}`);
  return macro;
}

function main(): void {
  if (!fs.existsSync(SHARED_EVAL)) {
    console.log(
      "../shared/eval is not beside this checkout: there is nothing to evaluate against. (exit 0)"
    );
    return;
  }
  const dev = readJsonl<DevParagraph>(path.join(SHARED_EVAL, "paragraphs-dev.jsonl"));
  const devCounts = emptyCounts();
  for (const paragraph of dev) {
    const review = reviewDocument([paragraph.text]);
    count(
      devCounts,
      review.paragraphs[0].themes.map((theme) => theme.id),
      paragraph.themes
    );
  }
  printTable(`paragraphs-dev.jsonl (${dev.length} paragraphs)`, devCounts);

  const proposals = readJsonl<Proposal>(path.join(SHARED_EVAL, "proposals-dev.jsonl"));
  const proposalCounts = emptyCounts();
  const missingRight = Object.fromEntries(THEME_IDS.map((id) => [id, 0])) as Record<
    ThemeId,
    number
  >;
  let exact = 0;
  const lines: string[] = [];
  for (const proposal of proposals) {
    const review = reviewDocument(
      proposal.paragraphs.map(({ text, style }) => ({ text, style })),
      { audience: proposal.audience }
    );
    proposal.paragraphs.forEach((paragraph, i) => {
      count(
        proposalCounts,
        review.paragraphs[i].themes.map((theme) => theme.id),
        paragraph.themes
      );
    });
    const missing = review.themes
      .filter((theme) => theme.status === "missing")
      .map((theme) => theme.id);
    const gold = new Set(proposal.missing);
    const same = missing.length === gold.size && missing.every((id) => gold.has(id));
    if (same) exact++;
    for (const id of THEME_IDS) if (missing.includes(id) === gold.has(id)) missingRight[id]++;
    const extra = missing.filter((id) => !gold.has(id));
    const lacking = proposal.missing.filter((id) => !missing.includes(id));
    lines.push(
      `  ${proposal.id}: ${same ? "exact" : `said missing but present: [${extra.join(", ")}]; missed gaps: [${lacking.join(", ")}]`}`
    );
  }
  const paragraphCount = proposals.reduce((sum, proposal) => sum + proposal.paragraphs.length, 0);
  printTable(
    `proposals-dev.jsonl, all paragraphs (${paragraphCount} in ${proposals.length} drafts)`,
    proposalCounts
  );
  console.log(
    `\nmissing-themes verdict on proposals-dev.jsonl: exact match ${exact}/${proposals.length}`
  );
  lines.forEach((line) => console.log(line));
  const perTheme = THEME_IDS.map(
    (id) => `${id} ${(missingRight[id] / proposals.length).toFixed(2)}`
  );
  console.log(`  per-theme accuracy: ${perTheme.join(", ")}`);
  const mean =
    THEME_IDS.reduce((sum, id) => sum + missingRight[id], 0) /
    (THEME_IDS.length * proposals.length);
  console.log(`  mean per-theme accuracy: ${mean.toFixed(3)}`);

  const trainFile = path.join(SHARED_EVAL, "train.jsonl");
  if (fs.existsSync(trainFile) && !process.argv.includes("--no-cv")) {
    const cv = crossValidate(readJsonl<Example>(trainFile));
    console.log(
      `\ntrain.jsonl, 5-fold cross-validation of the training procedure (lambda ${cv.lambda}; thresholds picked on the same folds):`
    );
    for (const row of cv.perTheme) {
      console.log(
        `  ${row.id.padEnd(24)} ${row.precision.toFixed(2).padStart(5)} ${row.recall.toFixed(2).padStart(5)} ${row.f1.toFixed(2).padStart(6)}`
      );
    }
    console.log(
      `  ${"macro-F1".padEnd(24)} ${"".padStart(11)} ${cv.macroF1.toFixed(3).padStart(7)}`
    );
  }
}

main();
