/** @jest-environment jsdom */
/**
 * assets/help.html is the manifest's SupportUrl and "learn more" link. Word and the add-in store
 * open it outside the pane, so it must stand alone: Dutch first, English after, nothing fetched
 * from another site, and every file it names beside it in assets/.
 */
import * as fs from "fs";
import * as path from "path";
import { REPO_ROOT } from "./manifest-document";

const file = path.join(REPO_ROOT, "assets", "help.html");
const page = new DOMParser().parseFromString(fs.readFileSync(file, "utf8"), "text/html");

test("is a Dutch page with an English section", () => {
  expect(page.documentElement.getAttribute("lang")).toBe("nl");
  expect(page.querySelector("h1")?.textContent).toBe("Argumentenhulp");
  expect(page.querySelectorAll('[lang="en"] h2')).toHaveLength(1);
});

test("loads no scripts and nothing from another site", () => {
  expect(page.querySelectorAll("script")).toHaveLength(0);
  const references = Array.from(page.querySelectorAll("[src], [href]")).map(
    (e) => e.getAttribute("src") ?? e.getAttribute("href") ?? ""
  );
  expect(references.length).toBeGreaterThan(0);
  expect(references.filter((r) => /^([a-z]+:)?\/\//i.test(r))).toEqual([]);
  expect(page.querySelector("style")?.textContent ?? "").not.toMatch(/@import|url\(/);
});

test("every file it names is in assets/ (the build copies the folder's pages and icons together)", () => {
  const references = Array.from(page.querySelectorAll("[src], [href]")).map(
    (e) => e.getAttribute("src") ?? e.getAttribute("href") ?? ""
  );
  for (const reference of references) {
    expect({ reference, exists: fs.existsSync(path.join(REPO_ROOT, "assets", reference)) }).toEqual(
      {
        reference,
        exists: true,
      }
    );
  }
});

test("tells the user where the button is and that their text stays on their computer", () => {
  const dutch = (page.querySelector("main")?.textContent ?? "").replace(/\s+/g, " ");
  expect(dutch).toMatch(/tabblad Start/);
  expect(dutch).toMatch(/nergens naartoe gestuurd/);
});
