/** The document port and its two documents: Word (task pane) and the in-browser preview. */
export type * from "./port";
export { WordDocument, createWordDocument } from "./word-document";
export type { WordHost, OfficeHost, OfficeSettingsHost, OfficeDocumentHost } from "./word-host";
export {
  PreviewDocument,
  type PreviewParagraph,
  type PreviewParagraphInput,
  type PreviewComment,
  type PreviewSelection,
  type PreviewPoint,
  type PreviewStorage,
  type PreviewChange,
  type PreviewDocumentOptions,
} from "./preview-document";
export { documentMessage, portError, type DocumentMessageKey } from "./messages";
export { REVIEW_COMMENT_PREFIX } from "./review-comments";
export { SETTINGS_KEY } from "./office-settings";
export { isHeadingStyle } from "./paragraph-style";
