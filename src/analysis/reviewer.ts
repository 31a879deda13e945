/**
 * Reviews a whole draft. Paragraph judgements are cached by (style, text), so re-reviewing
 * after the user typed in one paragraph only judges that paragraph again. The user's own
 * blocks are credited on top of the cached judgements, so a change to them judges nothing again.
 */
import { THEME_IDS, type ThemeId } from "../content/types";
import { themeCoverage } from "./coverage";
import { currentModel } from "./model";
import { createOwnBlockSearch, creditOwnBlocks } from "./own-blocks";
import { judgeParagraph, type ParagraphJudgement } from "./paragraph";
import { suggestBlocks } from "./suggestions";
import type {
  ActivitiesWithoutOutcomesAdvice,
  ParagraphInput,
  ParagraphTheme,
  Review,
  ReviewOptions,
} from "./types";

export interface Reviewer {
  review(paragraphs: readonly ParagraphInput[], options?: ReviewOptions): Review;
}

/** Share of function words above which text reads as Dutch; Dutch prose runs at 0.3–0.5. */
const DUTCH_SHARE = 0.12;
/** Too few words to judge the language: say nothing rather than warn wrongly. */
const MIN_WORDS_TO_JUDGE = 8;
/** A list line this short is a label, not a point that context could complete. */
const CONTEXT_MIN_WORDS = 6;
/** Two drafts' worth of paragraphs; beyond that the oldest entries go. */
const CACHE_LIMIT = 20_000;

function asInput(paragraph: ParagraphInput): { text: string; style?: string } {
  if (typeof paragraph === "string") return { text: paragraph };
  if (paragraph && typeof paragraph.text === "string") {
    return {
      text: paragraph.text,
      style: typeof paragraph.style === "string" ? paragraph.style : undefined,
    };
  }
  return { text: "" };
}

/**
 * List lines take their point from the heading above them: under "Wat we vragen" each line is
 * an ask, under "Wat er al veranderd is" each line is a result. The cached judgements stay as
 * they are; lines that gain a theme get a new judgement object.
 */
function applyHeadingContext(judgements: readonly ParagraphJudgement[]): ParagraphJudgement[] {
  let named: readonly ThemeId[] = [];
  return judgements.map((judgement) => {
    if (judgement.kind === "heading") {
      named = judgement.headingThemes;
      return judgement;
    }
    if (judgement.kind !== "list" || judgement.wordCount < CONTEXT_MIN_WORDS) {
      named = [];
      return judgement;
    }
    const gained: ParagraphTheme[] = [];
    for (const id of named) {
      if (judgement.themes.some((theme) => theme.id === id)) continue;
      const carried = judgement.evidenceFor(id);
      if (carried) gained.push({ id, score: judgement.scores[THEME_IDS.indexOf(id)], ...carried });
    }
    if (gained.length === 0) return judgement;
    return { ...judgement, themes: [...judgement.themes, ...gained] };
  });
}

/** The report's blocks the draft already holds: offering them again would be offering nothing. */
function blocksInDraft(judgements: readonly ParagraphJudgement[]): Set<string> {
  const ids = new Set<string>();
  for (const judgement of judgements) {
    for (const theme of judgement.themes) if (theme.fromReport) ids.add(theme.fromReport.block);
  }
  return ids;
}

export function createReviewer(): Reviewer {
  // Style → text → judgement. Keyed by the caller's own strings, so no key is built per review.
  let cache = new Map<string, Map<string, ParagraphJudgement>>();
  const ownSearch = createOwnBlockSearch();
  return {
    review(paragraphs, options = {}) {
      const next = new Map<string, Map<string, ParagraphJudgement>>();
      let size = 0;
      const texts: string[] = [];
      const judgements = (paragraphs ?? []).map((paragraph) => {
        const { text, style } = asInput(paragraph);
        texts.push(text);
        const styleKey = style ?? "";
        let nextTexts = next.get(styleKey);
        if (!nextTexts) next.set(styleKey, (nextTexts = new Map()));
        const known = nextTexts.get(text) ?? cache.get(styleKey)?.get(text);
        const judgement = known ?? judgeParagraph(text, style);
        if (!nextTexts.has(text)) size++;
        nextTexts.set(text, judgement);
        return judgement;
      });
      // Keep this draft's paragraphs plus, within limits, older ones (undo brings them back).
      for (const [styleKey, texts] of cache) {
        if (size >= CACHE_LIMIT) break;
        let nextTexts = next.get(styleKey);
        if (!nextTexts) next.set(styleKey, (nextTexts = new Map()));
        for (const [text, judgement] of texts) {
          if (size >= CACHE_LIMIT) break;
          if (nextTexts.has(text)) continue;
          nextTexts.set(text, judgement);
          size++;
        }
      }
      cache = next;
      const audience = options.audience ?? null;
      const ownBlocks = options.ownBlocks ?? [];
      const own = ownSearch.start(ownBlocks);
      const ownInDraft = new Set<string>();
      const withOwn = judgements.map((judgement, index) =>
        creditOwnBlocks(judgement, texts[index], own, ownInDraft)
      );
      const withContext = applyHeadingContext(withOwn);
      const themes = themeCoverage(withContext, currentModel().thresholds);
      const advice: ActivitiesWithoutOutcomesAdvice[] = [];
      withContext.forEach((judgement, index) => {
        if (
          judgement.activities.length > 0 &&
          !judgement.themes.some((theme) => theme.id === "resultaten")
        ) {
          advice.push({
            kind: "activities-without-outcomes",
            paragraph: index,
            evidence: judgement.activities.map((span) => ({ ...span })),
          });
        }
      });
      const words = judgements.reduce((sum, judgement) => sum + judgement.wordCount, 0);
      const dutch = judgements.reduce((sum, judgement) => sum + judgement.dutchWords, 0);
      const paragraphReviews = withContext.map((judgement, index) => ({
        index,
        // Copies: the cached judgement must survive a caller that edits the review.
        themes: judgement.themes.map((theme) => ({
          ...theme,
          evidence: theme.evidence.map((span) => ({ ...span })),
          sentence: { ...theme.sentence },
          ...(theme.fromReport ? { fromReport: { ...theme.fromReport } } : {}),
          ...(theme.fromOwnBlock ? { fromOwnBlock: { ...theme.fromOwnBlock } } : {}),
        })),
      }));
      return {
        audience,
        paragraphs: paragraphReviews,
        themes,
        suggestions: suggestBlocks(
          themes,
          audience,
          // Before the own blocks: a report block an own block was built around is still there.
          blocksInDraft(judgements),
          ownBlocks,
          ownInDraft
        ),
        advice,
        looksDutch: words < MIN_WORDS_TO_JUDGE || dutch / words >= DUTCH_SHARE,
      };
    },
  };
}
