/**
 * Comments this add-in writes start with this prefix, so removing "our" comments never touches a
 * comment a person wrote. Shared by the Word adapter and the preview document.
 */
export const REVIEW_COMMENT_PREFIX = "Argumentenhulp: ";

export function reviewCommentText(text: string): string {
  return text.startsWith(REVIEW_COMMENT_PREFIX) ? text : REVIEW_COMMENT_PREFIX + text;
}

export function isReviewComment(content: string): boolean {
  return content.startsWith(REVIEW_COMMENT_PREFIX);
}
