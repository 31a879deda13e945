/**
 * Per theme, over the whole draft: covered, weak or missing. Weak means the draft touches the
 * theme but would not convince a reader yet: one paragraph only, and the model unsure of it,
 * or a list line or quotation rather than the applicant's own argument.
 */
import { THEME_IDS } from "../content/types";
import { FIRM_SCORE } from "./model";
import type { ParagraphJudgement } from "./paragraph";
import type { ThemeReview, Weakness } from "./types";

/** A list line this short names a point rather than arguing it. */
const SHORT_LIST_LINE = 10;

export function themeCoverage(
  judgements: readonly ParagraphJudgement[],
  thresholds: readonly number[]
): ThemeReview[] {
  // One pass over the paragraphs rather than one per theme; each list stays in draft order.
  const arguingByTheme = THEME_IDS.map(() => [] as Arguing[]);
  judgements.forEach((judgement, index) => {
    const ownWords =
      judgement.kind === "body" ||
      (judgement.kind === "list" && judgement.wordCount >= SHORT_LIST_LINE);
    for (const theme of judgement.themes) {
      const t = THEME_IDS.indexOf(theme.id);
      const sure = theme.score >= Math.max(thresholds[t], FIRM_SCORE);
      arguingByTheme[t].push({
        index,
        score: theme.score,
        firm: ownWords && sure,
        weakness: ownWords ? "faint" : judgement.kind === "quote" ? "quotation" : "short-line",
      });
    }
  });
  return THEME_IDS.map((id, t) => {
    const arguing = arguingByTheme[t];
    arguing.sort((a, b) => b.score - a.score || a.index - b.index);
    const status =
      arguing.length === 0
        ? "missing"
        : arguing.length >= 2 || arguing[0].firm
          ? "covered"
          : "weak";
    const paragraphs = arguing.map((entry) => entry.index);
    return status === "weak"
      ? { id, status, paragraphs, weakness: arguing[0].weakness }
      : { id, status, paragraphs };
  });
}

interface Arguing {
  index: number;
  score: number;
  firm: boolean;
  /** What would keep this paragraph alone from covering the theme. */
  weakness: Weakness;
}
