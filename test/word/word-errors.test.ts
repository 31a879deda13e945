import { wordError, wordErrorCode } from "../../src/document/word-errors";
import { documentMessage } from "../../src/document/messages";

const thrown = (code: string, errorLocation?: string) =>
  Object.assign(new Error(code), { code, debugInfo: { code, errorLocation } });

describe("Word errors become Dutch port errors", () => {
  test.each([
    ["AccessDenied", "insert", "read-only", "read-only"],
    ["NotAllowed", "insert", "protected", "protected"],
    ["ItemNotFound", "select", "not-found", "not-found"],
    ["ItemNotFound", "insert", "invalid-location", "invalid-location"],
    ["ItemNotFound", "insert-after-cursor", "invalid-location", "invalid-location"],
    ["InvalidArgument", "read", "unknown", "unknown"],
    ["NotAllowed", "comments", "unsupported", "comments-refused"],
    ["ResponsePayloadSizeLimitExceeded", "read", "unknown", "too-large"],
    ["ActivityLimitReached", "insert", "unknown", "busy"],
    ["ApiNotFound", "comments", "unsupported", "missing-comments"],
    ["NotImplemented", "events", "unsupported", "missing-change-events"],
    ["GeneralException", "insert", "unknown", "unknown"],
    ["SomethingNew", "read", "unknown", "unknown"],
  ] as const)("%s while %s → %s", (code, action, portCode, key) => {
    expect(wordError(thrown(code), action)).toEqual({
      code: portCode,
      message: documentMessage(key),
    });
  });

  test("only a failed cursor lookup means the cursor is outside the body", () => {
    for (const location of ["Range.expandTo", "ParagraphCollection.getLast"])
      expect(wordError(thrown("ItemNotFound", location), "insert-after-cursor").message).toBe(
        documentMessage("outside-body")
      );
    expect(
      wordError(thrown("ItemNotFound", "Paragraph.insertContentControl"), "insert-after-cursor")
        .message
    ).toBe(documentMessage("invalid-location"));
  });

  test("the code is found on the error or in its debugInfo; anything else is unknown", () => {
    expect(wordErrorCode({ debugInfo: { code: "AccessDenied" } })).toBe("AccessDenied");
    expect(wordErrorCode(new TypeError("x"))).toBe("");
    expect(wordErrorCode(undefined)).toBe("");
    expect(wordError("boom", "read").code).toBe("unknown");
  });
});
