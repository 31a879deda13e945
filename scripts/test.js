#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, production build (for ADDIN_HOST, or a stand-in sub-path host),
 * jest (unit, adapter, UI, manifest, project), then the
 * browser tests in real Chromium. Every step runs even when an earlier one failed (except the
 * browser tests, which need the build), so one run shows everything that is wrong.
 * The last line is always "N passed, N failed", summed from jest's JSON reports.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const CI = process.env.CI === "true" || process.env.CI === "1";
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "argumentenhulp-test-"));

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function bin(pkg, file) {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [ROOT] })), file);
}

function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32" && command === "npm",
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✖"} ${name} (${seconds} s)`);
  if (!ok) failedSteps.push(name);
  return ok;
}

function jestStep(name, extraArgs) {
  const report = path.join(reportDir, `${name}.json`);
  step(name, process.execPath, [
    bin("jest", "bin/jest.js"),
    "--json",
    `--outputFile=${report}`,
    ...extraArgs,
  ]);
  if (!fs.existsSync(report)) {
    // Jest did not get as far as running tests (bad config, crash): count that as a failure.
    totals.failed += 1;
    return;
  }
  const json = JSON.parse(fs.readFileSync(report, "utf8"));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
  // A suite that fails to load has no failed tests but still failed.
  totals.failed += json.numRuntimeErrorTestSuites;
}

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ].filter(Boolean);
  return candidates.find((candidate) => fs.existsSync(candidate));
}

step("typecheck", process.execPath, [
  bin("typescript", "bin/tsc"),
  "--noEmit",
  "-p",
  "tsconfig.json",
]);
step("lint", process.execPath, [bin("eslint", "bin/eslint.js"), "."]);
// Build before jest: some unit tests check the built dist/manifest.xml and skip without it.
// The tests check the site as it will be published. The Pages workflow passes its real address
// as ADDIN_HOST; without one, build for a stand-in host under a sub-path (example.org is reserved
// for examples), as a project site on GitHub Pages is, so the browser tests prove dist/ works there.
// jest and the browser tests see it too, and check that dist/ was built for exactly this host.
process.env.ADDIN_HOST = process.env.ADDIN_HOST || "https://example.org/argumentenhulp";
console.log(`\nADDIN_HOST=${process.env.ADDIN_HOST}`);
const built = step("build", "npm", ["run", "--silent", "build"]);
jestStep("jest", []);

const chromium = findChromium();
if (!chromium) {
  const how = [
    "Geen Chromium gevonden: de browsertests zijn overgeslagen.",
    "  Installeer hem (Debian/Ubuntu: sudo apt-get install chromium) of zet CHROMIUM_PATH=/pad/naar/chrome.",
    "No Chromium found: browser tests skipped.",
    "  Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chrome.",
  ].join("\n");
  console.log(`\n${how}`);
  if (CI) {
    console.log("CI=true: a missing browser is a failure here.");
    failedSteps.push("e2e (no browser)");
    totals.failed += 1;
  }
} else if (!built) {
  console.log(
    "\nBrowsertests overgeslagen: de build mislukte. / Browser tests skipped: the build failed."
  );
} else {
  process.env.CHROMIUM_PATH = chromium;
  jestStep("e2e", ["-c", "jest.e2e.config.js"]);
}

fs.rmSync(reportDir, { recursive: true, force: true });
console.log("");
if (totals.skipped > 0) console.log(`${totals.skipped} skipped`);
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(", ")}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
