/**
 * Turns what Word throws (an OfficeExtension.Error with a `code` such as "AccessDenied") into a
 * PortError with a Dutch message, so nothing from Word reaches the user untranslated.
 *
 * Only codes Word documents are mapped (Word.ErrorCodes: AccessDenied, GeneralException,
 * InvalidArgument, ItemNotFound, NotAllowed, NotImplemented; the common OfficeExtension codes:
 * ApiNotFound, RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded,
 * ActivityLimitReached). Word has no "content control is locked" code: a locked control refuses
 * with NotAllowed. The same code means different things per action, so the table is per action.
 */
import type { PortError } from "./port";
import { portError } from "./messages";

export type WordAction =
  "read" | "insert-after-cursor" | "insert" | "select" | "comments" | "events";

interface WordLikeError {
  code?: unknown;
  debugInfo?: { code?: unknown; errorLocation?: unknown };
}

export function wordErrorCode(error: unknown): string {
  if (error && typeof error === "object") {
    const { code, debugInfo } = error as WordLikeError;
    if (typeof code === "string") return code;
    if (typeof debugInfo?.code === "string") return debugInfo.code;
  }
  return "";
}

/** Where in the batch Word failed ("Range.expandTo", "Paragraph.insertContentControl", …). */
export function errorLocation(error: unknown): string {
  const location = (error as WordLikeError | undefined)?.debugInfo?.errorLocation;
  return typeof location === "string" ? location : "";
}

/**
 * Word could not find the cursor's paragraph in the body text: the lookup (the selection's
 * paragraphs, or the range from the body's start to it) failed, which happens when the cursor is
 * in a header, footer, footnote or comment. Only a failure *there* means nothing was written; an
 * ItemNotFound raised by a later step is not this, so it must never lead to a second insert.
 */
export function cursorLookupFailed(error: unknown): boolean {
  const code = wordErrorCode(error);
  if (code !== "ItemNotFound" && code !== "InvalidArgument") return false;
  return /expandTo|getSelection|getLast|\.paragraphs/.test(errorLocation(error));
}

/** Steps of an insert that come after its first write: a failure there leaves part of the block. */
const LATER_WRITES =
  /insertContentControl|styleBuiltIn|detachFromList|ContentControl\.insertParagraph|\.select/;

export function failedAfterFirstWrite(error: unknown, firstWrite: string): boolean {
  const location = errorLocation(error);
  return location !== "" && !location.startsWith(firstWrite) && LATER_WRITES.test(location);
}

export function wordError(error: unknown, action: WordAction): PortError {
  const code = wordErrorCode(error);
  const inserting = action === "insert" || action === "insert-after-cursor";
  switch (code) {
    case "AccessDenied":
      return portError("read-only");
    case "NotAllowed":
      // Word on the web refuses insertComment on some documents (office-js #6746).
      if (action === "comments") return portError("unsupported", "comments-refused");
      return portError("protected");
    case "InvalidArgument":
    case "ItemNotFound":
      if (action === "select") return portError("not-found");
      if (inserting && cursorLookupFailed(error))
        return portError("invalid-location", "outside-body");
      if (action === "read" || action === "comments" || action === "events")
        return portError("unknown");
      return portError("invalid-location");
    case "ApiNotFound":
    case "NotImplemented":
      if (action === "comments") return portError("unsupported", "missing-comments");
      if (action === "events") return portError("unsupported", "missing-change-events");
      return portError("unsupported", "missing-read");
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return portError("unknown", "too-large");
    case "ActivityLimitReached":
      return portError("unknown", "busy");
    default:
      return portError("unknown");
  }
}
