/**
 * Trains the theme model on the whole training pool (scripts/pool.ts) and writes
 * src/content/model/weights.json.
 *
 * One-vs-rest logistic regression over the engine's own paragraph features (stems split by
 * negation, compound parts, lexicon cues, paragraph shape). The penalty pulls each theme's
 * cue-sum weight towards a positive prior rather than zero, so the lexicon's meaning is not
 * forgotten where the pool is thin. Beside the themes, a gate: the same kind of model of
 * whether a paragraph argues any theme at all (model.ts says how the engine uses it).
 *
 * Every choice is made by cross-validation with folds grouped by source site: the penalty
 * strength and the cue-model share by the pooled macro-F1 of the held-out verdicts, and per
 * theme a calibration (Platt scaling of the held-out logits, folded into the weights, so a
 * score is a probability), the threshold that maximises held-out F1, and the gate's threshold.
 * Held-out text is judged by the reviewer's own path (judgeParagraph, sentences included) with
 * the fold's model pruned and rounded as it ships, and each fold's calibration and thresholds
 * are fitted on the other folds only. Deterministic: fixed folds, feature order and iteration count.
 *
 * Usage: npm run train
 */
import * as fs from "fs";
import * as path from "path";
import { EVEN_ODDS, GATE, loadModel } from "../src/analysis/model";
import { judgeParagraph, paragraphFeatures } from "../src/analysis/paragraph";
import type { ModelData } from "../src/content/model";
import { THEME_IDS, type ThemeId } from "../src/content/types";
import { groupedFolds, readPool, type Example } from "./pool";

const MODEL_FILE = path.resolve(__dirname, "..", "src", "content", "model", "weights.json");

/** Sparse rows: feature indexes and values. */
interface Matrix {
  names: string[];
  rows: Array<{ idx: Int32Array; val: Float64Array }>;
}

const ALWAYS_KEEP = /^(c|d|x|z|k|l|m):/;
const MIN_DOCS = 2;

function buildMatrix(examples: readonly Example[]): Matrix {
  const featureSets = examples.map(
    (example) => paragraphFeatures(example.text, example.style).features.values
  );
  const docCount = new Map<string, number>();
  for (const values of featureSets)
    for (const name of values.keys()) docCount.set(name, (docCount.get(name) ?? 0) + 1);
  const names = [...docCount.keys()]
    .filter((name) => ALWAYS_KEEP.test(name) || (docCount.get(name) ?? 0) >= MIN_DOCS)
    .sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = featureSets.map((values) => {
    const pairs: Array<[number, number]> = [];
    for (const [name, value] of values) {
      const i = index.get(name);
      if (i !== undefined) pairs.push([i, value]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    return {
      idx: Int32Array.from(pairs.map((p) => p[0])),
      val: Float64Array.from(pairs.map((p) => p[1])),
    };
  });
  return { names, rows };
}

/** What cross-validation chooses among. */
export interface Settings {
  lambda: number;
  /**
   * How much of the final logit comes from the cue model, which sees the lexicon and the
   * paragraph's shape but no stems (the rest comes from the full model).
   */
  lexiconShare: number;
}

const GRID: Settings[] = [0.0003, 0.001, 0.003].flatMap((lambda) =>
  [0, 0.5].map((lexiconShare) => ({ lambda, lexiconShare }))
);

/** Penalty shape. */
const PRIOR = { wordScale: 1, cueScale: 0.5, cuePrior: 1.2, crossFloor: -0.6 };

interface Prior {
  scale: Float64Array;
  mean: Float64Array;
  floor: Float64Array;
}

/** The gate's penalty: the same for every feature, towards zero. */
function plainPrior(names: readonly string[]): Prior {
  return {
    scale: new Float64Array(names.length).fill(PRIOR.wordScale),
    mean: new Float64Array(names.length),
    floor: new Float64Array(names.length).fill(-Infinity),
  };
}

/** Per-feature penalty scale, prior mean and lower bound for one theme. */
function priors(names: readonly string[], theme: ThemeId): Prior {
  const scale = new Float64Array(names.length).fill(PRIOR.wordScale);
  const mean = new Float64Array(names.length);
  // Another theme's cue is no evidence against this one: most paragraphs argue one theme, and
  // without a floor the model learns that a paragraph arguing several (the report's own core
  // message) argues none of them.
  const floor = Float64Array.from(names, (name) =>
    /^[cm]:/.test(name) && name.slice(2) !== theme ? PRIOR.crossFloor : -Infinity
  );
  names.forEach((name, i) => {
    if (name === "c:" + theme || name === "m:" + theme) {
      scale[i] = PRIOR.cueScale;
      mean[i] = PRIOR.cuePrior;
    } else if (name === "x:" + theme) {
      scale[i] = 0.5;
      mean[i] = -1.5;
    } else if (name === "k:heading") {
      scale[i] = 0.2;
      mean[i] = -1;
    } else if (/^[cdxzm]:/.test(name)) scale[i] = PRIOR.cueScale;
    else if (/^[kl]:/.test(name)) scale[i] = 1;
  });
  return { scale, mean, floor };
}

/** The lexicon's own features and the paragraph's shape: what the cue model sees. */
const LEXICON_FEATURES = /^(c|d|x|z|m|k|l|q):/;
/** Enough for the pool's 1 300 paragraphs to settle: 300 left held-out F1 0.01 lower. */
const ITERATIONS = 800;

interface Linear {
  w: Float64Array;
  b: number;
}

/** L2-penalised logistic regression by full-batch gradient descent with momentum. */
function fitLinear(
  m: Matrix,
  rows: readonly number[],
  labels: Uint8Array,
  prior: Prior,
  lambda: number,
  /** Train only the features this accepts; the rest keep their prior. */
  only?: RegExp
): Linear {
  const n = m.names.length;
  const { scale, mean, floor } = prior;
  const w = Float64Array.from(mean);
  let b = -2;
  const vw = new Float64Array(n);
  let vb = 0;
  const grad = new Float64Array(n);
  const frozen = Uint8Array.from(m.names, (name) => (only && !only.test(name) ? 1 : 0));
  const lr = 0.3;
  const momentum = 0.9;
  const count = rows.length;
  for (let it = 0; it < ITERATIONS; it++) {
    grad.fill(0);
    let gb = 0;
    for (const r of rows) {
      const row = m.rows[r];
      let z = b;
      for (let k = 0; k < row.idx.length; k++) z += w[row.idx[k]] * row.val[k];
      const err = 1 / (1 + Math.exp(-z)) - labels[r];
      gb += err;
      for (let k = 0; k < row.idx.length; k++) grad[row.idx[k]] += err * row.val[k];
    }
    for (let i = 0; i < n; i++) {
      if (frozen[i]) continue;
      const g = grad[i] / count + lambda * scale[i] * (w[i] - mean[i]);
      vw[i] = momentum * vw[i] - lr * g;
      w[i] += vw[i];
      if (w[i] < floor[i]) {
        w[i] = floor[i];
        vw[i] = 0;
      }
    }
    vb = momentum * vb - lr * (gb / count);
    b += vb;
  }
  return { w, b };
}

/** The full model and the cue model, fitted alike and merged into one linear model. */
function blended(
  m: Matrix,
  rows: readonly number[],
  labels: Uint8Array,
  theme: ThemeId,
  settings: Settings
): Linear {
  const prior = priors(m.names, theme);
  const full = fitLinear(m, rows, labels, prior, settings.lambda);
  const a = settings.lexiconShare;
  if (a <= 0) return full;
  const cues = fitLinear(m, rows, labels, prior, settings.lambda, LEXICON_FEATURES);
  return {
    w: full.w.map((value, i) => (1 - a) * value + a * cues.w[i]),
    b: (1 - a) * full.b + a * cues.b,
  };
}

function labelsFor(examples: readonly Example[], theme: ThemeId): Uint8Array {
  return Uint8Array.from(examples, (example) => (example.themes.includes(theme) ? 1 : 0));
}

/** Per theme, logit → a·logit + c: Platt scaling, so a score reads as a probability. */
export interface Calibration {
  a: number;
  c: number;
}

const IDENTITY: Calibration = { a: 1, c: 0 };

/** Platt scaling by Newton's method on (logit, label) pairs, with a light ridge for stability. */
function fitCalibration(logits: readonly number[], labels: readonly number[]): Calibration {
  let a = 1;
  let c = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0,
      gc = 0,
      haa = 1e-3,
      hac = 0,
      hcc = 1e-3;
    for (let i = 0; i < logits.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * logits[i] + c)));
      const err = p - labels[i];
      const s = p * (1 - p);
      ga += err * logits[i];
      gc += err;
      haa += s * logits[i] * logits[i];
      hac += s * logits[i];
      hcc += s;
    }
    const det = haa * hcc - hac * hac;
    if (!(det > 0)) break;
    const da = (hcc * ga - hac * gc) / det;
    const dc = (haa * gc - hac * ga) / det;
    a -= da;
    c -= dc;
    if (Math.abs(da) + Math.abs(dc) < 1e-9) break;
  }
  // A calibration that turned a score around would be a fit to noise: keep the order.
  return a > 0.05 ? { a, c } : IDENTITY;
}

/**
 * Weights smaller than this go, so the model fits the pane's 200 KB gzip budget (49 KB gzip at
 * 0.06, 34 KB at 0.1). Held out, 0.12 cost 0.01 macro-F1 against 0.06.
 */
const PRUNE_BELOW = 0.1;

/** Weights ship as whole hundredths (content/model/index.ts, weightScale). */
const WEIGHT_SCALE = 100;

function round(value: number): number {
  return Math.round(value * WEIGHT_SCALE) / WEIGHT_SCALE;
}

/**
 * The fitted themes (and, last, the gate) as the engine's model data, each theme's
 * calibration folded into its weights, pruned and rounded.
 */
function modelData(
  m: Matrix,
  fitted: readonly Linear[],
  calibration: readonly Calibration[],
  thresholds: readonly number[],
  gateThreshold: number,
  about: string,
  settings?: Settings
): ModelData {
  const weights: Record<string, number[]> = {};
  const bias: number[] = [];
  fitted.forEach((model, t) => {
    const { a, c } = t < GATE ? calibration[t] : IDENTITY;
    if (t < GATE) bias.push(round(a * model.b + c));
    m.names.forEach((name, i) => {
      const w = a * model.w[i];
      if (Math.abs(w) < PRUNE_BELOW) return;
      (weights[name] ??= []).push(t, Math.round(w * WEIGHT_SCALE));
    });
  });
  return {
    about,
    themes: [...THEME_IDS],
    bias,
    thresholds: thresholds.map((t) => Math.round(t * 1000) / 1000),
    gate: { bias: round(fitted[GATE].b), threshold: gateThreshold },
    ...(settings ? { settings } : {}),
    weightScale: WEIGHT_SCALE,
    weights,
  };
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
}

export function f1(c: Prf): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

const THRESHOLD_GRID = Array.from({ length: 33 }, (_, i) => 0.1 + i * 0.025);

function bestThreshold(probabilities: readonly number[], labels: readonly number[]): number {
  let best = 0.5;
  let bestF1 = -1;
  for (const t of THRESHOLD_GRID) {
    const c: Prf = { tp: 0, fp: 0, fn: 0 };
    probabilities.forEach((p, i) => {
      if (p >= t && labels[i]) c.tp++;
      else if (p >= t) c.fp++;
      else if (labels[i]) c.fn++;
    });
    const score = f1(c).f1;
    // Prefer the threshold nearest 0.5 among near-equal ones: steadier on unseen text.
    if (
      score > bestF1 + 1e-9 ||
      (Math.abs(score - bestF1) <= 1e-9 && Math.abs(t - 0.5) < Math.abs(best - 0.5))
    ) {
      best = t;
      bestF1 = score;
    }
  }
  return best;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A probability back to its logit; judgeParagraph rounds scores to three decimals. */
function logitOf(p: number): number {
  const q = Math.min(Math.max(p, 0.0005), 0.9995);
  return Math.log(q / (1 - q));
}

/** One held-out paragraph as the engine judged it with its fold's model. */
export interface HeldOut {
  example: Example;
  fold: number;
  /** Calibrated score per theme (THEME_IDS order). */
  scores: number[];
  /** The verdict: themes argued, each with its evidence. */
  themes: ReturnType<typeof judgeParagraph>["themes"];
}

export interface CrossValidation {
  settings: Settings;
  folds: number;
  heldOut: HeldOut[];
  /** Calibration and thresholds fitted on all held-out logits: what the shipped model uses. */
  calibration: Calibration[];
  thresholds: number[];
  gateThreshold: number;
  macroF1: number;
}

export const K = 5;

/** The themes and, last, the gate, fitted on the examples `rows`. */
function fitThemes(
  m: Matrix,
  examples: readonly Example[],
  rows: readonly number[],
  settings: Settings
): Linear[] {
  const themes = THEME_IDS.map((theme) =>
    blended(m, rows, labelsFor(examples, theme), theme, settings)
  );
  const any = Uint8Array.from(examples, (example) => (example.themes.length > 0 ? 1 : 0));
  return [...themes, fitLinear(m, rows, any, plainPrior(m.names), settings.lambda)];
}

/** A paragraph's held-out logits: per theme, then the gate. */
type Logits = number[];

/**
 * Calibration, thresholds and the gate's threshold, fitted on the held-out logits of `rows`
 * (the gate silences only verdicts below EVEN_ODDS, as judgeParagraph does).
 * The gate takes the highest threshold whose macro-F1 stays within GATE_TOLERANCE of the
 * best: among settings that judge alike, the one that claims least.
 */
function calibrate(
  logits: readonly Logits[],
  examples: readonly Example[],
  rows: readonly number[]
): { calibration: Calibration[]; thresholds: number[]; gateThreshold: number } {
  const calibration: Calibration[] = [];
  const thresholds: number[] = [];
  const labels = THEME_IDS.map((theme) =>
    rows.map((i) => (examples[i].themes.includes(theme) ? 1 : 0))
  );
  const scores = THEME_IDS.map((_, t) => {
    const z = rows.map((i) => logits[i][t]);
    const cal = fitCalibration(z, labels[t]);
    calibration.push(cal);
    const p = z.map((value) => sigmoid(cal.a * value + cal.c));
    thresholds.push(bestThreshold(p, labels[t]));
    return p;
  });
  const gate = rows.map((i) => sigmoid(logits[i][GATE]));
  const scoreAt = (g: number): number => {
    let sum = 0;
    THEME_IDS.forEach((_, t) => {
      const c: Prf = { tp: 0, fp: 0, fn: 0 };
      rows.forEach((_, k) => {
        const said = scores[t][k] >= thresholds[t] && (gate[k] >= g || scores[t][k] >= EVEN_ODDS);
        if (said && labels[t][k]) c.tp++;
        else if (said) c.fp++;
        else if (labels[t][k]) c.fn++;
      });
      sum += f1(c).f1;
    });
    return sum / THEME_IDS.length;
  };
  const byGate = GATE_GRID.map((g) => ({ g, score: scoreAt(g) }));
  const best = Math.max(...byGate.map((entry) => entry.score));
  const gateThreshold = Math.max(
    ...byGate.filter((entry) => entry.score >= best - GATE_TOLERANCE).map((entry) => entry.g)
  );
  return { calibration, thresholds, gateThreshold };
}

/**
 * Up to even odds: the gate silences a paragraph only where it more likely argues nothing
 * than something. Held out, 0.5 flagged a third fewer no-theme paragraphs than no gate for
 * the same macro-F1 (0.625 and 0.623); a higher gate cut a little more but silenced short,
 * clear one-sentence arguments.
 */
const GATE_GRID = Array.from({ length: 11 }, (_, i) => i * 0.05);
/** Macro-F1 a more cautious gate may give up: about the spread between folds, and less. */
const GATE_TOLERANCE = 0.01;

export function crossValidate(
  examples: readonly Example[],
  settings: Settings,
  m = buildMatrix(examples)
): CrossValidation {
  const fold = groupedFolds(examples, K);
  const inFold = (f: number) => examples.flatMap((_, i) => (fold[i] === f ? [i] : []));
  const outOfFold = (f: number) => examples.flatMap((_, i) => (fold[i] !== f ? [i] : []));
  const uncalibrated = THEME_IDS.map(() => IDENTITY);
  const half = THEME_IDS.map(() => 0.5);
  const fitted: Linear[][] = [];
  // Pass 1: each fold's raw model, gate open, judges its held-out paragraphs; logits are kept.
  const logits: Logits[] = examples.map(() => []);
  for (let f = 0; f < K; f++) {
    fitted[f] = fitThemes(m, examples, outOfFold(f), settings);
    const model = loadModel(modelData(m, fitted[f], uncalibrated, half, 0, "fold"));
    for (const i of inFold(f)) {
      const judgement = judgeParagraph(examples[i].text, examples[i].style, model);
      logits[i] = [...judgement.scores.map(logitOf), logitOf(judgement.gate)];
    }
  }
  // Pass 2: each fold's calibration and thresholds come from the other folds' held-out logits.
  const heldOut: HeldOut[] = [];
  for (let f = 0; f < K; f++) {
    const { calibration, thresholds, gateThreshold } = calibrate(logits, examples, outOfFold(f));
    const model = loadModel(
      modelData(m, fitted[f], calibration, thresholds, gateThreshold, "fold")
    );
    for (const i of inFold(f)) {
      const judgement = judgeParagraph(examples[i].text, examples[i].style, model);
      heldOut.push({
        example: examples[i],
        fold: f,
        scores: judgement.scores,
        themes: judgement.themes,
      });
    }
  }
  const all = examples.map((_, i) => i);
  return {
    settings,
    folds: K,
    heldOut,
    ...calibrate(logits, examples, all),
    macroF1: macroF1(heldOut),
  };
}

/** Macro-F1 over the 11 themes of held-out verdicts. */
export function macroF1(heldOut: readonly HeldOut[]): number {
  let sum = 0;
  for (const theme of THEME_IDS) {
    const c: Prf = { tp: 0, fp: 0, fn: 0 };
    for (const { example, themes } of heldOut) {
      const said = themes.some((entry) => entry.id === theme);
      const gold = example.themes.includes(theme);
      if (said && gold) c.tp++;
      else if (said) c.fp++;
      else if (gold) c.fn++;
    }
    sum += f1(c).f1;
  }
  return sum / THEME_IDS.length;
}

/** Every setting of the grid, cross-validated; the best by held-out macro-F1. */
export function chooseSettings(
  examples: readonly Example[],
  log: (line: string) => void
): CrossValidation {
  const m = buildMatrix(examples);
  let best: CrossValidation | null = null;
  for (const settings of GRID) {
    const cv = crossValidate(examples, settings, m);
    log(
      `  lambda ${settings.lambda}, cue-model share ${settings.lexiconShare}: macro-F1 ${cv.macroF1.toFixed(3)}`
    );
    if (!best || cv.macroF1 > best.macroF1 + 1e-9) best = cv;
  }
  return best as CrossValidation;
}

export function train(examples: readonly Example[], cv: CrossValidation): ModelData {
  const m = buildMatrix(examples);
  const fitted = fitThemes(
    m,
    examples,
    examples.map((_, i) => i),
    cv.settings
  );
  const { lambda, lexiconShare } = cv.settings;
  return modelData(
    m,
    fitted,
    cv.calibration,
    cv.thresholds,
    cv.gateThreshold,
    `scripts/train.ts on ${examples.length} paragraphs (train, train-real, paragraphs-dev), lambda ${lambda}, cue-model share ${lexiconShare}, ${K}-fold site-grouped CV macro-F1 ${cv.macroF1.toFixed(3)}`,
    cv.settings
  );
}

function main(): void {
  const pool = readPool();
  if (!pool) {
    console.log(
      `../shared/eval is not beside this checkout; nothing to train. The shipped model stays as it is.`
    );
    return;
  }
  const started = Date.now();
  console.log(`site-grouped ${K}-fold cross-validation over ${pool.length} paragraphs:`);
  const cv = chooseSettings(pool, (line) => console.log(line));
  const data = train(pool, cv);
  const json = JSON.stringify(data);
  fs.writeFileSync(MODEL_FILE, json + "\n");
  console.log(
    `wrote ${path.relative(process.cwd(), MODEL_FILE)}: lambda ${cv.settings.lambda}, share ${cv.settings.lexiconShare}, gate ${cv.gateThreshold}, ${Object.keys(data.weights).length} features, ${json.length} bytes (${((Date.now() - started) / 1000).toFixed(1)} s)`
  );
}

if (require.main === module) main();
