/**
 * The pane by keyboard and at its narrowest, in real Chromium on the built preview page: the
 * focused theme row shows its ring, Escape closes what it opened and hands the focus back, and
 * at 320 px no word is broken over two lines. axe checks the narrow card too.
 */
import type { Locator, Page } from "playwright-core";
import { servePreview, seriousViolations, type BrowserSession, type StaticServer } from "./harness";

let server: StaticServer;
let session: BrowserSession;
let page: Page;

function pane(): Locator {
  return page.getByTestId("preview-pane");
}

function firstToggle(): Locator {
  return pane().locator('[data-testid="theme-card"] [data-theme-toggle]').first();
}

async function load(width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${server.origin}/preview.html`);
  await pane().getByTestId("theme-overview").waitFor({ timeout: 30000 });
}

function focused(): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active?.getAttribute("aria-label") ?? active?.textContent ?? null;
  });
}

/**
 * Words the browser laid out over more than one line, as "word (in: element)". Text for screen
 * readers only (a 1 px box) is not laid out for the eye and is skipped; a word with its own
 * hyphen or slash may break there.
 */
function brokenWords(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.getBoundingClientRect().width <= 1) continue;
      const text = node.textContent ?? "";
      for (const match of text.matchAll(/[^\s\-/–]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()]
            .filter((rect) => rect.width > 0 && rect.height > 0)
            .map((rect) => Math.round(rect.bottom))
        );
        if (lines.size > 1) broken.push(`${match[0]} (in: ${parent.tagName.toLowerCase()})`);
      }
    }
    return broken;
  });
}

beforeAll(async () => {
  ({ server, session } = await servePreview());
  page = session.page;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test("the theme row the keyboard is on shows a focus ring around that row", async () => {
  await load(1200);
  const toggle = firstToggle();
  const box = (await toggle.boundingBox())!;
  // The ring sits just outside the row: a few pixels around it are enough to see it.
  const clip = { x: box.x - 4, y: box.y - 4, width: box.width + 8, height: box.height + 8 };
  const before = await page.screenshot({ clip });
  // Keyboard focus: Fluent draws its ring only when the keyboard moved there.
  await pane()
    .getByRole("tab", { name: /^Ontbreekt/ })
    .focus();
  await page.keyboard.press("Tab");
  await expect(toggle.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  const ringed = await page.screenshot({ clip });
  expect(ringed.equals(before)).toBe(false);
  // And the ring is that row's: the ::after box is placed against the row itself.
  await expect(toggle.evaluate((el) => getComputedStyle(el).position)).resolves.toBe("relative");
});

test("Escape closes an open theme card, from anywhere inside it, and the focus goes back to its row", async () => {
  await load(1200);
  const toggle = firstToggle();
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");
  const card = pane().locator('[data-testid="theme-card"]').first();
  await card
    .getByRole("button", { name: /^Invoegen: / })
    .first()
    .focus();
  await page.keyboard.press("Escape");
  await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");
  await expect(toggle.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expect(card.getByRole("button", { name: /^Invoegen: / }).count()).resolves.toBe(0);
});

test("Escape folds up the ⋯ choices, also right after opening them, and the focus stays on ⋯", async () => {
  await load(1200);
  const more = pane().getByRole("button", { name: "Meer", exact: true });
  await more.focus();
  await page.keyboard.press("Enter");
  const about = pane().getByRole("button", { name: "Over", exact: true });
  await about.waitFor();
  await page.keyboard.press("Escape");
  await about.waitFor({ state: "detached" });
  await expect(focused()).resolves.toBe("Meer");
  await expect(more.getAttribute("aria-expanded")).resolves.toBe("false");
  // From a choice too.
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(focused()).resolves.toBe("Over");
  await page.keyboard.press("Escape");
  await about.waitFor({ state: "detached" });
  await expect(focused()).resolves.toBe("Meer");
});

test("at 320 px no word breaks over two lines, on the first screen nor in an opened card", async () => {
  await load(320);
  const header = pane().locator("header");
  await expect(header.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(
    "Argumentenhulp"
  );
  expect(await brokenWords(pane())).toEqual([]);
  await firstToggle().click();
  const card = pane().locator('[data-testid="theme-card"]').first();
  await card.getByTestId("block-card").first().waitFor();
  expect(await brokenWords(pane())).toEqual([]);
  // Nothing got there by shrinking the text: the title and buttons keep their size.
  await expect(
    header.getByRole("heading", { level: 1 }).evaluate((el) => getComputedStyle(el).fontSize)
  ).resolves.toBe("16px");
  expect(await seriousViolations(page)).toEqual([]);
  expect(session.blockedRequests).toEqual([]);
});
