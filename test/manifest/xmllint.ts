/**
 * A manifest against Microsoft's XSDs with xmllint, offline (`office-addin-manifest validate`
 * needs an online service). Used by schema.test.ts and by the hosting test on the downloaded file.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export interface Verdict {
  valid: boolean;
  output: string;
}

export function xmllint(xml: string, xsd: string): Verdict {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "argumentenhulp-manifest-"));
  const file = path.join(dir, "manifest.xml");
  try {
    fs.writeFileSync(file, xml);
    const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", xsd, file], {
      encoding: "utf8",
    });
    if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(
        "xmllint is not installed; install it with: apt-get install -y libxml2-utils"
      );
    }
    // xmllint: 0 valid, 3 or 4 invalid; anything else means the schema itself did not load.
    if (![0, 3, 4].includes(run.status ?? -1)) {
      throw new Error(`xmllint could not run the schema (exit ${run.status}): ${run.stderr}`);
    }
    return { valid: run.status === 0, output: run.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
