import { gzipSync } from "zlib";
import * as fs from "fs";
import * as path from "path";
import { EVEN_ODDS, GATE, loadModel } from "../../src/analysis/model";
import { MODEL_DATA } from "../../src/content/model";
import { THEME_IDS } from "../../src/content/types";

describe("the trained model data", () => {
  test("loads and covers all 11 themes with a bias and a threshold each", () => {
    expect([...MODEL_DATA.themes].sort()).toEqual([...THEME_IDS].sort());
    expect(MODEL_DATA.bias).toHaveLength(11);
    expect(MODEL_DATA.thresholds).toHaveLength(11);
    for (const threshold of MODEL_DATA.thresholds) {
      expect(threshold).toBeGreaterThan(0);
      expect(threshold).toBeLessThan(1);
    }
    const model = loadModel(MODEL_DATA);
    expect(model.weights.size).toBeGreaterThan(50);
    for (const [, weights] of model.weights) {
      // Each theme's weight, then the gate's (whether the paragraph argues any theme at all).
      expect(weights).toHaveLength(GATE + 1);
      for (const weight of weights) expect(Number.isFinite(weight)).toBe(true);
    }
  });

  test("every theme leans on its own lexicon cues", () => {
    const model = loadModel(MODEL_DATA);
    THEME_IDS.forEach((id, t) => {
      const own = model.weights.get("c:" + id)?.[t] ?? 0;
      expect(own).toBeGreaterThan(0.5);
    });
  });

  test("stays small enough to ship in the task pane", () => {
    const raw = fs.readFileSync(path.join(__dirname, "../../src/content/model/weights.json"));
    expect(gzipSync(raw).length).toBeLessThan(60_000);
  });

  test("reads weights kept in whole hundredths as exactly the decimals they stand for", () => {
    expect(MODEL_DATA.weightScale).toBe(100);
    const base = { ...MODEL_DATA, weightScale: undefined };
    const hundredths = loadModel({ ...base, weightScale: 100, weights: { f: [0, -38, 11, 134] } });
    const decimals = loadModel({ ...base, weights: { f: [0, -0.38, 11, 1.34] } });
    expect(hundredths.weights.get("f")).toEqual(decimals.weights.get("f"));
    expect(hundredths.weights.get("f")?.[0]).toBe(-0.38);
  });

  test("refuses data that does not list the themes", () => {
    expect(() => loadModel({ ...MODEL_DATA, themes: MODEL_DATA.themes.slice(1) })).toThrow();
  });

  test("has a gate no stricter than even odds, and older data without one lets all through", () => {
    const model = loadModel(MODEL_DATA);
    expect(MODEL_DATA.gate).toBeDefined();
    expect(model.gateThreshold).toBeGreaterThan(0);
    expect(model.gateThreshold).toBeLessThanOrEqual(EVEN_ODDS);
    expect(loadModel({ ...MODEL_DATA, gate: undefined }).gateThreshold).toBe(0);
  });
});
