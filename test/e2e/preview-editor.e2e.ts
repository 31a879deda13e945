/**
 * The preview's document behaves like a text editor, in real Chromium on the built page: Ctrl+A
 * selects the whole document, a multi-line paste makes paragraphs, Ctrl+Z right after an insert
 * takes back the insert (not the typing before it), comments placed show under their paragraph,
 * and Tab leaves the document in one step without moving its cursor. The insert banner's
 * Ongedaan maken works there too, and the page stays axe-clean with the banner and comments.
 */
import type { Locator, Page } from "playwright-core";
import {
  screenshotPane,
  servePreview,
  seriousViolations,
  type BrowserSession,
  type StaticServer,
} from "./harness";

let server: StaticServer;
let session: BrowserSession;
let page: Page;

const paragraphs = () => page.getByTestId("preview-paragraph");
const pane = () => page.getByTestId("preview-pane");

async function texts(): Promise<string[]> {
  return paragraphs().allTextContents();
}

/** A fresh preview (the sample draft; settings in localStorage cleared). */
async function openPreview() {
  await page.goto(`${server.origin}/preview.html`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await pane().getByTestId("theme-overview").waitFor({ timeout: 30000 });
}

async function clickInto(paragraph: Locator) {
  await paragraph.click();
  await page.keyboard.press("End");
}

async function insertFirstBlockOf(themeId: string): Promise<void> {
  const card = pane().locator(`[data-testid="theme-card"][data-theme="${themeId}"]`).first();
  const header = card.locator("[data-theme-toggle]");
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await card
    .getByTestId("block-card")
    .first()
    .getByRole("button", { name: /^Invoegen/ })
    .click();
  await pane().getByTestId("insert-banner").waitFor({ timeout: 15000 });
}

beforeAll(async () => {
  ({ server, session } = await servePreview());
  page = session.page;
  await page.setViewportSize({ width: 1200, height: 1100 });
});

beforeEach(openPreview);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test("Ctrl+A selects the whole document; typing over it leaves one paragraph, Ctrl+Z brings all back", async () => {
  const before = await texts();
  await clickInto(paragraphs().nth(3));
  await page.keyboard.press("Control+A");
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
  expect(selected).toContain(before[0]);
  expect(selected).toContain(before[before.length - 1]);
  await page.keyboard.type("Mijn eigen aanvraag");
  await expect(texts()).resolves.toEqual(["Mijn eigen aanvraag"]);
  // No "Je document is nog leeg" on the way: the text was replaced, never empty.
  await page.waitForTimeout(1000);
  await expect(pane().getByTestId("empty-state").count()).resolves.toBe(0);
  await page.keyboard.press("Control+Z");
  await expect(texts()).resolves.toEqual(before);
});

test("a multi-line paste makes one paragraph per line, where the cursor is", async () => {
  const before = await texts();
  // A short paragraph: End goes to the end of the line, which is then the paragraph's end.
  const target = paragraphs().nth(2);
  await clickInto(target);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "Eerste regel.\nTweede regel.\r\nDerde regel.\n");
    document.activeElement?.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
    );
  });
  const after = await texts();
  expect(after).toHaveLength(before.length + 2);
  expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
  expect(after[2]).toBe(`${before[2]}Eerste regel.`);
  expect(after.slice(3, 5)).toEqual(["Tweede regel.", "Derde regel."]);
  expect(after.slice(5)).toEqual(before.slice(3));
  // The caret sits after the pasted text: typing goes on there.
  await page.keyboard.type(" En verder.");
  await expect(paragraphs().nth(4).textContent()).resolves.toBe("Derde regel. En verder.");
});

test("Ctrl+Z right after an insert takes back the insert, not the typing before it", async () => {
  const anchor = paragraphs().filter({ hasText: "We beginnen graag klein" });
  await clickInto(anchor);
  await page.keyboard.type(" Dat werkt.");
  const typed = await texts();
  expect(typed.join("\n")).toContain("Dat werkt.");
  await insertFirstBlockOf("tijd-continuiteit");
  await expect(page.locator('[data-testid="preview-paragraph"][data-tag]').count()).resolves.toBe(
    1
  );
  // Back in the document (where the insert left the cursor), Ctrl+Z.
  await page.getByTestId("preview-document").focus();
  await page.keyboard.press("Control+Z");
  await expect(texts()).resolves.toEqual(typed);
  await expect(page.locator('[data-testid="preview-paragraph"][data-tag]').count()).resolves.toBe(
    0
  );
});

test("the banner's Ongedaan maken removes the block; axe is clean with the banner shown", async () => {
  const before = await texts();
  await clickInto(paragraphs().filter({ hasText: "We beginnen graag klein" }));
  await insertFirstBlockOf("tijd-continuiteit");
  const banner = pane().getByTestId("insert-banner");
  await expect(banner.innerText()).resolves.toContain("ingevoegd na ‘We beginnen graag klein…’");
  await screenshotPane(page, "insert-banner");
  expect(await seriousViolations(page)).toEqual([]);
  await banner.getByRole("button", { name: /^Ongedaan maken/ }).click();
  await expect(banner.innerText()).resolves.toContain("weer weggehaald");
  await expect(texts()).resolves.toEqual(before);
  expect(await seriousViolations(page)).toEqual([]);
});

test("comments placed show under their paragraph", async () => {
  const place = pane().getByRole("button", { name: "Opmerkingen in document plaatsen" });
  await place.click();
  await pane()
    .getByText(/opmerkingen? geplaatst/)
    .waitFor({ timeout: 15000 });
  const comments = page.getByTestId("preview-comment");
  const count = await comments.count();
  expect(count).toBeGreaterThan(0);
  const announced = await pane()
    .getByText(/opmerkingen? geplaatst/)
    .first()
    .innerText();
  expect(announced).toContain(String(count));
  // Each sits right under the paragraph it is about (or under other comments on it).
  const placed = await comments.evaluateAll((nodes) =>
    nodes.map((node) => {
      let previous = node.previousElementSibling;
      while (previous && previous.getAttribute("data-testid") === "preview-comment")
        previous = previous.previousElementSibling;
      return [node.getAttribute("data-paragraph"), previous?.getAttribute("data-index")];
    })
  );
  for (const [paragraph, under] of placed) expect(under).toBe(paragraph);
  await expect(comments.first().isVisible()).resolves.toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
});

test("Tab leaves the document in one step and does not move its cursor", async () => {
  const target = paragraphs().nth(3);
  await clickInto(target);
  await expect(target.getAttribute("data-selected")).resolves.toBe("true");
  await page.keyboard.press("Tab");
  const where = await page.evaluate(() => {
    const active = document.activeElement;
    return {
      inDocument: !!active?.closest('[data-testid="preview-document"]'),
      inPane: !!active?.closest('[data-testid="preview-pane"]'),
    };
  });
  expect(where).toEqual({ inDocument: false, inPane: true });
  await expect(target.getAttribute("data-selected")).resolves.toBe("true");
  await expect(
    page.locator('[data-testid="preview-paragraph"][data-selected]').count()
  ).resolves.toBe(1);
});

test("Enter splits a paragraph and Backspace at its start joins it again, each one undo step", async () => {
  const before = await texts();
  const target = paragraphs().nth(2);
  await target.click();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  const split = await texts();
  expect(split).toHaveLength(before.length + 1);
  expect(split.slice(2, 4)).toEqual([before[2].slice(0, 3), before[2].slice(3)]);
  await page.keyboard.press("Backspace");
  await expect(texts()).resolves.toEqual(before);
  await page.keyboard.press("Control+Z");
  await expect(texts()).resolves.toEqual(split);
  await page.keyboard.press("Control+Z");
  await expect(texts()).resolves.toEqual(before);
});
