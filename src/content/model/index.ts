/**
 * The theme model's weights as plain data (scripts/train.ts writes weights.json from
 * ../shared/eval/train.jsonl). It ships in the task-pane bundle, so it stays small:
 * tiny weights are pruned and the rest rounded.
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
  /** Feature → flat [themeIndex, weight, themeIndex, weight, ...]. */
  weights: Record<string, number[]>;
}

export const MODEL_DATA: ModelData = data as ModelData;
