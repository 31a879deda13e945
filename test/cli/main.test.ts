/**
 * main.ts binds runCli to a real process: exit code, stdout, stderr and stdin. Run through tsx,
 * as the built lib/cli.js is the build's business.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

function run(args: string[], input?: string) {
  return spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "src", "cli", "main.ts"), ...args],
    {
      cwd: ROOT,
      input,
      encoding: "utf8",
    }
  );
}

it("pipes standard input through the review and exits 0", () => {
  const result = run(
    ["review", "-"],
    "Wij bouwen aan relaties.\nDie relaties zijn de basis voor een sterkere buurt.\n"
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("2 alinea's · ");
});

it("exits 2 with one Dutch line for a missing file", () => {
  const result = run(["review", "bestaat-niet.docx"]);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toBe(
    'Het bestand "bestaat-niet.docx" bestaat niet. Controleer de naam en de map.\n'
  );
});
