/**
 * Review comments in Word (WordApi 1.4: Range.insertComment, Body.getComments, Comment.replies).
 * Two syncs each: the paragraphs (or comments) must be loaded before Word can be told which ones
 * to use.
 *
 * Placing: a comment goes on paragraph N of the last read, found by that read's id (WordApi 1.6)
 * and only when its text is still the text that read saw, so a comment never lands on a
 * paragraph that moved in between.
 *
 * Removing: Comment.delete() deletes the whole thread, replies included, so an add-in comment a
 * person replied to is resolved instead, and the conversation stays.
 */
import type { ReviewComment } from "./port";
import { isReviewComment, reviewCommentText } from "./review-comments";
import type { ParagraphLocator } from "./word-paragraphs";
import { sameParagraphText } from "./paragraph-style";
import { queueText, type TextView } from "./word-text";

export interface CommentPlan {
  locate: ParagraphLocator;
  /** Paragraph texts of the last read, to check each target against. */
  texts: readonly string[];
  view: TextView;
}

/** Places the comments on their paragraphs (index -1: the first paragraph); returns how many were placed. */
export async function addComments(
  context: Word.RequestContext,
  comments: ReviewComment[],
  plan: CommentPlan
): Promise<number> {
  const targets = comments
    .filter((comment) => comment.paragraph < plan.texts.length)
    .map((comment) => {
      const index = Math.max(comment.paragraph, 0);
      const paragraph = plan.locate(context, index);
      if (plan.view === "text") paragraph.load("text");
      return {
        comment,
        paragraph,
        text: queueText(paragraph, plan.view),
        expected: plan.texts[index],
      };
    });
  if (targets.length === 0) return 0;
  await context.sync();
  let placed = 0;
  for (const { comment, paragraph, text, expected } of targets) {
    // A paragraph that changed since the review is skipped, not guessed.
    if (expected === undefined || !sameParagraphText(text(), expected)) continue;
    paragraph.getRange("Whole").insertComment(reviewCommentText(comment.text));
    placed++;
  }
  if (placed > 0) await context.sync();
  return placed;
}

/** Deletes the add-in's own comments nobody replied to, resolves those with replies; returns how many. */
export async function removeComments(context: Word.RequestContext): Promise<number> {
  const comments = context.document.body.getComments();
  comments.load("items/content,items/resolved,items/replies/items/id");
  await context.sync();
  const ours = comments.items.filter((comment) => isReviewComment(comment.content ?? ""));
  let removed = 0;
  for (const comment of ours) {
    if ((comment.replies?.items.length ?? 0) > 0) {
      if (comment.resolved) continue;
      comment.resolved = true;
    } else comment.delete();
    removed++;
  }
  if (removed > 0) await context.sync();
  return removed;
}
