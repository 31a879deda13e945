/** @jest-environment jsdom */
/**
 * Every URL in the manifest must be a file the build writes, or Word shows a blank pane or a
 * broken button. The source manifest always names https://localhost:3000; the build rewrites it.
 */
import * as fs from "fs";
import * as path from "path";
import { emitterOf, loadWebConfig } from "./build-output";
import { DEV_HOST, MANIFEST_PATH, readManifest, REPO_ROOT, urlsIn } from "./manifest-document";

const sourceUrls = urlsIn(readManifest(MANIFEST_PATH));
const paths = Array.from(new Set(sourceUrls.map((u) => u.url.slice(DEV_HOST.length + 1))));

test("the manifest names URLs at all (so the checks below are not empty)", () => {
  // Icons 16/32/64/80/128, taskpane, commands, help.
  expect(paths.length).toBeGreaterThanOrEqual(8);
});

test("every URL is an https://localhost:3000/ URL without query or fragment", () => {
  for (const { where, url } of sourceUrls) {
    expect({ where, url: url.startsWith(`${DEV_HOST}/`) && !/[?#]/.test(url) }).toEqual({
      where,
      url: true,
    });
  }
});

describe("each URL's file is written by webpack.config.js from a file in the repository", () => {
  let config: Awaited<ReturnType<typeof loadWebConfig>>;
  beforeAll(async () => {
    config = await loadWebConfig();
  }, 30_000);

  test.each(paths)("%s", (emitted) => {
    const emitter = emitterOf(config, emitted);
    if (!emitter) throw new Error(`nothing in webpack.config.js writes dist/${emitted}`);
    expect({ emitted, how: emitter.how, sourceExists: fs.existsSync(emitter.source) }).toEqual({
      emitted,
      how: emitter.how,
      sourceExists: true,
    });
  });
});

// dist/ exists only after `npm run build`; the checks above hold without it.
const distManifest = path.join(REPO_ROOT, "dist", "manifest.xml");
(fs.existsSync(distManifest) ? describe : describe.skip)("dist/manifest.xml, as built", () => {
  const builtUrls = fs.existsSync(distManifest) ? urlsIn(readManifest(distManifest)) : [];

  // The rewrite swaps the host (which may carry a path, e.g. https://example.org/argumentenhulp)
  // and names copied files by their content hash (icon-64.png → icon-64.1a2b3c4d.png).
  const host = builtUrls
    .find((u) => u.url.endsWith("/taskpane.html"))
    ?.url.slice(0, -"/taskpane.html".length);
  const pairs = builtUrls.map((built, i) => ({
    built: built.url,
    file: sourceUrls[i]?.url.slice(DEV_HOST.length + 1) ?? "",
  }));
  const hashedOrSame = (file: string) => {
    const ext = path.posix.extname(file);
    const stem = file.slice(0, file.length - ext.length).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`^${stem}(\\.[0-9a-f]{8})?${ext.replace(".", "\\.")}$`);
  };

  test("names the same files as the source manifest, in the same places, all on one https host", () => {
    expect(builtUrls).toHaveLength(sourceUrls.length);
    expect(host).toMatch(/^https:\/\/[^/]/);
    for (const { built, file } of pairs) {
      expect({ built, onHost: built.startsWith(`${host}/`) }).toEqual({ built, onHost: true });
      expect(built.slice(host!.length + 1)).toMatch(hashedOrSame(file));
    }
  });

  test("every file it names is in dist/", () => {
    const missing = pairs
      .map((p) => p.built.slice((host?.length ?? 0) + 1))
      .filter((file) => !fs.existsSync(path.join(REPO_ROOT, "dist", file)));
    expect(missing).toEqual([]);
  });
});
