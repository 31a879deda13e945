/**
 * The built preview page in real Chromium: the task pane beside an editable sample document.
 * It must read the document (its paragraph count matches the paragraphs on screen), follow
 * edits after "Vernieuwen", and never reach outside the page's own server.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import {
  DIST_DIR,
  openBrowser,
  serveDirectory,
  type BrowserSession,
  type StaticServer,
} from "./harness";

/**
 * The README's picture. Rewritten only on request (`npm run docs:screenshots`) or when missing,
 * so a test run leaves the working tree clean; otherwise it goes to test-results/.
 */
const README_SCREENSHOT = path.resolve(__dirname, "..", "..", "docs", "preview.png");
const SCREENSHOT =
  process.env.ARGUMENTENHULP_SCREENSHOTS === "1" || !fs.existsSync(README_SCREENSHOT)
    ? README_SCREENSHOT
    : path.resolve(__dirname, "..", "..", "test-results", "preview.png");

/** Office.js, for one, starts its telemetry frame 3 s after load; give late requests time to show. */
const SETTLE_MS = 5000;

let server: StaticServer;
let session: BrowserSession;
let loadedAt = 0;

function paragraphs(page: Page) {
  return page.getByTestId("preview-paragraph");
}

async function shownCount(page: Page): Promise<number> {
  const text = await page.getByTestId("paragraph-count").innerText();
  const match = text.match(/\d+/);
  if (!match) throw new Error(`paragraph-count shows no number: "${text}"`);
  return Number(match[0]);
}

/** Waits until the pane's count equals `expected` (the review runs asynchronously). */
async function expectShownCount(page: Page, expected: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const element = document.querySelector('[data-testid="paragraph-count"]');
      const match = element?.textContent?.match(/\d+/);
      return match !== null && match !== undefined && Number(match[0]) === n;
    },
    expected,
    { timeout: 15000 }
  );
  expect(await shownCount(page)).toBe(expected);
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST_DIR, "preview.html"))) {
    throw new Error("dist/preview.html is missing: run `npm run build` before the browser tests.");
  }
  server = await serveDirectory(DIST_DIR);
  session = await openBrowser(server.origin);
  await session.page.goto(`${server.origin}/preview.html`);
  await session.page.getByTestId("paragraph-count").waitFor({ timeout: 30000 });
  loadedAt = Date.now();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test("the pane reads the sample document: the count it shows is the number of paragraphs", async () => {
  const { page } = session;
  await expect(page.getByTestId("preview-document")).toBeTruthy();
  const onScreen = await paragraphs(page).count();
  expect(onScreen).toBeGreaterThan(1);
  await expectShownCount(page, onScreen);
  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
});

test("a paragraph added in the document is counted after Vernieuwen", async () => {
  const { page } = session;
  const before = await paragraphs(page).count();
  const last = paragraphs(page).last();
  await last.click();
  await page.keyboard.press("End");
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Wij werken samen met de huisarts en de woningcorporatie in de wijk.");
  await expect(paragraphs(page).count()).resolves.toBe(before + 1);

  await page.getByRole("button", { name: "Vernieuwen" }).click();
  await expectShownCount(page, before + 1);
});

test("an edited paragraph is read again after Vernieuwen, and the count still matches", async () => {
  const { page } = session;
  // A one-line paragraph, so End is its end (Ctrl+End is the document's end, as in Word).
  const first = paragraphs(page).nth(2);
  await first.click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Bewoners bepalen zelf wat er gebeurt.");
  await expect(first.innerText()).resolves.toContain("Bewoners bepalen zelf wat er gebeurt.");

  await page.getByRole("button", { name: "Vernieuwen" }).click();
  await expectShownCount(page, await paragraphs(page).count());
});

test("the preview makes no request outside its own server, throws no errors and breaks no policy", async () => {
  const waited = Date.now() - loadedAt;
  if (waited < SETTLE_MS) await session.page.waitForTimeout(SETTLE_MS - waited);
  expect(session.blockedRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  expect(session.cspViolations).toEqual([]);
});
