/**
 * Real-browser harness: serves the built dist/ on 127.0.0.1 and drives Debian's Chromium with
 * playwright-core. Every request that does not go to that server is aborted and recorded, so a
 * test can assert the product makes no network calls of its own; every Content-Security-Policy
 * violation a page reports is recorded too, so a test can assert there are none.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const DIST_DIR = path.resolve(__dirname, "..", "..", "dist");

const KNOWN_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/** CHROMIUM_PATH if set, else the first browser found on the usual Linux paths; null if none. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return KNOWN_BROWSERS.find((candidate) => fs.existsSync(candidate)) ?? null;
}

export interface StaticServer {
  origin: string;
  /** Where dist/ is served: `${origin}${base}/taskpane.html`; "" at the root. */
  base: string;
  close(): Promise<void>;
}

/**
 * A tiny static file server for dist/ on a free port; http is enough for the preview page.
 * With `base` ("/argumentenhulp") it serves dist/ under that sub-path only, as a project site on
 * GitHub Pages does, and answers 404 outside it: a link that climbs out of the sub-path fails.
 */
export async function serveDirectory(root: string, base = ""): Promise<StaticServer> {
  const prefix = base.replace(/\/+$/, "");
  const server = http.createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (requested !== prefix && !requested.startsWith(`${prefix}/`)) {
      response.writeHead(404).end("not found");
      return;
    }
    const pathname = requested.slice(prefix.length) || "/";
    const file = path.join(root, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "Content-Type": type });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    base: prefix,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A browser's keep-alive connection would hold close() open.
        server.closeAllConnections();
      }),
  };
}

export interface BrowserSession {
  page: Page;
  context: BrowserContext;
  /** URLs the page tried to reach outside the test server (all were blocked). */
  blockedRequests: string[];
  /** Uncaught exceptions and console errors in the page. */
  pageErrors: string[];
  /** Content-Security-Policy violations any page or frame reported: "directive: blocked URI". */
  cspViolations: string[];
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile; only `allowedOrigin` is reachable. `mirrors` maps a
 * remote URL prefix to a local folder served in its place (Office.js's CDN → the @microsoft/office-js package).
 */
export async function openBrowser(
  allowedOrigin: string,
  mirrors: Record<string, string> = {}
): Promise<BrowserSession> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      "No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH."
    );
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "argumentenhulp-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: "nl-NL",
  });
  const blockedRequests: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  await context.exposeBinding("__argumentenhulpCspViolation", ({ frame }, text: string) => {
    cspViolations.push(`${text} (in ${frame.url()})`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as Record<string, (text: string) => void>)
        .__argumentenhulpCspViolation;
      report?.(`${event.effectiveDirective}: ${event.blockedURI || "inline"}`);
    });
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin + "/") || url.startsWith("data:") || url.startsWith("blob:")) {
      return route.continue();
    }
    const mirror = Object.entries(mirrors).find(([prefix]) => url.startsWith(prefix));
    if (mirror) {
      const file = path.join(
        mirror[1],
        new URL(url).pathname.slice(new URL(mirror[0]).pathname.length)
      );
      if (file.startsWith(mirror[1]) && fs.existsSync(file)) return route.fulfill({ path: file });
    }
    blockedRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  return {
    page,
    context,
    blockedRequests,
    pageErrors,
    cspViolations,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** What axe finds serious or critical on the page, one line per element, for `toEqual([])`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} ${n.html.slice(0, 120)}`));
}

export interface PreviewSession {
  server: StaticServer;
  session: BrowserSession;
  /** The path of every script the page requested, in order, to see when a chunk loads. */
  scripts: string[];
}

/**
 * How most browser tests start: dist/ served, Chromium open on a fresh profile, the page's
 * script requests recorded. `chunk` names an on-demand chunk the test is about (e.g.
 * /^\/schrijfhulp(\.[0-9a-f]+)?\.js$/), so a missing build says so instead of timing out.
 */
export async function servePreview(chunk?: RegExp): Promise<PreviewSession> {
  const missing = !fs.existsSync(path.join(DIST_DIR, "preview.html"))
    ? "dist/preview.html"
    : chunk && !fs.readdirSync(DIST_DIR).some((file) => chunk.test(`/${file}`))
      ? `the chunk ${chunk.source} in dist/`
      : null;
  if (missing)
    throw new Error(`${missing} is missing: run \`npm run build\` before the browser tests.`);
  const server = await serveDirectory(DIST_DIR);
  const session = await openBrowser(server.origin);
  const scripts: string[] = [];
  session.page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  return { server, session, scripts };
}

/** Opens the preview page at the size most tests use and waits until the pane shows its review. */
export async function loadPreviewPane(page: Page, origin: string, query = ""): Promise<void> {
  await page.setViewportSize({ width: 1200, height: 1100 });
  await page.goto(`${origin}/preview.html${query}`);
  await page.getByTestId("preview-pane").getByTestId("theme-overview").waitFor({ timeout: 30000 });
}

/**
 * Saves a screenshot of the preview's pane as pane-<name>.png: into docs/ for the README when
 * `npm run docs:screenshots` asks (ARGUMENTENHULP_SCREENSHOTS=1), else into test-results/, so an
 * ordinary run leaves the working tree clean.
 */
export async function screenshotPane(page: Page, name: string): Promise<void> {
  const root = path.resolve(__dirname, "..", "..");
  const folder = path.join(
    root,
    process.env.ARGUMENTENHULP_SCREENSHOTS === "1" ? "docs" : "test-results"
  );
  fs.mkdirSync(folder, { recursive: true });
  await page
    .getByTestId("preview-pane")
    .screenshot({ path: path.join(folder, `pane-${name}.png`) });
}
