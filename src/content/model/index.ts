/**
 * The theme model's weights as plain data (scripts/train.ts writes weights.json from the
 * labelled paragraphs in ../shared/eval). It ships in the task-pane bundle, so it stays small:
 * tiny weights are pruned and the rest rounded to hundredths, written as whole numbers.
 */
import data from "./weights.json";

export interface ModelData {
  /** What produced it, for people reading the file. */
  about: string;
  /** Theme ids in the order the arrays below use. */
  themes: string[];
  bias: number[];
  /** Probability at or above which a paragraph argues the theme (cross-validated on train). */
  thresholds: number[];
  /** The training settings cross-validation chose, so `npm run eval` can measure them again. */
  settings?: { lambda: number; lexiconShare: number };
  /**
   * Whether a paragraph argues any theme at all: its bias and the probability below which it
   * argues none. Its weights sit in `weights` under the index after the last theme.
   */
  gate?: { bias: number; threshold: number };
  /**
   * The weights below are whole numbers of 1/weightScale (hundredths: -38 for -0.38), fewer
   * bytes in the pane's bundle; data without it keeps its weights as they are.
   */
  weightScale?: number;
  /** Feature → flat [themeIndex, weight, themeIndex, weight, ...]; index themes.length: gate. */
  weights: Record<string, number[]>;
}

export const MODEL_DATA: ModelData = data as ModelData;
