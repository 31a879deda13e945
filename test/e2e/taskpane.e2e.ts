/**
 * A newcomer's path through the task pane, in real Chromium on the built preview page: open it,
 * see what the sample draft misses, choose an audience, fill in their own words, insert a block
 * and watch the theme turn covered, set a theme aside, and see the review follow an edit —
 * without pressing Vernieuwen. axe-core checks the page at each main state. Screenshots of the
 * main states go to docs/pane-*.png for the README.
 */
import type { Locator, Page } from "playwright-core";
import {
  loadPreviewPane,
  screenshotPane,
  servePreview,
  seriousViolations,
  type BrowserSession,
  type StaticServer,
} from "./harness";

let server: StaticServer;
let session: BrowserSession;
let page: Page;

function pane(): Locator {
  return page.getByTestId("preview-pane");
}

function mark(themeId: string): Locator {
  return pane().locator(`[role="toolbar"] [data-theme="${themeId}"]`);
}

function card(themeId: string): Locator {
  return pane().locator(`[data-testid="theme-card"][data-theme="${themeId}"]`).first();
}

async function openCard(themeId: string): Promise<Locator> {
  const item = card(themeId);
  const header = item.locator("[data-theme-toggle]");
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  return item;
}

async function expectStatus(themeId: string, status: string) {
  await mark(themeId)
    .and(page.locator(`[data-status="${status}"]`))
    .waitFor({ timeout: 15000 });
}

/** Reads until `ok` holds (the pane reviews asynchronously), then returns the last value read. */
async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 15000
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await page.waitForTimeout(100);
    value = await read();
  }
  return value;
}

beforeAll(async () => {
  ({ server, session } = await servePreview());
  page = session.page;
  await loadPreviewPane(page, server.origin);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test("opens on what the sample draft misses, missing first", async () => {
  const missingTab = pane().getByRole("tab", { name: /^Ontbreekt \(\d+\)$/ });
  await expect(missingTab.getAttribute("aria-selected")).resolves.toBe("true");
  const panel = pane().getByRole("tabpanel");
  for (const label of [
    "Tijd en continuïteit",
    "Het werk achter de activiteiten",
    "Onderbouwing met onderzoek",
  ]) {
    await expect(panel.getByText(label, { exact: true }).count()).resolves.toBe(1);
  }
  for (const id of ["tijd-continuiteit", "onzichtbaar-werk", "onderbouwing"])
    await expectStatus(id, "missing");
  for (const id of ["relaties", "bewonersregie", "kleine-stappen"])
    await expectStatus(id, "covered");
  await expect(pane().getByTestId("advice").count()).resolves.toBe(1);
  await screenshotPane(page, "overview");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the first screen says what the pane does, explains the marks and gives each theme its reason", async () => {
  const intro = pane().getByTestId("pane-intro");
  await expect(intro.innerText()).resolves.toMatch(/^Argumentenhulp leest je aanvraag/);
  const picker = pane().getByRole("combobox", { name: "Aan wie schrijf je?" });
  await expect(picker.getAttribute("aria-describedby")).resolves.toBeTruthy();
  await expect(pane().getByTestId("audience-hint").innerText()).resolves.toMatch(
    /het zwaarst laat wegen/
  );
  // Above the picker: the sentence is the first thing read after the title.
  const introBox = await intro.boundingBox();
  const pickerBox = await picker.boundingBox();
  expect(introBox!.y).toBeLessThan(pickerBox!.y);
  const legend = pane().getByRole("list", { name: "Wat de rondjes betekenen" });
  const items = await legend.getByRole("listitem").allInnerTexts();
  expect(items.map((text) => text.replace(/ \(\d+\)$/, ""))).toEqual([
    "Aanwezig",
    "Zwak",
    "Ontbreekt",
  ]);
  const total = items.reduce((sum, text) => sum + Number(/\((\d+)\)$/.exec(text)![1]), 0);
  expect(total).toBe(11);
  const cards = pane().getByRole("tabpanel").getByTestId("theme-card");
  const reasons = pane().getByRole("tabpanel").getByTestId("theme-reason");
  await expect(reasons.count()).resolves.toBe(await cards.count());
  for (const text of await reasons.allInnerTexts()) expect(text.length).toBeGreaterThan(20);
  // Opened, a theme shows the pane's why, the report's words as a quote with its section, a tip.
  const item = await openCard("tijd-continuiteit");
  await expect(item.getByTestId("theme-why").innerText()).resolves.toMatch(/\.$/);
  await expect(item.getByTestId("report-quote").innerText()).resolves.toMatch(
    /^Het rapport zegt \(§2 Gemeenschapskracht kost tijd\):\s+“Relaties moeten groeien\./
  );
  expect(await seriousViolations(page)).toEqual([]);
  await item.locator("[data-theme-toggle]").click();
});

test("the audience picked is shown and kept", async () => {
  const picker = pane().getByRole("combobox", { name: "Aan wie schrijf je?" });
  await picker.selectOption({ label: "Gemeente" });
  await expect(picker.inputValue()).resolves.toBe("gemeente");
  // Settings are written once the user pauses (useDocumentSettings), so wait for the write.
  await page.waitForFunction(
    () =>
      JSON.parse(window.localStorage.getItem("argumentenhulp:preview-settings") ?? "{}")
        .audience === "gemeente",
    undefined,
    { timeout: 5000 }
  );
  const stored = await page.evaluate(() =>
    window.localStorage.getItem("argumentenhulp:preview-settings")
  );
  expect(JSON.parse(stored ?? "{}")).toMatchObject({ audience: "gemeente" });
});

test("a block with the user's own words goes in after the cursor and the theme turns covered", async () => {
  const paragraphs = page.getByTestId("preview-paragraph");
  const before = await paragraphs.count();
  const anchor = paragraphs.filter({ hasText: "We beginnen graag klein" });
  await anchor.click();
  const anchorIndex = Number(await anchor.getAttribute("data-index"));

  const talenten = await openCard("talenten");
  // A block with a placeholder that argues nothing a later step expects missing (the whole §5
  // core message would also cover onderbouwing; its slice is offered only inside it).
  const block = talenten.locator(
    '[data-testid="block-card"][data-block-id="netwerk-actieve-bewoners"]'
  );
  await block.getByRole("button", { name: "Eigen woorden invullen" }).click();
  await block.getByRole("textbox", { name: /buurt/i }).first().fill("de Lindenbuurt");
  await screenshotPane(page, "theme-card");
  expect(await seriousViolations(page)).toEqual([]);

  await block
    .getByRole("button", { name: /^Invoegen/ })
    .first()
    .click();

  expect(
    await until(
      () => paragraphs.count(),
      (n) => n > before
    )
  ).toBeGreaterThan(before);
  const inserted = paragraphs.nth(anchorIndex + 1);
  await expect(inserted.getAttribute("data-tag")).resolves.toMatch(/^argumentenhulp:block:/);
  await expect(
    page.locator('[data-testid="preview-paragraph"][data-tag]').allInnerTexts()
  ).resolves.toEqual(expect.arrayContaining([expect.stringContaining("de Lindenbuurt")]));
  await expectStatus("talenten", "covered");
  const banner = page.getByTestId("insert-banner");
  await expect(banner.innerText()).resolves.toContain("ingevoegd na ‘We beginnen graag klein…’");
  await expect(page.getByTestId("announcer").textContent()).resolves.toContain(
    "ingevoegd na ‘We beginnen graag klein…’"
  );
  expect(await seriousViolations(page)).toEqual([]);
  // Focus stays in the card the user worked in.
  await expect(talenten.evaluate((el) => el.contains(document.activeElement))).resolves.toBe(true);
});

test("a theme set aside as niet van toepassing leaves the count, and can come back", async () => {
  const score = pane().getByTestId("theme-overview").getByRole("heading");
  const onderbouwing = await openCard("onzichtbaar-werk");
  await onderbouwing
    .getByRole("button", { name: "Past niet bij mijn aanvraag", exact: true })
    .click();
  const setAside = /van 10 thema’s in je tekst, 1 niet van toepassing$/;
  expect(
    await until(
      () => score.innerText(),
      (text) => setAside.test(text)
    )
  ).toMatch(setAside);
  await expectStatus("onzichtbaar-werk", "not-relevant");
  const notice = pane().getByTestId("not-relevant-notice");
  await notice.getByRole("button", { name: "Ongedaan maken" }).click();
  const counted = /van 11 thema’s in je tekst$/;
  expect(
    await until(
      () => score.innerText(),
      (text) => counted.test(text)
    )
  ).toMatch(counted);
  await expectStatus("onzichtbaar-werk", "missing");
});

test("the review follows an edit of the document without pressing Vernieuwen", async () => {
  await expectStatus("onderbouwing", "missing");
  const last = page.getByTestId("preview-paragraph").last();
  await last.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(
    " Het onderzoek De Kracht van Samen laat zien dat deze aanpak werkt; daarmee onderbouwen we onze aanvraag."
  );
  await expectStatus("onderbouwing", "covered");
});

test("a covered theme shows its evidence, and Toon selects that paragraph", async () => {
  await pane()
    .getByRole("tab", { name: /^Aanwezig/ })
    .click();
  const relaties = await openCard("relaties");
  const evidence = relaties.getByTestId("evidence").first();
  await expect(evidence.locator("mark").count()).resolves.toBeGreaterThan(0);
  const label = await evidence
    .getByRole("button", { name: /^Toon alinea \d+/ })
    .getAttribute("aria-label");
  const n = Number(label!.match(/\d+/)![0]);
  await evidence.getByRole("button", { name: /^Toon alinea/ }).click();
  await expect(
    page
      .getByTestId("preview-paragraph")
      .nth(n - 1)
      .getAttribute("data-selected")
  ).resolves.toBe("true");
  await screenshotPane(page, "covered");
  expect(await seriousViolations(page)).toEqual([]);
});

test("dark theme and the library pass axe too", async () => {
  await page.goto(`${server.origin}/preview.html?theme=dark`);
  await pane().getByTestId("theme-overview").waitFor({ timeout: 30000 });
  await pane().getByRole("tab", { name: "Bibliotheek" }).click();
  await pane().getByTestId("block-card").first().waitFor();
  await screenshotPane(page, "dark-library");
  expect(await seriousViolations(page)).toEqual([]);
});

test("Over opens from the ⋯ button, passes axe, and closing returns focus to that button", async () => {
  await pane().getByRole("button", { name: "Meer", exact: true }).click();
  await pane().getByRole("button", { name: "Over", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await expect(dialog.innerText()).resolves.toContain("Over Argumentenhulp");
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Sluiten" }).click();
  await dialog.waitFor({ state: "detached" });
  await expect(
    page.evaluate(() => document.activeElement?.getAttribute("aria-label"))
  ).resolves.toBe("Meer");
  // Escape closes it too, the browser's modal dialog keeps focus inside meanwhile.
  await page.keyboard.press("Enter");
  await pane().getByRole("button", { name: "Help", exact: true }).click();
  await dialog.waitFor();
  await expect(dialog.innerText()).resolves.toContain("Zo werkt het");
  await page.keyboard.press("Tab");
  await expect(dialog.evaluate((el) => el.contains(document.activeElement))).resolves.toBe(true);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await expect(
    page.evaluate(() => document.activeElement?.getAttribute("aria-label"))
  ).resolves.toBe("Meer");
});

test("keyboard: the overview marks and the tabs move with the arrow keys and name what they show", async () => {
  const first = pane().locator('[role="toolbar"] button').first();
  await first.focus();
  const label = pane().getByTestId("overview-label");
  await expect(label.innerText()).resolves.toMatch(
    /: (aanwezig|zwak|ontbreekt|niet van toepassing)$/i
  );
  await page.keyboard.press("ArrowRight");
  const second = pane().locator('[role="toolbar"] button').nth(1);
  await expect(second.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expect(label.innerText()).resolves.toBe(await second.getAttribute("aria-label"));
  await expect(pane().locator('[role="toolbar"] button[tabindex="0"]').count()).resolves.toBe(1);
  const missingTab = pane().getByRole("tab", { name: /^Ontbreekt/ });
  await missingTab.click();
  await page.keyboard.press("ArrowRight");
  const coveredTab = pane().getByRole("tab", { name: /^Aanwezig/ });
  await expect(coveredTab.getAttribute("aria-selected")).resolves.toBe("true");
  await expect(coveredTab.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await missingTab.click();
});

test("at 320 px nothing overflows sideways", async () => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(`${server.origin}/preview.html`);
  await pane().getByTestId("theme-overview").waitFor({ timeout: 30000 });
  await openCard("tijd-continuiteit");
  const overflow = await pane().evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(session.blockedRequests).toEqual([]);
});

test("the whole path broke none of the pages' Content-Security-Policy", () => {
  // Every state above (cards, dialogs, inserts, dark theme) ran under the production policy.
  expect(session.cspViolations).toEqual([]);
});
