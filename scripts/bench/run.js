#!/usr/bin/env node
/**
 * `npm run bench`: runs each benchmark script with tsx and lets it print its own figures.
 * Speed targets live here, never in timed tests. A benchmark not written yet is skipped with a note.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..", "..");
const BENCHES = ["engine.ts", "word-refresh.ts", "taskpane.ts"];
const tsx = path.join(
  path.dirname(require.resolve("tsx/package.json", { paths: [ROOT] })),
  "dist",
  "cli.mjs"
);

let failed = 0;
for (const name of BENCHES) {
  const file = path.join(__dirname, name);
  if (!fs.existsSync(file)) {
    console.log(`\n— ${name}: not present yet, skipped`);
    continue;
  }
  console.log(`\n▶ ${path.relative(ROOT, file)}`);
  const result = spawnSync(process.execPath, [tsx, file], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) {
    console.log(`✖ ${name} exited with ${result.status}`);
    failed += 1;
  }
}
process.exit(failed > 0 ? 1 : 0);
