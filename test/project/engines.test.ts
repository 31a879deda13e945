/**
 * package.json's `engines` says which Node versions the project runs on, and it must be true of
 * every installed package: then `npm ci` prints no EBADENGINE warning on any Node it allows.
 * README, the CI script and the Pages workflow name Node versions inside that range.
 */
import * as fs from "fs";
import * as path from "path";
import * as semver from "semver";

const ROOT = path.resolve(__dirname, "..", "..");
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
const engines: string = packageJson.engines.node;

test("engines names a valid range that the lockfile repeats", () => {
  expect(semver.validRange(engines)).not.toBeNull();
  expect(lock.packages[""].engines?.node).toBe(engines);
});

test("every locked package accepts every Node version engines allows", () => {
  const narrower = Object.entries(lock.packages as Record<string, { engines?: { node?: string } }>)
    .filter(([where, info]) => where !== "" && typeof info.engines?.node === "string")
    .filter(([, info]) => !semver.subset(engines, info.engines!.node!))
    .map(([where, info]) => `${where.replace(/^node_modules\//, "")}: ${info.engines!.node}`);
  expect(narrower).toEqual([]);
});

test("the Node this runs on is one engines allows (as on the machines that run the tests)", () => {
  expect(semver.satisfies(process.version, engines)).toBe(true);
});

test("Node 20 and the current LTS (24) are both allowed", () => {
  expect(semver.satisfies("20.19.0", engines)).toBe(true);
  expect(semver.satisfies("24.0.0", engines)).toBe(true);
});

test("the Pages workflow builds on a Node that engines allows", () => {
  const workflow = fs.readFileSync(path.join(ROOT, ".github", "workflows", "pages.yml"), "utf8");
  const versions = [...workflow.matchAll(/node-version:\s*"?([\d.]+)"?/g)].map((m) => m[1]);
  expect(versions.length).toBeGreaterThan(0);
  for (const version of versions) {
    expect({ version, allowed: semver.satisfies(semver.coerce(version)!, engines) }).toEqual({
      version,
      allowed: true,
    });
  }
});

test("README states the same minimum Node versions in both languages", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  for (const minimum of ["20.19", "22.13", "24"]) {
    expect(
      readme.match(new RegExp(`Node\\.js[^\\n]*${minimum.replace(".", "\\.")}`, "g"))?.length ?? 0
    ).toBeGreaterThanOrEqual(2);
  }
});
