/**
 * One paragraph, judged on its own: which themes it argues, how strongly, with which words;
 * and whether it only lists activities. Pure function of (text, style), so it can be cached.
 */
import { THEME_IDS, type ThemeId } from "../content/types";
import { cueWeights } from "./cue-features";
import { matchCues, positionsByKey, type CueHit } from "./cue-match";
import { evidenceSpans } from "./evidence";
import {
  extractFeatures,
  scoreParagraph,
  wordPlaces,
  type Features,
  type SpanScore,
} from "./features";
import type { FormInfo } from "./form-info";
import { currentModel, sigmoid, type Model } from "./model";
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
 * Token indexes behind the few features that pushed each given theme up most, in one pass
 * over the paragraph's features in extractFeatures' order (earlier wins a tie): its words,
 * then its cues. Only the chosen words' places are then looked up.
 */
function evidenceIndexes(
  model: Model,
  themes: readonly number[],
  read: ReadParagraph,
  score: SpanScore
): number[][] {
  if (themes.length === 0) return [];
  const best = themes.map(() => [] as TopFeature[]);
  for (let w = 0; w < score.words.length; w++) {
    const weights = model.vectors[score.words[w]];
    for (let k = 0; k < themes.length; k++) {
      // A word feature's value is 1, so its weight is its contribution.
      const contribution = weights[themes[k]];
      if (contribution > 0) keepTop(best[k], contribution, w, null);
    }
  }
  const { whereIds, where, whereValues } = score.cues;
  const byId = cueWeights(model);
  for (let c = 0; c < whereIds.length; c++) {
    const weights = byId[whereIds[c]];
    if (!weights) continue;
    for (let k = 0; k < themes.length; k++) {
      const contribution = weights[themes[k]] * whereValues[c];
      if (contribution > 0) keepTop(best[k], contribution, -1, where[c]);
    }
  }
  return best.map((top) => {
    const indexes: number[] = [];
    for (const entry of top) {
      const where = entry.where ?? wordPlaces(model, read, score, entry.word);
      for (const i of where) indexes.push(i);
    }
    return indexes;
  });
}

interface TopFeature {
  contribution: number;
  /** A word feature's place in SpanScore.words (its places are found once chosen), or -1. */
  word: number;
  /** A cue feature's token indexes; null for a word. */
  where: number[] | null;
}

/** Keeps the EVIDENCE_FEATURES largest contributions, largest first (earlier wins a tie). */
function keepTop(
  top: TopFeature[],
  contribution: number,
  word: number,
  where: number[] | null
): void {
  if (top.length === EVIDENCE_FEATURES && contribution <= top[EVIDENCE_FEATURES - 1].contribution)
    return;
  // Shift the smaller ones down by hand; splice is slow for a list this short.
  let at = top.length;
  if (at < EVIDENCE_FEATURES) top.push({ contribution, word, where });
  else at--;
  while (at > 0 && top[at - 1].contribution < contribution) {
    top[at] = top[at - 1];
    at--;
  }
  top[at] = { contribution, word, where };
}

/**
 * Rarely needed (list lines under a heading that names a theme): redo the cheap part then,
 * rather than keep every paragraph's tokens and features alive in the cache. A separate
 * function, so the closure holds only the text and style.
 */
function lazyEvidence(text: string, style: string | undefined): (theme: ThemeId) => Evidence[] {
  return (theme) => {
    const model = currentModel();
    const read = readParagraph(text, style);
    const score = scoreParagraph(model, read, read.hits, read.kind, text);
    const [indexes] = evidenceIndexes(model, [THEME_IDS.indexOf(theme)], read, score);
    return evidenceSpans(text, read.tokens, indexes);
  };
}

export function judgeParagraph(text: string, style: string | undefined): ParagraphJudgement {
  workCounter.paragraphs++;
  const model = currentModel();
  const read = readParagraph(text, style);
  const { tokens, infos, polarity, hits, kind } = read;
  const score = scoreParagraph(model, read, hits, kind, text);
  const z = score.logits;
  const bySentence = sentenceLogits(model, text, tokens, infos, polarity, hits, kind);
  if (bySentence) for (let t = 0; t < z.length; t++) z[t] = Math.max(z[t], bySentence[t]);
  const scores = z.map((value) => Math.round(sigmoid(value) * 1000) / 1000);
  const themes: ParagraphTheme[] = [];
  if (kind !== "heading") {
    const above: number[] = [];
    for (let t = 0; t < scores.length; t++) if (scores[t] >= model.thresholds[t]) above.push(t);
    const indexes = evidenceIndexes(model, above, read, score);
    above.forEach((t, k) => {
      const evidence = evidenceSpans(text, tokens, indexes[k]);
      // A verdict the user cannot check against their own words is not given.
      if (evidence.length > 0) themes.push({ id: THEME_IDS[t], score: scores[t], evidence });
    });
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
    themes,
    headingThemes,
    evidenceFor: lazyEvidence(text, style),
    activities: listsActivities ? evidenceSpans(text, tokens, activityIndexes) : [],
    wordCount: tokens.length,
    dutchWords,
  };
}
