/**
 * Review comments in Word (WordApi 1.4: Range.insertComment, Body.getComments). Two syncs each:
 * the paragraphs (or comments) must be loaded before Word can be told which ones to use.
 */
import type { ReviewComment } from "./port";
import { isReviewComment, reviewCommentText } from "./review-comments";

/** Places the comments on their paragraphs (index -1: the first paragraph); returns how many were placed. */
export async function addComments(
  context: Word.RequestContext,
  comments: ReviewComment[]
): Promise<number> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/isListItem");
  await context.sync();
  let placed = 0;
  for (const comment of comments) {
    const paragraph = paragraphs.items[Math.max(comment.paragraph, 0)];
    // A stale index (the document got shorter since the review) is skipped, not guessed.
    if (!paragraph || comment.paragraph >= paragraphs.items.length) continue;
    paragraph.getRange("Whole").insertComment(reviewCommentText(comment.text));
    placed++;
  }
  if (placed > 0) await context.sync();
  return placed;
}

/** Deletes only comments whose text starts with the add-in's prefix; returns how many. */
export async function removeComments(context: Word.RequestContext): Promise<number> {
  const comments = context.document.body.getComments();
  comments.load("items/content");
  await context.sync();
  const ours = comments.items.filter((comment) => isReviewComment(comment.content ?? ""));
  for (const comment of ours) comment.delete();
  if (ours.length > 0) await context.sync();
  return ours.length;
}
