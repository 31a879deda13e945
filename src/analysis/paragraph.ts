/**
 * One paragraph, judged on its own: which themes it argues, how strongly, with which words;
 * and whether it only lists activities. Pure function of (text, style), so it can be cached.
 */
import { THEME_IDS, type ThemeId } from "../content/types";
import { cueWeights } from "./cue-features";
import { matchCues, positionsByKey, type CueHit } from "./cue-match";
import { themeEvidence, wordSpans, type Contribution, type ThemeEvidence } from "./evidence";
import {
  extractFeatures,
  scoreParagraph,
  wordWeights,
  type Features,
  type SpanScore,
} from "./features";
import type { FormInfo } from "./form-info";
import { currentModel, EVEN_ODDS, GATE, sigmoid, type Model } from "./model";
import { polarities, type Polarity } from "./negation";
import { paragraphKind, type ParagraphKind } from "./paragraph-kind";
import { blocksIn } from "./report-blocks";
import { sentenceLogits, sentenceRanges } from "./sentences";
import { workCounter } from "./stems";
import { tokenize, type Token } from "./tokens";
import type { Evidence, ParagraphTheme } from "./types";

export interface ParagraphJudgement {
  kind: ParagraphKind;
  /** Probability per theme, THEME_IDS order. */
  scores: number[];
  /** Probability that the paragraph argues any theme; below the model's gate only likely verdicts stand. */
  gate: number;
  /** The themes it argues, strongest first. */
  themes: ParagraphTheme[];
  /** Activity words when the paragraph lists what is organised; empty otherwise. */
  activities: Evidence[];
  wordCount: number;
  dutchWords: number;
  /** For a heading: the themes it names ("Wat we vragen", "Continuïteit en borging"). */
  headingThemes: ThemeId[];
  /**
   * The sentence and phrases that would carry a theme the paragraph does not argue on its
   * own, should its context (the heading above a list line) name that theme. Null when none would.
   */
  evidenceFor(theme: ThemeId): ThemeEvidence | null;
}

/** How much of a theme's own cues a heading must carry to name that theme. */
const HEADING_CUE = 0.5;

/** A paragraph read: its words, their forms' info and polarity, its cue hits and kind. */
interface ReadParagraph {
  tokens: Token[];
  infos: FormInfo[];
  polarity: Polarity[];
  hits: CueHit[];
  kind: ParagraphKind;
}

function readParagraph(text: string, style: string | undefined): ReadParagraph {
  // Each word's keys and feature names, looked up once and shared by every step below.
  const infos: FormInfo[] = [];
  const { tokens } = tokenize(text, infos);
  const polarity = polarities(tokens, infos);
  const hits = matchCues(infos, positionsByKey(infos), polarity);
  const kind = paragraphKind(text, tokens, style);
  return { tokens, infos, polarity, hits, kind };
}

/** The features of a paragraph as the model and the trainer see them. */
export function paragraphFeatures(
  text: string,
  style?: string,
  known?: ReadonlyMap<string, unknown>
): ReadParagraph & { features: Features } {
  const read = readParagraph(text, style);
  const { tokens, infos, polarity, hits, kind } = read;
  return { ...read, features: extractFeatures(tokens, infos, polarity, hits, kind, text, known) };
}

/**
 * Each verdict's evidence: the sentence that carries the theme and its decisive phrases, from
 * the word and cue features that pushed the theme up. Null for a verdict with none.
 */
function verdictEvidence(
  model: Model,
  themes: readonly number[],
  read: ReadParagraph,
  score: SpanScore,
  text: string
): Array<ThemeEvidence | null> {
  if (themes.length === 0) return [];
  const { tokens, infos } = read;
  const ranges = sentenceRanges(text, tokens);
  const sentenceOf = new Int32Array(tokens.length);
  ranges.forEach(([from, to], s) => sentenceOf.fill(s, from, to));
  const { whereIds, where, whereValues } = score.cues;
  const byId = cueWeights(model);
  return themes.map((t) => {
    const cues: Contribution[] = [];
    for (let c = 0; c < whereIds.length; c++) {
      const amount = (byId[whereIds[c]]?.[t] ?? 0) * whereValues[c];
      if (amount > 0 && where[c].length > 0) cues.push({ amount, tokens: where[c] });
    }
    const words = wordWeights(model, read, t);
    return themeEvidence(text, tokens, infos, ranges, sentenceOf, words, cues);
  });
}

/**
 * Rarely needed (list lines under a heading that names a theme): redo the cheap part then,
 * rather than keep every paragraph's tokens and features alive in the cache. A separate
 * function, so the closure holds only the text and style.
 */
function lazyEvidence(
  text: string,
  style: string | undefined,
  model: Model
): (theme: ThemeId) => ThemeEvidence | null {
  return (theme) => {
    const read = readParagraph(text, style);
    const score = scoreParagraph(model, read, read.hits, read.kind, text);
    return verdictEvidence(model, [THEME_IDS.indexOf(theme)], read, score, text)[0];
  };
}

/**
 * A report block in the paragraph argues every theme the report gives it. Where the model
 * found the theme in the user's own words outside the block, that verdict stands; where it
 * found it inside the block, or not at all, the report's block is the verdict.
 */
function creditReportBlocks(text: string, themes: ParagraphTheme[]): void {
  for (const { block, start, end } of blocksIn(text)) {
    const span = { start, end, text: text.slice(start, end) };
    for (const id of block.themes) {
      const at = themes.findIndex((theme) => theme.id === id);
      const own = themes[at];
      if (own && (own.fromReport || own.sentence.start < start || own.sentence.end > end)) continue;
      const verdict: ParagraphTheme = {
        id,
        score: 1,
        evidence: [span],
        sentence: span,
        fromReport: { block: block.id, section: block.section },
      };
      if (own) themes[at] = verdict;
      else themes.push(verdict);
    }
  }
}

function probability(logit: number): number {
  return Math.round(sigmoid(logit) * 1000) / 1000;
}

/** `model` is the shipped one but for the trainer, which judges held-out text with a fold's. */
export function judgeParagraph(
  text: string,
  style: string | undefined,
  model: Model = currentModel()
): ParagraphJudgement {
  workCounter.paragraphs++;
  const read = readParagraph(text, style);
  const { tokens, infos, polarity, hits, kind } = read;
  const score = scoreParagraph(model, read, hits, kind, text);
  const z = score.logits;
  const bySentence = sentenceLogits(model, text, tokens, infos, polarity, hits, kind);
  if (bySentence) for (let t = 0; t < bySentence.length; t++) z[t] = Math.max(z[t], bySentence[t]);
  const scores: number[] = [];
  for (let t = 0; t < GATE; t++) scores.push(probability(z[t]));
  const gate = probability(z[GATE]);
  const themes: ParagraphTheme[] = [];
  if (kind !== "heading") {
    const open = gate >= model.gateThreshold;
    const above: number[] = [];
    for (let t = 0; t < scores.length; t++) {
      if (scores[t] >= model.thresholds[t] && (open || scores[t] >= EVEN_ODDS)) above.push(t);
    }
    const found = verdictEvidence(model, above, read, score, text);
    above.forEach((t, k) => {
      // A verdict the user cannot check against their own words is not given.
      const carried = found[k];
      if (carried) themes.push({ id: THEME_IDS[t], score: scores[t], ...carried });
    });
    creditReportBlocks(text, themes);
    themes.sort((a, b) => b.score - a.score);
  }
  const activityIndexes: number[] = [];
  let dutchWords = 0;
  for (let i = 0; i < infos.length; i++) {
    if (infos[i].activity) activityIndexes.push(i);
    if (infos[i].dutch) dutchWords++;
  }
  const listsActivities =
    kind !== "heading" &&
    kind !== "quote" &&
    tokens.length >= 8 &&
    activityIndexes.length >= 2 &&
    !themes.some((theme) => theme.id === "resultaten");
  const headingThemes =
    kind === "heading" ? THEME_IDS.filter((_, t) => score.cues.strongest[t] >= HEADING_CUE) : [];
  return {
    kind,
    scores,
    gate,
    themes,
    headingThemes,
    evidenceFor: lazyEvidence(text, style, model),
    activities: listsActivities ? wordSpans(text, tokens, activityIndexes) : [],
    wordCount: tokens.length,
    dutchWords,
  };
}
