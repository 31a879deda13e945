/**
 * Turns what Word throws (an OfficeExtension.Error with a `code` such as "AccessDenied") into a
 * PortError with a Dutch message, so nothing from Word reaches the user untranslated.
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

function errorLocation(error: unknown): string {
  const location = (error as WordLikeError | undefined)?.debugInfo?.errorLocation;
  return typeof location === "string" ? location : "";
}

/** Word's refusal to place something at the cursor because the cursor is not in the body text. */
export function cursorOutsideBody(error: unknown, action: WordAction): boolean {
  const code = wordErrorCode(error);
  if (code !== "ItemNotFound" && code !== "InvalidArgument") return false;
  return action === "insert-after-cursor" || errorLocation(error).includes("expandTo");
}

export function wordError(error: unknown, action: WordAction): PortError {
  const code = wordErrorCode(error);
  switch (code) {
    case "AccessDenied":
      return portError("read-only");
    case "NotAllowed":
      return portError("protected");
    case "InvalidArgument":
    case "ItemNotFound":
      // The cursor's paragraph is measured with Range.expandTo from the body's start; Word throws
      // ItemNotFound ("no union") when the cursor is in another story (header, footer, footnote,
      // comment). Inserting in such a place can also come back as InvalidArgument.
      if (cursorOutsideBody(error, action)) return portError("invalid-location", "outside-body");
      if (action === "select") return portError("not-found");
      return portError("invalid-location");
    case "ApiNotFound":
    case "NotImplemented":
      if (action === "comments") return portError("unsupported", "missing-comments");
      if (action === "events") return portError("unsupported", "missing-change-events");
      return portError("unsupported", "missing-read");
    default:
      return portError("unknown");
  }
}
