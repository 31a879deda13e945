/**
 * The review as comments in the document: one at the start naming the themes still missing,
 * and one on each paragraph that says what is organised but not what it brings (seed §4: "Zeg
 * niet alleen wat je organiseert, maar ook wat het oplevert.").
 */
import { THEMES, type ThemeId } from "../../content";
import type { Review } from "../../analysis/types";
import type { ReviewComment } from "../../document/port";
import type { Language, Strings } from "../strings";
import { message } from "../blocks/message";

/** A few of the user's own words are enough to show which sentence is meant. */
const EVIDENCE_SHOWN = 3;

export interface ReviewCommentOptions {
  /** Themes the user marked "niet van toepassing": never reported as missing. */
  notRelevant?: readonly ThemeId[];
}

export function buildReviewComments(
  review: Review,
  strings: Strings,
  language: Language,
  options: ReviewCommentOptions = {}
): ReviewComment[] {
  const comments: ReviewComment[] = [];
  const notRelevant = new Set(options.notRelevant ?? []);
  const missing = new Set(review.themes.filter((t) => t.status === "missing").map((t) => t.id));
  // The report's order, so the list reads the same as the pane's.
  const missingLabels = THEMES.filter((t) => missing.has(t.id) && !notRelevant.has(t.id)).map(
    (t) => t.label[language]
  );
  if (missingLabels.length > 0) {
    comments.push({
      paragraph: -1,
      text: message(strings.commentMissingThemes, { themes: missingLabels.join("; ") }),
    });
  }

  // One comment per paragraph, however many pieces of advice point at it.
  const evidenceByParagraph = new Map<number, string[]>();
  for (const advice of review.advice) {
    if (advice.kind !== "activities-without-outcomes") continue;
    const words = evidenceByParagraph.get(advice.paragraph) ?? [];
    for (const evidence of advice.evidence) {
      const word = evidence.text.trim();
      if (word !== "" && !words.some((w) => w.toLocaleLowerCase() === word.toLocaleLowerCase()))
        words.push(word);
    }
    evidenceByParagraph.set(advice.paragraph, words);
  }
  for (const [paragraph, words] of [...evidenceByParagraph].sort((a, b) => a[0] - b[0])) {
    const shown = words.slice(0, EVIDENCE_SHOWN).map((w) => `“${w}”`);
    comments.push({
      paragraph,
      text:
        shown.length > 0
          ? message(strings.commentActivitiesWithoutOutcomes, { evidence: shown.join(", ") })
          : strings.commentActivitiesFallback,
    });
  }
  return comments;
}
