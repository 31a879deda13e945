/**
 * Tests that read ../shared/ (the seed, eval sets, manifest XSDs, real .docx files) go through
 * here. A user's clone has no ../shared/: those tests then say they were skipped. CI sets
 * ARGUMENTENHULP_REQUIRE_SHARED=1, and there a missing folder is a failure, not a skip.
 */
import * as fs from "fs";
import * as path from "path";

export const SHARED_DIR = path.resolve(__dirname, "..", "..", "shared");

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}

export function sharedAvailable(...parts: string[]): boolean {
  const present = fs.existsSync(sharedPath(...parts));
  if (!present && process.env.ARGUMENTENHULP_REQUIRE_SHARED === "1") {
    throw new Error(
      `../shared/${parts.join("/")} is required here (ARGUMENTENHULP_REQUIRE_SHARED=1) but absent`
    );
  }
  return present;
}

/**
 * `describe` when ../shared/<parts> exists, otherwise a skipped block that says why.
 * Usage: describeWithShared(["eval", "train.jsonl"])("training data", () => { ... })
 */
export function describeWithShared(parts: string[]): jest.Describe {
  if (sharedAvailable(...parts)) return describe;
  console.warn(
    `SKIPPED: ../shared/${parts.join("/")} is not beside this checkout; tests that need it did not run.`
  );
  return describe.skip;
}
