/** @jest-environment jsdom */
/**
 * The hosted pages around the add-in (src/site/): the start page, help (the manifest's SupportUrl
 * and "learn more") and privacy. Word and browsers open them outside the pane, so each stands
 * alone: Dutch first, English after, no scripts, nothing from another site, and every file it
 * names one the build copies. The browser test (test/e2e/hosting.e2e.ts) loads them as built.
 */
import * as fs from "fs";
import * as path from "path";
import { emitterOf, loadWebConfig } from "./build-output";
import { REPO_ROOT } from "./manifest-document";

const PAGES = ["index.html", "help.html", "privacy.html"];

function source(file: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, "src", "site", file), "utf8");
}

function parse(file: string): Document {
  return new DOMParser().parseFromString(source(file), "text/html");
}

/** The text of the Dutch part (everything outside the English section), spaces collapsed. */
function dutch(file: string): string {
  const doc = parse(file);
  doc.querySelector('section[lang="en"]')?.remove();
  return (doc.body.textContent ?? "").replace(/\s+/g, " ");
}

function english(file: string): string {
  return (parse(file).querySelector('section[lang="en"]')?.textContent ?? "").replace(/\s+/g, " ");
}

describe.each(PAGES)("%s", (file) => {
  const doc = parse(file);

  test("is a Dutch page titled Argumentenhulp, with one English section", () => {
    expect(doc.documentElement.getAttribute("lang")).toBe("nl");
    expect(doc.querySelector("h1")?.textContent).toBe("Argumentenhulp");
    expect(doc.querySelectorAll('section[lang="en"]')).toHaveLength(1);
  });

  test("has its policy, the version and its style sheet filled in by the build", () => {
    const text = source(file);
    expect(text).toContain("<%= cspMeta %>");
    expect(text).toContain("<%= version %>");
    expect(text).toContain("asset('src/site/site.css')");
  });

  test("loads no scripts, no inline style and nothing from another site", () => {
    expect(doc.querySelectorAll("script, style, [style]")).toHaveLength(0);
    const references = Array.from(doc.querySelectorAll("[src], [href]")).map(
      (e) => e.getAttribute("src") ?? e.getAttribute("href") ?? ""
    );
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((r) => /^([a-z]+:)?\/\//i.test(r))).toEqual([]);
  });

  describe("names only files the build writes", () => {
    let config: Awaited<ReturnType<typeof loadWebConfig>>;
    beforeAll(async () => {
      config = await loadWebConfig();
    }, 30_000);

    test("assets through asset(), pages by their own name", () => {
      const assets = [...source(file).matchAll(/asset\('([^']+)'\)/g)].map((m) => m[1]);
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) {
        expect({ asset, exists: fs.existsSync(path.join(REPO_ROOT, asset)) }).toEqual({
          asset,
          exists: true,
        });
      }
      const pages = Array.from(doc.querySelectorAll("a[href]"))
        .map((a) => (a.getAttribute("href") ?? "").split(/[?#]/)[0])
        .filter((href) => href !== "");
      for (const page of new Set(pages)) {
        expect({
          page,
          written: emitterOf(config, page) !== null || page === "manifest.xml",
        }).toEqual({ page, written: true });
      }
    });
  });
});

test("the start page offers the preview, the manifest and the steps for each way into Word", () => {
  const doc = parse("index.html");
  expect(doc.querySelector('a[href="preview.html"]')?.textContent).toBe("Probeer het zonder Word");
  expect(doc.querySelector('a[href="manifest.xml"][download]')).not.toBeNull();
  const steps = Array.from(doc.querySelectorAll("main h3")).map((h) => h.textContent);
  expect(steps).toEqual([
    "Word op het web (office.com)",
    "Word voor Windows (een gedeelde map)",
    "Word voor Mac (de map wef)",
    "Voor een hele organisatie (Microsoft 365-beheerder)",
  ]);
  const text = dutch("index.html");
  expect(text).toMatch(/Mijn invoegtoepassing uploaden/);
  expect(text).toMatch(/Vertrouwde catalogi voor invoegtoepassingen/);
  expect(text).toMatch(/com\.microsoft\.Word\/Data\/Documents/);
  expect(text).toMatch(/Geïntegreerde apps/);
  const en = english("index.html");
  for (const words of ["Upload My Add-in", "Trusted Add-in Catalogs", "wef", "Integrated apps"]) {
    expect(en).toContain(words);
  }
  // A picture of the pane, described for those who cannot see it.
  const picture = doc.querySelector("figure img");
  expect(picture?.getAttribute("src")).toContain("asset('docs/preview.png')");
  expect((picture?.getAttribute("alt") ?? "").length).toBeGreaterThan(40);
});

test("help tells the user where the button is and that their text stays on their computer", () => {
  const text = dutch("help.html");
  expect(text).toMatch(/tabblad Start/);
  expect(text).toMatch(/nergens naartoe gestuurd/);
  expect(parse("help.html").querySelector('a[href="privacy.html"]')).not.toBeNull();
});

test("privacy says what is read and kept, that nothing is sent, and no cookies or tracking", () => {
  const text = dutch("privacy.html");
  for (const heading of [
    "Wat Argumentenhulp leest",
    "Wat Argumentenhulp bewaart",
    "Wat Argumentenhulp verstuurt",
    "Geen cookies, geen tracking",
  ]) {
    expect(text).toContain(heading);
  }
  expect(english("privacy.html")).toMatch(/No cookies, no tracking/);
});
