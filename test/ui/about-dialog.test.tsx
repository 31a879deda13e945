/** @jest-environment jsdom */
/**
 * Over shows the one version number (package.json's, as the manifest and the start page do) and
 * links to the hosted help and privacy pages, which the build writes beside taskpane.html.
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import packageJson from "../../package.json";
import { renderPane, sampleDocument, user } from "./pane-fixtures";

jest.setTimeout(60_000);

async function openAbout(menu: string, about: string) {
  await screen.findByTestId("theme-overview");
  await user().click(screen.getByRole("button", { name: menu }));
  await user().click(screen.getByRole("button", { name: about }));
  return screen.findByRole("dialog", { hidden: true });
}

test("Over names package.json's version and links to help.html and privacy.html", async () => {
  renderPane(sampleDocument());
  const dialog = await openAbout("Meer", "Over");
  expect(dialog).toHaveTextContent(`Versie ${packageJson.version}`);
  const links = within(dialog).getAllByRole("link", { hidden: true });
  expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
    ["Hulp en installeren", "help.html"],
    ["Privacy: wat Argumentenhulp leest en bewaart", "privacy.html"],
  ]);
  // Opened outside the pane, so the pane keeps the user's place.
  for (const link of links) expect(link).toHaveAttribute("target", "_blank");
});

test("About says the same in English", async () => {
  renderPane(sampleDocument(), "en");
  const dialog = await openAbout("More", "About");
  expect(dialog).toHaveTextContent(`Version ${packageJson.version}`);
  expect(within(dialog).getByRole("link", { name: /^Privacy/, hidden: true })).toHaveAttribute(
    "href",
    "privacy.html"
  );
});
