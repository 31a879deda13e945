#!/usr/bin/env node
/**
 * `npm version patch|minor|major` runs this twice (package.json's preversion and version scripts):
 *   --check   before the bump: CHANGELOG.md must say under "Nog niet uitgebracht" what changed.
 *   (none)    after the bump: write package.json's new version into manifest.xml's <Version> and
 *             turn that CHANGELOG section into the version's own, with today's date.
 * npm then commits package.json, package-lock.json and the two files this changed, and tags it.
 * The build writes the same number into dist/manifest.xml and the pages; this keeps the source
 * manifest (the one sideloaded during development) in step.
 */
const fs = require("fs");
const path = require("path");

const UNRELEASED = "## Nog niet uitgebracht";

function unreleasedEntries(changelog) {
  const start = changelog.indexOf(UNRELEASED);
  if (start < 0) throw new Error(`CHANGELOG.md has no "${UNRELEASED}" section`);
  const rest = changelog.slice(start + UNRELEASED.length);
  const next = rest.search(/^## /m);
  return (next < 0 ? rest : rest.slice(0, next)).trim();
}

function check(root) {
  const changelog = fs.readFileSync(path.join(root, "CHANGELOG.md"), "utf8");
  if (!unreleasedEntries(changelog)) {
    throw new Error(
      `Schrijf eerst in CHANGELOG.md onder "${UNRELEASED}" wat er voor gebruikers verandert. ` +
        `(Write what changed for users under "${UNRELEASED}" in CHANGELOG.md first.)`
    );
  }
}

function apply(root, today = new Date().toISOString().slice(0, 10)) {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`version ${version}: Office's manifest takes plain major.minor.patch only`);
  }
  const manifestFile = path.join(root, "manifest.xml");
  const manifest = fs.readFileSync(manifestFile, "utf8");
  if (!/<Version>[^<]*<\/Version>/.test(manifest)) throw new Error("manifest.xml has no <Version>");
  fs.writeFileSync(
    manifestFile,
    manifest.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`)
  );

  const changelogFile = path.join(root, "CHANGELOG.md");
  const changelog = fs.readFileSync(changelogFile, "utf8");
  unreleasedEntries(changelog);
  fs.writeFileSync(
    changelogFile,
    changelog.replace(UNRELEASED, `${UNRELEASED}\n\n## ${version} — ${today}`)
  );
}

module.exports = { check, apply, UNRELEASED };

if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  try {
    if (process.argv.includes("--check")) check(root);
    else apply(root);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
