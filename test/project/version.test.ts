/**
 * One version number, package.json's: the source manifest and CHANGELOG.md carry it, and
 * scripts/version.js (what `npm version` runs) moves all of them together.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import packageJson from "../../package.json";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const versionScript = require("../../scripts/version.js") as {
  check(root: string): void;
  apply(root: string, today?: string): void;
  UNRELEASED: string;
};

const ROOT = path.resolve(__dirname, "..", "..");
const read = (file: string, root = ROOT) => fs.readFileSync(path.join(root, file), "utf8");

test("manifest.xml's <Version> is package.json's version with a fourth number", () => {
  expect(read("manifest.xml").match(/<Version>([^<]+)<\/Version>/)?.[1]).toBe(
    `${packageJson.version}.0`
  );
});

test("CHANGELOG.md has a section for the current version, under the unreleased one", () => {
  const changelog = read("CHANGELOG.md");
  const headings = [...changelog.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  expect(headings[0]).toBe(versionScript.UNRELEASED.slice(3));
  expect(headings[1]).toMatch(
    new RegExp(`^${packageJson.version.replace(/\./g, "\\.")} — \\d{4}-\\d{2}-\\d{2}$`)
  );
});

describe("scripts/version.js on a copy of the project's files", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "argumentenhulp-version-"));
    fs.copyFileSync(path.join(ROOT, "manifest.xml"), path.join(dir, "manifest.xml"));
    // The copy starts with nothing unreleased, whatever the project's changelog holds now.
    const changelog = read("CHANGELOG.md");
    const start = changelog.indexOf(versionScript.UNRELEASED) + versionScript.UNRELEASED.length;
    const unreleased = `${changelog.slice(0, start)}\n${changelog.slice(changelog.indexOf("\n## ", start))}`;
    fs.writeFileSync(path.join(dir, "CHANGELOG.md"), unreleased);
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ version: "7.8.9" }));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--check refuses a bump while nothing is written under the unreleased section", () => {
    expect(() => versionScript.check(dir)).toThrow(/CHANGELOG\.md/);
    const changelog = read("CHANGELOG.md", dir).replace(
      versionScript.UNRELEASED,
      `${versionScript.UNRELEASED}\n\n- Een verbetering.`
    );
    fs.writeFileSync(path.join(dir, "CHANGELOG.md"), changelog);
    expect(() => versionScript.check(dir)).not.toThrow();
  });

  test("after the bump it writes the version into the manifest and dates the changelog's entries", () => {
    fs.writeFileSync(
      path.join(dir, "CHANGELOG.md"),
      read("CHANGELOG.md", dir).replace(
        versionScript.UNRELEASED,
        `${versionScript.UNRELEASED}\n\n- Een verbetering.`
      )
    );
    versionScript.apply(dir, "2027-01-02");
    expect(read("manifest.xml", dir)).toContain("<Version>7.8.9.0</Version>");
    const changelog = read("CHANGELOG.md", dir);
    expect(changelog).toContain(
      `${versionScript.UNRELEASED}\n\n## 7.8.9 — 2027-01-02\n\n- Een verbetering.\n\n## ${packageJson.version}`
    );
    // Nothing else in the manifest moved.
    expect(read("manifest.xml", dir).replace("7.8.9.0", `${packageJson.version}.0`)).toBe(
      read("manifest.xml")
    );
  });

  test("refuses a version Office's manifest cannot hold", () => {
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ version: "2.0.0-beta.1" }));
    expect(() => versionScript.apply(dir)).toThrow(/major\.minor\.patch/);
    expect(read("manifest.xml", dir)).toBe(read("manifest.xml"));
  });
});
