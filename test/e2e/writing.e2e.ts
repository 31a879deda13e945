/**
 * The Schrijfhulp view in real Chromium on the built preview page: its chunk (the view and the
 * Dutch hyphenation patterns) loads from the page's own server only when the view first opens;
 * it shows the level and what to fix per paragraph; Toon selects the paragraph; a length limit
 * gets a meter; axe finds nothing serious; nothing overflows at 320 px.
 */
import type { Locator, Page } from "playwright-core";
import {
  loadPreviewPane,
  servePreview,
  screenshotPane,
  seriousViolations,
  type BrowserSession,
  type StaticServer,
} from "./harness";

let server: StaticServer;
let session: BrowserSession;
let page: Page;
let scripts: string[];

function pane(): Locator {
  return page.getByTestId("preview-pane");
}

/** The Schrijfhulp's chunk, its name content-hashed in a production build. */
const CHUNK = /^\/schrijfhulp(\.[0-9a-f]+)?\.js$/;

async function openWritingHelp(): Promise<Locator> {
  await pane().getByRole("tab", { name: "Schrijfhulp" }).click();
  const view = pane().getByTestId("writing-help");
  await view.waitFor({ timeout: 15000 });
  return view;
}

beforeAll(async () => {
  ({ server, session, scripts } = await servePreview(CHUNK));
  page = session.page;
  await loadPreviewPane(page, server.origin);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test("the Schrijfhulp's chunk loads from the page's own server when the view first opens", async () => {
  expect(scripts.some((script) => /^\/preview(\.[0-9a-f]+)?\.js$/.test(script))).toBe(true);
  expect(scripts.some((script) => CHUNK.test(script))).toBe(false);
  const before = scripts.length;
  await openWritingHelp();
  expect(scripts.slice(before).some((script) => CHUNK.test(script))).toBe(true);
  expect(session.blockedRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

test("shows the level and what to fix per paragraph; Toon selects that paragraph", async () => {
  const view = await openWritingHelp();
  const level = view.getByTestId("writing-level");
  await expect(level.getAttribute("data-level")).resolves.toMatch(
    /^(makkelijk|gemiddeld|moeilijk)$/
  );
  await expect(level.innerText()).resolves.toMatch(
    /^Je tekst is (makkelijk|gemiddeld|moeilijk) om te lezen\.$/
  );
  const item = view.getByTestId("writing-paragraph").filter({ hasText: "laagdrempelige" });
  const index = Number(await item.getAttribute("data-paragraph"));
  await item.getByRole("button", { name: `Toon alinea ${index + 1} in het document` }).click();
  await expect(
    page.getByTestId("preview-paragraph").nth(index).getAttribute("data-selected")
  ).resolves.toBe("true");
  expect(await seriousViolations(page)).toEqual([]);
});

test("a length limit gets a meter that says by how much the part is over, axe clean", async () => {
  const view = await openWritingHelp();
  const form = view.getByTestId("limit-form");
  await form.getByRole("textbox", { name: "Hoogstens" }).fill("50");
  await form.getByRole("combobox", { name: "Voor" }).selectOption({ label: "Onze aanpak" });
  await form.getByRole("button", { name: "Grens toevoegen" }).click();
  const meter = view.getByTestId("limit-meter");
  await meter.waitFor();
  await expect(meter.innerText()).resolves.toMatch(/\d+ van 50 woorden · \d+ woorden te veel/);
  // Settings are written once the user pauses, not per keystroke.
  const stored = await page
    .waitForFunction(
      () => {
        const value = window.localStorage.getItem("argumentenhulp:preview-settings");
        return value?.includes("lengthLimits") ? value : null;
      },
      undefined,
      { timeout: 10000 }
    )
    .then((handle) => handle.jsonValue());
  expect(JSON.parse(stored ?? "{}")).toMatchObject({
    lengthLimits: [{ unit: "words", max: 50, heading: "Onze aanpak" }],
  });
  await screenshotPane(page, "writing");
  expect(await seriousViolations(page)).toEqual([]);
});

test("at 320 px the Schrijfhulp has nothing overflowing sideways, in the dark theme too", async () => {
  await page.setViewportSize({ width: 320, height: 900 });
  for (const theme of ["light", "dark"]) {
    await page.goto(`${server.origin}/preview.html?theme=${theme}`);
    await pane().getByTestId("theme-overview").waitFor({ timeout: 30000 });
    const view = await openWritingHelp();
    await view.getByTestId("limit-meter").waitFor();
    const overflow = await pane().evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
  }
  expect(session.blockedRequests).toEqual([]);
});
