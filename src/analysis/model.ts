/**
 * The trained one-vs-rest logistic model (content/model, written by scripts/train.ts),
 * unpacked once into a feature → [theme, weight] lookup.
 */
import { MODEL_DATA, type ModelData } from "../content/model";
import { THEME_IDS } from "../content/types";
import type { Features } from "./features";

/**
 * Where the gate sits in every weight vector and logit array, after the themes: a logistic
 * model of whether a paragraph argues any theme at all. Below its threshold a paragraph keeps
 * only its verdicts at EVEN_ODDS or better: most paragraphs of a real plan argue nothing, and
 * an unsure verdict on one that reads like practical information is more often wrong than right.
 */
export const GATE = THEME_IDS.length;

/**
 * A calibrated score at or above which a verdict is firm: held out, about four in five such
 * verdicts were right (npm run eval prints the figure). Between a theme's threshold and here
 * the model is unsure, and a theme argued only there is "zwak" (coverage.ts).
 */
export const FIRM_SCORE = 0.6;

/**
 * Even odds. The gate silences a verdict only where it and the theme's own score both say
 * "more likely not": a clear one-sentence argument stands, a faint echo in practical text goes.
 */
export const EVEN_ODDS = 0.5;

/** A model without a gate (older data) lets every paragraph through. */
const OPEN_GATE = { bias: 10, threshold: 0 };

export interface Model {
  /** Per theme, THEME_IDS order, then the gate's. */
  bias: number[];
  thresholds: number[];
  /** The gate's probability below which a paragraph argues nothing. */
  gateThreshold: number;
  /** Feature → weight per theme (THEME_IDS order) and the gate; dense, so scoring is a plain loop. */
  weights: Map<string, Float64Array>;
  /**
   * Feature → a small integer, its place in `vectors`: word features are looked up once per
   * written form and then marked and summed by id, with no string hashing per word.
   */
  ids: Map<string, number>;
  /** The same weights as `weights`, by id. */
  vectors: Float64Array[];
  /**
   * By id, only the themes a feature has a non-zero weight for (a third, on average) and
   * those weights: adding a zero leaves a logit as it was, so a word's weights can be
   * summed over these alone.
   */
  themesOf: Int32Array[];
  nonZero: Float64Array[];
}

export function loadModel(data: ModelData): Model {
  const order = data.themes.map((id) => THEME_IDS.indexOf(id as (typeof THEME_IDS)[number]));
  if (order.some((i) => i < 0) || order.length !== THEME_IDS.length) {
    throw new Error("model data does not list the 11 themes");
  }
  const gate = data.gate ?? OPEN_GATE;
  const bias = new Array<number>(GATE + 1).fill(0);
  const thresholds = new Array<number>(THEME_IDS.length).fill(0.5);
  order.forEach((themeIndex, i) => {
    bias[themeIndex] = data.bias[i];
    thresholds[themeIndex] = data.thresholds[i];
  });
  bias[GATE] = gate.bias;
  // Dividing a whole number by 100 gives the same double as reading "-0.38": scores do not move.
  const scale = data.weightScale ?? 1;
  const weights = new Map<string, Float64Array>();
  const ids = new Map<string, number>();
  const vectors: Float64Array[] = [];
  const themesOf: Int32Array[] = [];
  const nonZero: Float64Array[] = [];
  for (const [feature, flat] of Object.entries(data.weights)) {
    const dense = new Float64Array(GATE + 1);
    for (let k = 0; k + 1 < flat.length; k += 2) {
      const theme = flat[k] === data.themes.length ? GATE : order[flat[k]];
      if (theme === undefined || !Number.isFinite(flat[k + 1]))
        throw new Error(`model data: bad weight for ${feature}`);
      dense[theme] = flat[k + 1] / scale;
    }
    weights.set(feature, dense);
    ids.set(feature, vectors.length);
    vectors.push(dense);
    const themes: number[] = [];
    dense.forEach((w, t) => {
      if (w !== 0) themes.push(t);
    });
    themesOf.push(Int32Array.from(themes));
    nonZero.push(Float64Array.from(themes, (t) => dense[t]));
  }
  return {
    bias,
    thresholds,
    gateThreshold: gate.threshold,
    weights,
    ids,
    vectors,
    themesOf,
    nonZero,
  };
}

let loaded: Model | null = null;
export function currentModel(): Model {
  if (!loaded) loaded = loadModel(MODEL_DATA);
  return loaded;
}

/**
 * Raw logits per theme (THEME_IDS order) and the gate from string-keyed features, summed in their order:
 * how the trainer's features are scored, and the reference the reviewer's id-based scoring
 * (features.ts) must match to the last bit.
 */
export function logits(model: Model, features: Features): number[] {
  const z = model.bias.slice();
  for (const [name, value] of features.values) {
    const weights = model.weights.get(name);
    if (!weights) continue;
    for (let t = 0; t < z.length; t++) z[t] += weights[t] * value;
  }
  return z;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
