/**
 * The task pane's weight and first render, as printed figures (no pass/fail: budgets are read,
 * not asserted). Needs a production build in dist/ (`npm run build`) and Chromium.
 *   size:   dist/taskpane.<hash>.js (the first load, budget ≤ 200 KB gzip) and the chunks it loads on
 *           demand (the Schrijfhulp), raw and gzip -9
 *   render: the built preview page in Chromium, navigation start → the theme overview on screen,
 *           first (cold) run and the median of the warm runs
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { DIST_DIR, findChromium, openBrowser, serveDirectory } from "../../test/e2e/harness";

const BUDGET_GZIP = 200 * 1024;
const RUNS = 7;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The scripts taskpane.html loads itself (the first load), and the chunks loaded on demand. */
function paneScripts(): { first: string[]; onDemand: string[] } {
  const html = fs.readFileSync(path.join(DIST_DIR, "taskpane.html"), "utf8");
  // The built page is minified: attribute values may stand without quotes.
  const first = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  // Chunks split off the entry (lazy imports) are named by webpack; anything not the other entries counts.
  const others = /^(preview|commands)(\.[0-9a-f]+)?\.js$/;
  const onDemand = fs
    .readdirSync(DIST_DIR)
    .filter((file) => file.endsWith(".js") && !others.test(file) && !first.includes(file));
  return { first: [...new Set(first)], onDemand };
}

function printGroup(label: string, files: readonly string[]): number {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(DIST_DIR, file));
    const zipped = zlib.gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    console.log(
      `  ${file.padEnd(24)} ${kb(bytes.length).padStart(10)} raw ${kb(zipped).padStart(10)} gzip`
    );
  }
  console.log(`  ${label.padEnd(24)} ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(10)} gzip`);
  return gzip;
}

function printSizes() {
  const { first, onDemand } = paneScripts();
  const gzip = printGroup("first load", first);
  const verdict = gzip <= BUDGET_GZIP ? "within" : "OVER";
  console.log(`  first load is ${verdict} the ${kb(BUDGET_GZIP)} gzip budget`);
  // Loaded only when their view first opens (the Schrijfhulp and its hyphenation patterns).
  if (onDemand.length) printGroup("loaded on demand", onDemand);
}

/** Records, inside the page, when the overview first appears (ms since navigation start). */
const WATCH_OVERVIEW = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="theme-overview"]')) {
      window.__overviewAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function printRender() {
  if (!findChromium()) {
    console.log("  render: no Chromium found (apt-get install chromium or CHROMIUM_PATH); skipped");
    return;
  }
  const server = await serveDirectory(DIST_DIR);
  const session = await openBrowser(server.origin);
  try {
    await session.context.addInitScript(WATCH_OVERVIEW);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(`${server.origin}/preview.html`);
      await page.waitForFunction(
        () => (window as { __overviewAt?: number }).__overviewAt !== undefined,
        null,
        { timeout: 30000 }
      );
      times.push(
        await page.evaluate(() => (window as { __overviewAt?: number }).__overviewAt as number)
      );
      await page.close();
    }
    const [cold, ...warm] = times;
    const sorted = [...warm].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`  first render (navigation start → overview visible), preview page, ${RUNS} runs`);
    console.log(
      `    cold ${cold.toFixed(0)} ms; warm median ${median.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted[sorted.length - 1].toFixed(0)})`
    );
  } finally {
    await session.close();
    await server.close();
  }
}

async function main() {
  const entry = fs.existsSync(path.join(DIST_DIR, "taskpane.html"))
    ? paneScripts().first[0]
    : undefined;
  if (!entry) {
    console.log("  dist/taskpane.html is missing: run `npm run build` first; skipped");
    return;
  }
  const production = !fs
    .readFileSync(path.join(DIST_DIR, entry), "utf8")
    .includes("webpackBootstrap");
  console.log(
    `Task pane (${production ? "production" : "DEVELOPMENT — sizes are not meaningful"} build in dist/)`
  );
  printSizes();
  await printRender();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
