/**
 * dist/ as a volunteer meets it: published on a static host under a sub-path. `npm test` builds
 * for a sub-path host (scripts/test.js; the Pages workflow passes the real one), and this serves
 * dist/ on 127.0.0.1 under that same path, answering 404 outside it. In Chromium: the start page,
 * the manifest downloaded from it and checked against Microsoft's XSDs, every URL in it, the help
 * and privacy pages, the preview and the task pane page outside Word. No page may report a
 * Content-Security-Policy violation or reach another host (Office.js's own telemetry aside).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import packageJson from "../../package.json";
import { xmllint } from "../manifest/xmllint";
import { describeWithShared, sharedPath } from "../shared";
import {
  DIST_DIR,
  openBrowser,
  serveDirectory,
  seriousViolations,
  type BrowserSession,
  type StaticServer,
} from "./harness";

const ROOT = path.resolve(__dirname, "..", "..");
const OFFICE_JS_CDN_DIR = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const SCHEMA_DIR = ["schemas", "office-addin-manifest"];
/** Office.js opens Microsoft's telemetry frame by itself; inside Word that is Word's business. */
const OFFICE_TELEMETRY = /^https:\/\/[^/]+\.(microsoft|oaspapps)\.com\//;
/** The pages that load no script at all. */
const STATIC_PAGES = ["index.html", "help.html", "privacy.html"];

const builtManifest = fs.readFileSync(path.join(DIST_DIR, "manifest.xml"), "utf8");
/** The host dist/ was built for: where the manifest says the task pane is. */
const HOST = /<SourceLocation DefaultValue="([^"]+)\/taskpane\.html"/.exec(builtManifest)?.[1];

let server: StaticServer;
let session: BrowserSession;

/** Where the local server has what the manifest says is at `url`. */
function local(url: string): string {
  if (!HOST || !url.startsWith(`${HOST}/`)) throw new Error(`${url} is not on ${HOST}`);
  return `${server.origin}${server.base}/${url.slice(HOST.length + 1)}`;
}

function page(file: string): string {
  return `${server.origin}${server.base}/${file}`;
}

async function expectClean(label: string, options: { office?: boolean } = {}) {
  const others = session.blockedRequests.filter(
    (url) => !(options.office && OFFICE_TELEMETRY.test(url))
  );
  expect({ label, csp: session.cspViolations, otherHosts: others }).toEqual({
    label,
    csp: [],
    otherHosts: [],
  });
}

/** Every file the page names (links, images, style sheets, scripts) answers 200 on the server. */
async function expectReferencesResolve(current: Page) {
  const references = await current.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[href], [src]")]
      .map((element) => (element as HTMLAnchorElement).href || (element as HTMLImageElement).src)
      .filter((url) => !url.includes("#"))
  );
  expect(references.length).toBeGreaterThan(0);
  const remote = references.filter(
    (url) =>
      !url.startsWith(`${server.origin}${server.base}/`) && !url.startsWith(OFFICE_JS_CDN_DIR)
  );
  expect(remote).toEqual([]);
  for (const url of references.filter((u) => !u.startsWith(OFFICE_JS_CDN_DIR))) {
    const response = await session.context.request.get(url);
    expect({ url, status: response.status() }).toEqual({ url, status: 200 });
  }
}

beforeAll(async () => {
  if (!HOST) throw new Error("dist/manifest.xml names no task pane: run `npm run build` first");
  server = await serveDirectory(DIST_DIR, new URL(HOST).pathname);
  session = await openBrowser(server.origin, {
    // Microsoft's CDN is not reachable here; the npm package ships the same files.
    [OFFICE_JS_CDN_DIR]: path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist"),
  });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

afterEach(() => {
  session.blockedRequests.length = 0;
  session.cspViolations.length = 0;
  session.pageErrors.length = 0;
});

test("the harness sees a violation when a page has one (so the checks below can fail)", async () => {
  const url = page("csp-self-test.html");
  await session.page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html",
      body:
        `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none'">` +
        `<script>document.title = "ran";</script><img src="x.png" alt="">`,
    })
  );
  try {
    await session.page.goto(url);
    for (let wait = 0; session.cspViolations.length < 2 && wait < 50; wait++) {
      await session.page.waitForTimeout(100);
    }
    expect(session.cspViolations.join("\n")).toMatch(/script-src-elem: inline/);
    expect(session.cspViolations.join("\n")).toMatch(/img-src: http:\/\/127\.0\.0\.1/);
    expect(await session.page.title()).not.toBe("ran");
  } finally {
    await session.page.unroute(url);
  }
});

test("dist/ is built for an https host: ADDIN_HOST when set (npm test always sets one)", () => {
  expect(HOST).toMatch(/^https:\/\/[^/]+/);
  const wanted = process.env.ADDIN_HOST?.replace(/\/+$/, "");
  if (wanted) expect(HOST).toBe(wanted);
});

test("every page carries its Content-Security-Policy before anything it loads", () => {
  const pages = fs.readdirSync(DIST_DIR).filter((file) => file.endsWith(".html"));
  expect(pages.sort()).toEqual([
    "commands.html",
    "help.html",
    "index.html",
    "preview.html",
    "privacy.html",
    "taskpane.html",
  ]);
  for (const file of pages) {
    const html = fs.readFileSync(path.join(DIST_DIR, file), "utf8");
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
    expect({ file, hasPolicy: meta !== null }).toEqual({ file, hasPolicy: true });
    const firstLoad = html.search(/<(script|link|style|img)\b/i);
    expect({ file, policyFirst: meta!.index < firstLoad }).toEqual({ file, policyFirst: true });
    const policy = new Map(
      meta![1].split(";").map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values] as [string, string[]];
      })
    );
    const scripts = policy.get("script-src") ?? [];
    expect({
      file,
      default: policy.get("default-src"),
      connect: policy.get("connect-src"),
    }).toEqual({ file, default: ["'none'"], connect: ["'self'"] });
    expect({
      file,
      unsafeScripts: scripts.filter((v) => /unsafe|\*|data:|nonce|sha/.test(v)),
    }).toEqual({ file, unsafeScripts: [] });
    const word = file === "taskpane.html" || file === "commands.html";
    // Office.js's own logging frame, on the pages Word loads; no other frame anywhere.
    expect({ file, frames: policy.get("frame-src") }).toEqual({
      file,
      frames: word ? ["https://telemetryservice.firstpartyapps.oaspapps.com"] : undefined,
    });
    expect({ file, scripts }).toEqual({
      file,
      scripts: word
        ? ["'self'", "https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"]
        : STATIC_PAGES.includes(file)
          ? ["'none'"]
          : ["'self'"],
    });
    // No inline script anywhere: every <script> names a file.
    expect({ file, inline: /<script(?![^>]*\bsrc=)[^>]*>/i.test(html) }).toEqual({
      file,
      inline: false,
    });
  }
});

test("every file but the pages and the manifest is named by its content hash", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(DIST_DIR, full).split(path.sep).join("/"));
    }
  };
  walk(DIST_DIR);
  const stable = files.filter(
    (file) => !/\.[0-9a-f]{8}\.[a-z]+(\.map|\.LICENSE\.txt)?$/.test(file)
  );
  expect(stable.sort()).toEqual(
    [...STATIC_PAGES, "commands.html", "preview.html", "taskpane.html", "manifest.xml"].sort()
  );
});

test("the start page says what it is, in Dutch and English, with the version", async () => {
  await session.page.goto(page(""));
  await expect(session.page.locator("h1").innerText()).resolves.toBe("Argumentenhulp");
  expect(await session.page.getAttribute("html", "lang")).toBe("nl");
  expect(await session.page.locator('section[lang="en"] h2').first().innerText()).toBe(
    "In English"
  );
  await expect(session.page.locator("header").innerText()).resolves.toContain(
    `Versie ${packageJson.version}`
  );
  // Its own style sheet applied, and the icon and screenshot really loaded.
  const border = await session.page
    .locator("header")
    .evaluate((element) => getComputedStyle(element).borderBottomWidth);
  expect(border).toBe("4px");
  const images = await session.page.evaluate(() =>
    [...document.images].map((image) => ({ src: image.src, loaded: image.naturalWidth > 0 }))
  );
  expect(images.length).toBeGreaterThanOrEqual(2);
  expect(images.filter((image) => !image.loaded)).toEqual([]);
  await expectReferencesResolve(session.page);
  await expectClean("start page");
});

describe("the manifest from the start page", () => {
  let downloaded = "";

  test("downloads as manifest.xml, the file dist/ holds, for the version package.json says", async () => {
    await session.page.goto(page("index.html"));
    const [download] = await Promise.all([
      session.page.waitForEvent("download"),
      session.page.getByRole("link", { name: "Manifest downloaden" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("manifest.xml");
    downloaded = fs.readFileSync(await download.path(), "utf8");
    expect(downloaded).toBe(builtManifest);
    expect(downloaded).toContain(`<Version>${packageJson.version}.0</Version>`);
    await expectClean("manifest download");
  });

  describeWithShared(SCHEMA_DIR)("against Microsoft's XSDs", () => {
    test("the downloaded manifest validates", () => {
      expect(downloaded).not.toBe("");
      const verdict = xmllint(downloaded, sharedPath(...SCHEMA_DIR, "OfficeAppManifestV1_1.xsd"));
      expect(verdict.output).toContain("validates");
      expect(verdict.valid).toBe(true);
    });
  });

  test("every URL in it is on the host and answers there with the right kind of file", async () => {
    const urls = [...new Set([...builtManifest.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]))];
    const own = urls.filter((url) => !url.startsWith("http://schemas.microsoft.com"));
    expect(own.length).toBeGreaterThanOrEqual(8);
    for (const url of own) {
      const response = await session.context.request.get(local(url));
      const type = response.headers()["content-type"] ?? "";
      const expected = url.endsWith(".png") ? "image/png" : "text/html";
      expect({ url, status: response.status(), type: type.split(";")[0] }).toEqual({
        url,
        status: 200,
        type: expected,
      });
    }
  });
});

test.each(STATIC_PAGES)(
  "%s passes axe, light and dark, and fits 320 px without sideways scrolling",
  async (file) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await session.page.emulateMedia({ colorScheme });
      await session.page.setViewportSize({ width: 320, height: 800 });
      await session.page.goto(page(file));
      expect({ file, colorScheme, axe: await seriousViolations(session.page) }).toEqual({
        file,
        colorScheme,
        axe: [],
      });
      const overflow = await session.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect({ file, overflow: overflow <= 0 }).toEqual({ file, overflow: true });
    }
    await session.page.emulateMedia({ colorScheme: null });
    await session.page.setViewportSize({ width: 1280, height: 800 });
    await expectClean(file);
  }
);

test.each(["help.html", "privacy.html"])(
  "%s stands alone: Dutch first, English after, every link resolves",
  async (file) => {
    await session.page.goto(page(file));
    expect(await session.page.getAttribute("html", "lang")).toBe("nl");
    await expect(session.page.locator('section[lang="en"]').count()).resolves.toBe(1);
    await expect(session.page.locator("header").innerText()).resolves.toContain(
      packageJson.version
    );
    await expectReferencesResolve(session.page);
    await expectClean(file);
  }
);

test("Probeer het zonder Word opens the preview, which reviews its sample under the sub-path", async () => {
  await session.page.goto(page(""));
  await session.page.getByRole("link", { name: "Probeer het zonder Word" }).first().click();
  await session.page.waitForURL(page("preview.html"));
  await session.page.getByTestId("theme-overview").waitFor({ timeout: 30000 });
  await expect(session.page.getByTestId("paragraph-count").innerText()).resolves.toMatch(
    /^\d+ alinea’s$/
  );
  expect(session.pageErrors).toEqual([]);
  await expectClean("preview");
});

test("the task pane page outside Word says so and links to the preview beside it", async () => {
  await session.page.goto(page("taskpane.html"));
  const link = session.page.getByRole("link", { name: /voorbeeld/i });
  await link.waitFor({ timeout: 30000 });
  await link.click();
  await session.page.waitForURL(page("preview.html"));
  await session.page.getByTestId("theme-overview").waitFor({ timeout: 30000 });
  expect(session.pageErrors).toEqual([]);
  await expectClean("task pane", { office: true });
});

test("the function file loads Office.js under its policy without a violation", async () => {
  await session.page.goto(page("commands.html"));
  await session.page.waitForFunction(
    () => typeof (window as { Office?: unknown }).Office === "object"
  );
  // Office.js starts its telemetry frame about 3 s after load; a blocked frame would show here.
  await session.page.waitForTimeout(4000);
  expect(session.pageErrors).toEqual([]);
  await expectClean("commands", { office: true });
});
