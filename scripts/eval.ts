/**
 * npm run eval: how well the engine judges text it has not seen.
 *   1. Site-grouped 5-fold cross-validation of the training procedure over the whole pool
 *      (train.jsonl, train-real.jsonl, paragraphs-dev.jsonl) at the shipped settings: per theme
 *      and per register precision, recall and F1 with the spread across folds, the share of
 *      no-theme paragraphs flagged, what "zwak" means, and how the evidence reads.
 *   2. The shipped model on proposals-dev.jsonl, which it never trained on: every paragraph
 *      of the four drafts, and each draft's "missing themes" verdict.
 * Nothing printed here feeds back into the engine.
 *
 * Usage: npm run eval [-- --no-cv]
 */
import * as fs from "fs";
import * as path from "path";
import { reviewDocument } from "../src/analysis";
import { FIRM_SCORE } from "../src/analysis/model";
import { formInfo } from "../src/analysis/form-info";
import { normalize } from "../src/analysis/normalize";
import { MODEL_DATA } from "../src/content/model";
import { THEME_IDS, type Audience, type ThemeId } from "../src/content/types";
import { readPool, readJsonl, SHARED_EVAL, type Example } from "./pool";
import { crossValidate, f1, K, type HeldOut, type Prf } from "./train";

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

function macro(counts: Counts, themes: readonly ThemeId[] = THEME_IDS): number {
  return themes.reduce((sum, id) => sum + f1(counts[id]).f1, 0) / themes.length;
}

function countsOf(heldOut: readonly HeldOut[]): Counts {
  const counts = emptyCounts();
  for (const { example, themes } of heldOut) {
    count(
      counts,
      themes.map((theme) => theme.id),
      example.themes
    );
  }
  return counts;
}

const pct = (x: number): string => `${Math.round(x * 100)} %`.padStart(5);
const num = (x: number): string => x.toFixed(2).padStart(5);

function spread(values: readonly number[]): string {
  return `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
}

function printThemes(title: string, heldOut: readonly HeldOut[], folds: number): void {
  const all = countsOf(heldOut);
  const byFold = Array.from({ length: folds }, (_, f) =>
    countsOf(heldOut.filter((entry) => entry.fold === f))
  );
  console.log(`\n${title}`);
  console.log(`  ${"theme".padEnd(24)}    P     R    F1   F1 per fold   (tp fp fn)`);
  for (const id of THEME_IDS) {
    const s = f1(all[id]);
    const c = all[id];
    console.log(
      `  ${id.padEnd(24)} ${num(s.precision)} ${num(s.recall)} ${num(s.f1)}   ${spread(byFold.map((counts) => f1(counts[id]).f1))}     (${c.tp} ${c.fp} ${c.fn})`
    );
  }
  console.log(
    // Three decimals: a cue change moves the pooled figure by a few thousandths.
    `  ${"macro-F1".padEnd(24)} ${"".padStart(10)} ${macro(all).toFixed(3)}   ${spread(byFold.map((counts) => macro(counts)))}`
  );
}

/** Registers as reported: Flemish text beside its Dutch kin, the written set and dev apart. */
const REGISTER_NAMES: Record<string, string> = {
  gem: "municipalities",
  fon: "funds",
  won: "housing corporations",
  wel: "welfare organisations",
  ini: "initiatives",
  nws: "news and opinion",
  ken: "research institutes",
  pol: "politics",
  written: "written (train.jsonl)",
  dev: "dev (paragraphs-dev.jsonl)",
};

function flaggedShare(heldOut: readonly HeldOut[]): { none: number; flagged: number } {
  const none = heldOut.filter((entry) => entry.example.themes.length === 0);
  return { none: none.length, flagged: none.filter((entry) => entry.themes.length > 0).length };
}

function printRegisters(heldOut: readonly HeldOut[]): void {
  const groups = new Map<string, HeldOut[]>();
  for (const entry of heldOut) {
    const key = entry.example.register.replace(/-be$/, "");
    (groups.get(key) ?? groups.set(key, []).get(key))?.push(entry);
  }
  console.log(`\nper register (held out):`);
  console.log(
    `  ${"register".padEnd(38)}    n  micro-P  micro-R  micro-F1  macro-F1  no-theme flagged`
  );
  const row = (name: string, entries: readonly HeldOut[]): void => {
    const counts = countsOf(entries);
    const sum = THEME_IDS.reduce(
      (acc, id) => ({
        tp: acc.tp + counts[id].tp,
        fp: acc.fp + counts[id].fp,
        fn: acc.fn + counts[id].fn,
      }),
      { tp: 0, fp: 0, fn: 0 }
    );
    const s = f1(sum);
    // Macro over the themes this register argues at all: a theme it never argues says nothing.
    const present = THEME_IDS.filter((id) => counts[id].tp + counts[id].fn > 0);
    const { none, flagged } = flaggedShare(entries);
    console.log(
      `  ${name.padEnd(38)} ${String(entries.length).padStart(4)}    ${num(s.precision)}    ${num(s.recall)}     ${num(s.f1)}     ${num(macro(counts, present))}   ${none ? `${pct(flagged / none)} of ${none}` : "—"}`
    );
  };
  const order = Object.keys(REGISTER_NAMES);
  for (const key of [...groups.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
    row(`${key} ${REGISTER_NAMES[key] ?? ""}`.trim(), groups.get(key) ?? []);
  }
  const real = heldOut.filter((entry) => !["written", "dev"].includes(entry.example.register));
  row("all real public paragraphs (train-real)", real);
  const { none, flagged } = flaggedShare(heldOut);
  console.log(`\nno-theme paragraphs given a theme anyway: ${pct(flagged / none)} of ${none}`);
}

/** Held-out precision of verdicts below and above the firm score: what "zwak" promises. */
function printCalibration(heldOut: readonly HeldOut[]): void {
  const bands = [
    { name: `weak verdicts (threshold ≤ score < ${FIRM_SCORE})`, tp: 0, n: 0 },
    { name: `firm verdicts (score ≥ ${FIRM_SCORE})`, tp: 0, n: 0 },
  ];
  for (const { example, themes } of heldOut) {
    for (const theme of themes) {
      const band = bands[theme.score >= FIRM_SCORE ? 1 : 0];
      band.n++;
      if (example.themes.includes(theme.id)) band.tp++;
    }
  }
  console.log(`\nwhat a verdict's strength means (held out):`);
  for (const band of bands) {
    console.log(
      `  ${band.name.padEnd(44)} ${String(band.n).padStart(5)} verdicts, ${pct(band.n ? band.tp / band.n : 0)} right`
    );
  }
}

/** The words of a theme's part of a `why`: "relaties: … ; bewonersregie: …". */
function whyWords(why: string, theme: ThemeId): Set<string> | null {
  const part = why.split(/;\s*(?=[a-z-]+:)/).find((piece) =>
    piece
      .trim()
      .toLowerCase()
      .startsWith(theme + ":")
  );
  if (!part) return null;
  return new Set(part.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []);
}

/** Evidence against the labellers' `why` and against the lone-function-word rule. */
function printEvidence(heldOut: readonly HeldOut[]): void {
  let spans = 0;
  let lone = 0;
  let right = 0;
  let agreeing = 0;
  let inSentence = 0;
  for (const { example, themes } of heldOut) {
    for (const theme of themes) {
      for (const span of theme.evidence) {
        spans++;
        const words = span.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
        if (!words.some((word) => formInfo(normalize(word).text).meaningful)) lone++;
        if (span.start >= theme.sentence.start && span.end <= theme.sentence.end) inSentence++;
      }
      if (!example.why || !example.themes.includes(theme.id)) continue;
      const wanted = whyWords(example.why, theme.id);
      if (!wanted) continue;
      right++;
      const marked = theme.evidence.flatMap(
        (span) => span.text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []
      );
      // A shared stem of five letters counts: "ontmoeten" in the why, "ontmoeting" marked.
      if (marked.some((word) => [...wanted].some((w) => w.slice(0, 5) === word.slice(0, 5))))
        agreeing++;
    }
  }
  console.log(`\nevidence (held out):`);
  console.log(`  spans that are only function words: ${lone} of ${spans} (${pct(lone / spans)})`);
  console.log(`  spans inside the sentence shown: ${pct(inSentence / spans)}`);
  console.log(
    `  right verdicts on train-real whose marked words meet the labeller's why: ${agreeing} of ${right} (${pct(agreeing / right)})`
  );
}

function crossValidation(pool: Example[]): void {
  const settings = MODEL_DATA.settings ?? { lambda: 0.003, lexiconShare: 0 };
  const started = Date.now();
  const cv = crossValidate(pool, settings);
  const sites = new Set(pool.map((example) => example.group)).size;
  printThemes(
    `site-grouped ${K}-fold cross-validation over the pool: ${pool.length} paragraphs, ${sites} groups (lambda ${settings.lambda}, cue-model share ${settings.lexiconShare}; ${((Date.now() - started) / 1000).toFixed(0)} s)`,
    cv.heldOut,
    cv.folds
  );
  printThemes(
    `the same, real public paragraphs only (train-real.jsonl, ${pool.filter((e) => !["written", "dev"].includes(e.register)).length})`,
    cv.heldOut.filter((entry) => !["written", "dev"].includes(entry.example.register)),
    cv.folds
  );
  printRegisters(cv.heldOut);
  printCalibration(cv.heldOut);
  printEvidence(cv.heldOut);
}

function proposals(): void {
  const drafts = readJsonl<Proposal>(path.join(SHARED_EVAL, "proposals-dev.jsonl"));
  const counts = emptyCounts();
  let exact = 0;
  let right = 0;
  const lines: string[] = [];
  for (const draft of drafts) {
    const review = reviewDocument(
      draft.paragraphs.map(({ text, style }) => ({ text, style })),
      { audience: draft.audience }
    );
    draft.paragraphs.forEach((paragraph, i) => {
      count(
        counts,
        review.paragraphs[i].themes.map((theme) => theme.id),
        paragraph.themes
      );
    });
    const missing = review.themes.filter((t) => t.status === "missing").map((t) => t.id);
    const gold = new Set(draft.missing);
    for (const id of THEME_IDS) if (missing.includes(id) === gold.has(id)) right++;
    const extra = missing.filter((id) => !gold.has(id));
    const lacking = draft.missing.filter((id) => !missing.includes(id));
    if (extra.length === 0 && lacking.length === 0) exact++;
    lines.push(
      `  ${draft.id}: ${extra.length + lacking.length === 0 ? "exact" : `called missing but argued: [${extra.join(", ")}]; called present but missing: [${lacking.join(", ")}]`}`
    );
  }
  const paragraphs = drafts.reduce((sum, draft) => sum + draft.paragraphs.length, 0);
  console.log(
    `\nthe shipped model on proposals-dev.jsonl (never trained on): ${paragraphs} paragraphs of ${drafts.length} drafts`
  );
  console.log(`  ${"theme".padEnd(24)}    P     R    F1   (tp fp fn)`);
  for (const id of THEME_IDS) {
    const s = f1(counts[id]);
    const c = counts[id];
    console.log(
      `  ${id.padEnd(24)} ${num(s.precision)} ${num(s.recall)} ${num(s.f1)}   (${c.tp} ${c.fp} ${c.fn})`
    );
  }
  console.log(`  ${"macro-F1".padEnd(24)} ${"".padStart(11)} ${num(macro(counts))}`);
  console.log(
    `\npresent/missing verdicts: ${right} of ${drafts.length * THEME_IDS.length} right (${(right / (drafts.length * THEME_IDS.length)).toFixed(3)}); drafts exactly right: ${exact} of ${drafts.length}`
  );
  lines.forEach((line) => console.log(line));
}

function main(): void {
  const pool = readPool();
  if (!pool || !fs.existsSync(path.join(SHARED_EVAL, "proposals-dev.jsonl"))) {
    console.log(
      "../shared/eval is not beside this checkout: there is nothing to evaluate against. (exit 0)"
    );
    return;
  }
  if (!process.argv.includes("--no-cv")) crossValidation(pool);
  proposals();
}

main();
