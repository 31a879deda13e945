/**
 * The built output as Word and npm will use it: every URL in dist/manifest.xml is a file the
 * build wrote, the task pane page boots outside Word (Office.js from the CDN replaced by the
 * files of the @microsoft/office-js package) and explains where to go, and lib/cli.js runs as a program.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DIST_DIR, openBrowser, serveDirectory } from "./harness";

const ROOT = path.resolve(__dirname, "..", "..");
const OFFICE_JS_CDN_DIR = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_CDN = `${OFFICE_JS_CDN_DIR}office.js`;
const builtManifest = fs.readFileSync(path.join(DIST_DIR, "manifest.xml"), "utf8");
/** The host dist/ was built for (ADDIN_HOST): where the manifest says the task pane is. */
const HOST =
  /<SourceLocation DefaultValue="([^"]+)\/taskpane\.html"/.exec(builtManifest)?.[1] ?? "";

function manifestUrls(): string[] {
  return [...builtManifest.matchAll(/"(https:\/\/[^"]+)"/g)].map((match) => match[1]);
}

test("every add-in URL in the built manifest names a file in dist/", () => {
  expect(HOST).toMatch(/^https:\/\//);
  const own = manifestUrls().filter((url) => url.startsWith(HOST + "/"));
  expect(own.length).toBeGreaterThanOrEqual(6);
  const missing = own
    .map((url) => url.slice(HOST.length + 1))
    .filter((file) => !fs.existsSync(path.join(DIST_DIR, file)));
  expect(missing).toEqual([]);
});

test("the task pane page loads only Office.js from outside the add-in", () => {
  const html = fs.readFileSync(path.join(DIST_DIR, "taskpane.html"), "utf8");
  const remote = [...html.matchAll(/(?:src|href)="?(https?:\/\/[^"\s>]+)/g)].map(
    (match) => match[1]
  );
  expect(remote).toEqual([OFFICE_JS_CDN]);
});

test("outside Word the task pane says so in Dutch and links to the preview, without errors", async () => {
  const server = await serveDirectory(DIST_DIR);
  const session = await openBrowser(server.origin, {
    // Microsoft's CDN is not reachable here; the npm package ships the same files.
    [OFFICE_JS_CDN_DIR]: path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist"),
  });
  try {
    await session.page.goto(`${server.origin}/taskpane.html`);
    const link = session.page.getByRole("link", { name: /voorbeeld/i });
    await link.waitFor({ timeout: 30000 });
    expect(await link.getAttribute("href")).toBe("preview.html");
    expect(session.pageErrors).toEqual([]);
    // Office.js itself opens Microsoft's telemetry frame (allowed inside Word); our code calls nothing.
    const ours = session.blockedRequests.filter(
      (url) => !/^https:\/\/[^/]+\.(microsoft|oaspapps)\.com\//.test(url)
    );
    expect(ours).toEqual([]);
  } finally {
    await session.close();
    await server.close();
  }
});

test("lib/cli.js is an executable node program that reviews text from stdin", () => {
  const cli = path.join(ROOT, "lib", "cli.js");
  expect(fs.readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  expect(fs.statSync(cli).mode & 0o111).not.toBe(0);
  const output = execFileSync(process.execPath, [cli, "review", "-"], {
    input: "Wij bouwen aan vertrouwen tussen bewoners.\n",
    encoding: "utf8",
  });
  expect(output).toMatch(/1 alinea · \d+ van \d+ thema's in je tekst/);
});

test("lib/cli.js --version prints package.json's version", () => {
  const output = execFileSync(process.execPath, [path.join(ROOT, "lib", "cli.js"), "--version"], {
    encoding: "utf8",
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(output).toBe(`${require(path.join(ROOT, "package.json")).version}\n`);
});

test("lib/index.js exports the engine for Node", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require(path.join(ROOT, "lib", "index.js"));
  expect(typeof lib.reviewDocument).toBe("function");
  expect(typeof lib.createReviewer).toBe("function");
});
