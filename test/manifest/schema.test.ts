/**
 * manifest.xml against Microsoft's XSDs, offline with xmllint (`office-addin-manifest validate`
 * needs an online service). The corrupted copies prove the validation can say no.
 */
import * as fs from "fs";
import * as path from "path";
import { describeWithShared, sharedPath } from "../shared";
import { MANIFEST_PATH, REPO_ROOT } from "./manifest-document";
import { xmllint } from "./xmllint";

const SCHEMA_DIR = ["schemas", "office-addin-manifest"];

/** Replace exactly one occurrence, so a corruption that misses its target fails the test instead of passing it. */
function corrupt(xml: string, from: string | RegExp, to: string): string {
  const matches = xml.match(
    typeof from === "string" ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : from
  );
  if (!matches || matches.length !== 1)
    throw new Error(`corruption target ${String(from)} found ${matches?.length ?? 0} times`);
  return xml.replace(from, to);
}

describeWithShared(SCHEMA_DIR)("manifest.xml against OfficeAppManifestV1_1.xsd", () => {
  const xsd = sharedPath(...SCHEMA_DIR, "OfficeAppManifestV1_1.xsd");
  const manifest = fs.readFileSync(MANIFEST_PATH, "utf8");

  test("the manifest is valid", () => {
    const verdict = xmllint(manifest, xsd);
    expect(verdict.output).toContain("validates");
    expect(verdict.valid).toBe(true);
  });

  const corruptions: Array<[string, (xml: string) => string]> = [
    [
      "a Permissions value that does not exist",
      (x) => corrupt(x, "<Permissions>ReadWriteDocument<", "<Permissions>ReadWriteEverything<"),
    ],
    ["a malformed Id", (x) => corrupt(x, /<Id>[^<]+<\/Id>/g, "<Id>not-a-guid</Id>")],
    [
      "an unknown element inside the Control",
      (x) => corrupt(x, "<Supertip>", "<Tooltip>extra</Tooltip><Supertip>"),
    ],
    [
      "elements out of order (Requirements after DefaultSettings)",
      (x) =>
        corrupt(
          corrupt(x, /\s*<Requirements>[\s\S]*?<\/Requirements>/g, ""),
          "</DefaultSettings>",
          '</DefaultSettings><Requirements><Sets><Set Name="WordApi"/></Sets></Requirements>'
        ),
    ],
    [
      "a group label longer than 125 characters",
      (x) =>
        corrupt(
          x,
          'DefaultValue="Subsidieaanvraag"',
          `DefaultValue="${"Subsidieaanvraag ".repeat(8)}"`
        ),
    ],
  ];

  test.each(corruptions)("rejects %s", (_name, damage) => {
    const damaged = damage(manifest);
    expect(damaged).not.toBe(manifest);
    const verdict = xmllint(damaged, xsd);
    expect(verdict.valid).toBe(false);
    expect(verdict.output).toMatch(/fails to validate|Schemas validity error/);
  });

  // The built manifest has its URLs rewritten to the production host; that must not break it.
  const built = path.join(REPO_ROOT, "dist", "manifest.xml");
  (fs.existsSync(built) ? test : test.skip)(
    "dist/manifest.xml (after the host rewrite) is valid too",
    () => {
      const verdict = xmllint(fs.readFileSync(built, "utf8"), xsd);
      expect(verdict.output).toContain("validates");
      expect(verdict.valid).toBe(true);
    }
  );
});
