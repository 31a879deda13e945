/**
 * The theme engine: pure TypeScript, no DOM, Office or Node modules. It reads the paragraphs
 * of a Dutch draft and says which of the report's themes it argues, where, and what to add.
 */
import { createReviewer, type Reviewer } from "./reviewer";
import type { ParagraphInput, Review, ReviewOptions } from "./types";

export { createReviewer, type Reviewer };
export * from "./types";

/** One-off review; use createReviewer() when the same draft is reviewed again and again. */
export function reviewDocument(
  paragraphs: readonly ParagraphInput[],
  options?: ReviewOptions
): Review {
  return createReviewer().review(paragraphs, options);
}
