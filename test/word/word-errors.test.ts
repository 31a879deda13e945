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
    ["ItemNotFound", "insert-after-cursor", "invalid-location", "outside-body"],
    ["InvalidArgument", "insert-after-cursor", "invalid-location", "outside-body"],
    ["InvalidArgument", "read", "invalid-location", "invalid-location"],
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

  test("an expandTo failure anywhere means the cursor is outside the body", () => {
    expect(wordError(thrown("ItemNotFound", "Range.expandTo"), "insert").message).toBe(
      documentMessage("outside-body")
    );
  });

  test("the code is found on the error or in its debugInfo; anything else is unknown", () => {
    expect(wordErrorCode({ debugInfo: { code: "AccessDenied" } })).toBe("AccessDenied");
    expect(wordErrorCode(new TypeError("x"))).toBe("");
    expect(wordErrorCode(undefined)).toBe("");
    expect(wordError("boom", "read").code).toBe("unknown");
  });
});
