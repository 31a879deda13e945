/** The review as comments in the Word document. */
export { ReviewCommentsAction } from "./review-comments-action";
export type { ReviewCommentsActionProps } from "./review-comments-action";
export { buildReviewComments } from "./review-comments";
export type { ReviewCommentOptions } from "./review-comments";
