/**
 * One paragraph, judged on its own: which themes it argues, how strongly, with which words;
 * and whether it only lists activities. Pure function of (text, style), so it can be cached.
 */
import { THEME_IDS, type ThemeId } from "../content/types";
import { matchCues, positionsByKey, type CueHit } from "./cue-match";
import { evidenceSpans } from "./evidence";
import { extractFeatures, type Features } from "./features";
import { formInfo, type FormInfo } from "./lexicon";
import { currentModel, logits, sigmoid, type Model } from "./model";
import { polarities, type Polarity } from "./negation";
import { paragraphKind, type ParagraphKind } from "./paragraph-kind";
import { sentenceLogits } from "./sentences";
import { workCounter } from "./stems";
import { tokenize, type Token } from "./tokens";
import type { Evidence, ParagraphTheme } from "./types";

export interface ParagraphJudgement {
  kind: ParagraphKind;
  /** Probability per theme, THEME_IDS order. */
  scores: number[];
  /** The themes it argues, strongest first. */
  themes: ParagraphTheme[];
  /** Activity words when the paragraph lists what is organised; empty otherwise. */
  activities: Evidence[];
  wordCount: number;
  dutchWords: number;
  /** For a heading: the themes it names ("Wat we vragen", "Continuïteit en borging"). */
  headingThemes: ThemeId[];
  /**
   * The words that would carry a theme the paragraph does not argue on its own, should its
   * context (the heading above a list line) name that theme. Empty when none would.
   */
  evidenceFor(theme: ThemeId): Evidence[];
}

const EVIDENCE_FEATURES = 3;
/** How much of a theme's own cues a heading must carry to name that theme. */
const HEADING_CUE = 0.5;

/** The features of a paragraph as the model and the trainer see them. */
export function paragraphFeatures(
  text: string,
  style?: string,
  known?: ReadonlyMap<string, unknown>
): {
  tokens: Token[];
  infos: FormInfo[];
  polarity: Polarity[];
  hits: CueHit[];
  features: Features;
  kind: ParagraphKind;
} {
  const { tokens } = tokenize(text);
  const polarity = polarities(tokens);
  // Each word's keys and feature names, looked up once and shared by every step below.
  const infos = tokens.map((token) => formInfo(token.form));
  const hits = matchCues(infos, positionsByKey(infos), polarity);
  const kind = paragraphKind(text, tokens, style);
  return {
    tokens,
    infos,
    polarity,
    hits,
    features: extractFeatures(tokens, infos, polarity, hits, kind, text, known),
    kind,
  };
}

/**
 * Token indexes behind the few features that pushed each given theme up most, in one pass
 * over the paragraph's features.
 */
function evidenceIndexes(model: Model, themes: readonly number[], features: Features): number[][] {
  if (themes.length === 0) return [];
  const best = themes.map(() => [] as TopFeature[]);
  for (const [name, where] of features.where) {
    const weights = model.weights.get(name);
    if (!weights) continue;
    const value = features.values.get(name) ?? 0;
    for (let k = 0; k < themes.length; k++) {
      const contribution = weights[themes[k]] * value;
      if (contribution > 0) keepTop(best[k], contribution, where);
    }
  }
  return best.map((top) => {
    const indexes: number[] = [];
    for (const entry of top) for (const i of entry.where) indexes.push(i);
    return indexes;
  });
}

interface TopFeature {
  contribution: number;
  where: number[];
}

/** Keeps the EVIDENCE_FEATURES largest contributions, largest first (earlier wins a tie). */
function keepTop(top: TopFeature[], contribution: number, where: number[]): void {
  if (top.length === EVIDENCE_FEATURES && contribution <= top[EVIDENCE_FEATURES - 1].contribution)
    return;
  // Shift the smaller ones down by hand; splice is slow for a list this short.
  let at = top.length;
  if (at < EVIDENCE_FEATURES) top.push({ contribution, where });
  else at--;
  while (at > 0 && top[at - 1].contribution < contribution) {
    top[at] = top[at - 1];
    at--;
  }
  top[at] = { contribution, where };
}

/**
 * Rarely needed (list lines under a heading that names a theme): redo the cheap part then,
 * rather than keep every paragraph's tokens and features alive in the cache. A separate
 * function, so the closure holds only the text and style.
 */
function lazyEvidence(text: string, style: string | undefined): (theme: ThemeId) => Evidence[] {
  return (theme) => {
    const model = currentModel();
    const again = paragraphFeatures(text, style, model.weights);
    const [indexes] = evidenceIndexes(model, [THEME_IDS.indexOf(theme)], again.features);
    return evidenceSpans(text, again.tokens, indexes);
  };
}

export function judgeParagraph(text: string, style: string | undefined): ParagraphJudgement {
  workCounter.paragraphs++;
  const model = currentModel();
  const { tokens, infos, polarity, hits, features, kind } = paragraphFeatures(
    text,
    style,
    model.weights
  );
  const z = logits(model, features);
  const bySentence = sentenceLogits(model, text, tokens, infos, polarity, hits, kind);
  if (bySentence) for (let t = 0; t < z.length; t++) z[t] = Math.max(z[t], bySentence[t]);
  const scores = z.map((value) => Math.round(sigmoid(value) * 1000) / 1000);
  const themes: ParagraphTheme[] = [];
  if (kind !== "heading") {
    const above: number[] = [];
    for (let t = 0; t < scores.length; t++) if (scores[t] >= model.thresholds[t]) above.push(t);
    const indexes = evidenceIndexes(model, above, features);
    above.forEach((t, k) => {
      const evidence = evidenceSpans(text, tokens, indexes[k]);
      // A verdict the user cannot check against their own words is not given.
      if (evidence.length > 0) themes.push({ id: THEME_IDS[t], score: scores[t], evidence });
    });
    themes.sort((a, b) => b.score - a.score);
  }
  const activityIndexes: number[] = [];
  let dutchWords = 0;
  infos.forEach((info, i) => {
    if (info.activity) activityIndexes.push(i);
    if (info.dutch) dutchWords++;
  });
  const argued = new Set(themes.map((theme) => theme.id));
  const listsActivities =
    kind !== "heading" &&
    kind !== "quote" &&
    tokens.length >= 8 &&
    activityIndexes.length >= 2 &&
    !argued.has("resultaten");
  const headingThemes =
    kind === "heading"
      ? THEME_IDS.filter((id) => (features.values.get("m:" + id) ?? 0) >= HEADING_CUE)
      : [];
  return {
    kind,
    scores,
    themes,
    headingThemes,
    evidenceFor: lazyEvidence(text, style),
    activities: listsActivities ? evidenceSpans(text, tokens, activityIndexes) : [],
    wordCount: tokens.length,
    dutchWords,
  };
}
