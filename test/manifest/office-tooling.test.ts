/**
 * Microsoft's own manifest reader (what `office-addin-manifest info` and the sideloading tools
 * use) must read the manifest as a Word add-in with its Id, name and task pane. It works offline;
 * its `validate` does not, which is why schema.test.ts uses xmllint.
 */
import * as fs from "fs";
import { getOfficeAppForManifestHost, OfficeAddinManifest, OfficeApp } from "office-addin-manifest";
import packageJson from "../../package.json";
import { DEV_HOST, MANIFEST_PATH } from "./manifest-document";

test("office-addin-manifest reads it as Argumentenhulp for Word, nl-NL, with its own Id", async () => {
  const info = await OfficeAddinManifest.readManifestFile(MANIFEST_PATH);
  const id = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(MANIFEST_PATH, "utf8"))?.[1];
  expect(info).toMatchObject({
    id,
    displayName: "Argumentenhulp",
    defaultLocale: "nl-NL",
    officeAppType: "TaskPaneApp",
    permissions: "ReadWriteDocument",
    version: `${packageJson.version}.0`,
    iconUrl: `${DEV_HOST}/assets/icon-64.png`,
    highResolutionIconUrl: `${DEV_HOST}/assets/icon-128.png`,
    defaultSettings: { sourceLocation: `${DEV_HOST}/taskpane.html` },
  });
  expect(info.hosts?.map(getOfficeAppForManifestHost)).toEqual([OfficeApp.Word]);
});
