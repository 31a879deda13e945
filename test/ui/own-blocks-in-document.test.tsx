/** @jest-environment jsdom */
/**
 * Own blocks standing in the document: their evidence says whose block it is (the user's own,
 * never the report's), and a colleague's block recorded in the document's settings, which this
 * user's library lacks, is listed under "In dit document" with a button that keeps it.
 */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import type { OwnBlock, ThemeId } from "../../src/content";
import { fillBlock } from "../../src/content";
import { OWN_LIBRARY_KEY } from "../../src/taskpane/own-blocks/storage";
import { renderPane, sampleDocument, user } from "./pane-fixtures";

jest.setTimeout(60_000);

const COLLEAGUE: OwnBlock = {
  id: "eigen-collega-koffie",
  title: "Koffie met de buren",
  text: "Elke dinsdag schuiven bewoners van [naam buurt] aan voor koffie, en zo raken buren die elkaar nooit spraken met elkaar aan de praat.",
  themes: ["relaties", "kleine-stappen"],
  audiences: ["gemeente", "fonds"],
  placeholders: [
    { key: "naam-buurt", label: { nl: "naam buurt", en: "naam buurt" }, original: "[naam buurt]" },
  ],
};
const SECOND: OwnBlock = {
  id: "eigen-collega-vraag",
  title: "Onze vraag aan het fonds",
  text: "Wij vragen het fonds om drie jaar steun, zodat de opbouwwerker kan blijven en het vertrouwen niet verloren gaat.",
  themes: ["vraag"],
  audiences: ["fonds"],
  placeholders: [],
};
const GONE: OwnBlock = {
  ...SECOND,
  id: "eigen-weg",
  title: "Niet meer in de tekst",
  text: "Deze zin met genoeg woorden staat niet meer in het document.",
};

const OPENING = "De buurtkamer in de Linde is open op dinsdag en donderdag.";

async function documentWith(paragraphs: string[], recorded: OwnBlock[]) {
  const doc = sampleDocument({ paragraphs: [OPENING, ...paragraphs] });
  await doc.writeSettings({ ownBlocks: recorded });
  return doc;
}

async function openLibrary() {
  await screen.findByTestId("theme-overview");
  await user().click(screen.getByRole("tab", { name: "Bibliotheek" }));
  return screen.findByTestId("own-library");
}

async function openCoveredCard(id: ThemeId) {
  await screen.findByTestId("theme-overview");
  await user().click(screen.getByRole("tab", { name: /^Aanwezig/ }));
  const card = document.querySelector<HTMLElement>(
    `[data-testid="theme-card"][data-theme="${id}"]`
  );
  if (!card) throw new Error(`no card for ${id}`);
  await user().click(within(card).getAllByRole("button")[0]);
  return card;
}

function storedLibrary(): OwnBlock[] {
  const file: { blocks?: OwnBlock[] } = JSON.parse(
    window.localStorage.getItem(OWN_LIBRARY_KEY) ?? "{}"
  );
  return file.blocks ?? [];
}

beforeEach(() => window.localStorage.clear());

describe("an own block in the document", () => {
  test("its evidence says “Eigen tekstblok” with its title, never the report", async () => {
    const doc = await documentWith(
      [fillBlock(COLLEAGUE, { "naam-buurt": "de Linde" })],
      [COLLEAGUE]
    );
    renderPane(doc);
    const card = await openCoveredCard("relaties");
    const evidence = within(card).getAllByTestId("evidence");
    expect(evidence[0]).toHaveTextContent("Alinea 2");
    expect(evidence[0]).toHaveTextContent("Eigen tekstblok: ‘Koffie met de buren’");
    expect(card).not.toHaveTextContent("Tekstblok uit het rapport");
  });

  test("in English it reads “Your own block”", async () => {
    const doc = await documentWith([fillBlock(COLLEAGUE, {})], [COLLEAGUE]);
    renderPane(doc, "en");
    await screen.findByTestId("theme-overview");
    await user().click(screen.getByRole("tab", { name: /^Present/ }));
    const card = document.querySelector<HTMLElement>(
      '[data-testid="theme-card"][data-theme="relaties"]'
    )!;
    await user().click(within(card).getAllByRole("button")[0]);
    expect(within(card).getAllByTestId("evidence")[0]).toHaveTextContent(
      "Your own block: ‘Koffie met de buren’"
    );
  });
});

describe("“In dit document”", () => {
  test("lists a colleague’s block the draft holds; keeping it puts it in the library and takes it off the list", async () => {
    const doc = await documentWith(
      [fillBlock(COLLEAGUE, { "naam-buurt": "de Linde" })],
      [COLLEAGUE, GONE]
    );
    renderPane(doc);
    const library = await openLibrary();
    const list = await within(library).findByTestId("own-in-document");
    expect(within(list).getByRole("heading", { name: "In dit document" })).toBeInTheDocument();
    expect(list).toHaveTextContent("Meestal heeft een collega ze erin gezet.");
    const items = within(list).getAllByTestId("own-in-document-block");
    // The block no longer in the text is not listed.
    expect(items).toHaveLength(1);
    expect(within(items[0]).getByRole("heading", { name: "Koffie met de buren" })).toBeVisible();
    expect(items[0]).toHaveTextContent(
      "Thema’s: “Relaties als basis” en “Kleine stappen, groot effect”"
    );
    expect(within(library).getByTestId("own-count")).toHaveTextContent(
      "Je hebt nog geen eigen tekstblokken."
    );

    await user().click(
      within(items[0]).getByRole("button", { name: "Zet in mijn bibliotheek: Koffie met de buren" })
    );

    expect(within(library).queryByTestId("own-in-document")).toBeNull();
    expect(within(library).getByTestId("own-count")).toHaveTextContent("1 eigen tekstblok");
    expect(within(library).getAllByTestId("own-block")[0]).toHaveTextContent("Koffie met de buren");
    expect(within(library).getByTestId("own-note")).toHaveTextContent(
      "“Koffie met de buren” staat nu in je bibliotheek."
    );
    await waitFor(() =>
      expect(screen.getByTestId("announcer")).toHaveTextContent(
        "“Koffie met de buren” staat nu in je bibliotheek."
      )
    );
    // Nothing left to list: focus goes to the library's heading, not to the page.
    expect(within(library).getByRole("heading", { name: "Mijn tekstblokken" })).toHaveFocus();
    // Kept as it was recorded: id, title, text, themes, audiences and placeholders.
    await waitFor(() => expect(storedLibrary()).toEqual([COLLEAGUE]));
  });

  test("focus moves to the next block's button; undo brings the block back with focus on it", async () => {
    const doc = await documentWith([fillBlock(COLLEAGUE, {}), SECOND.text], [COLLEAGUE, SECOND]);
    renderPane(doc);
    const library = await openLibrary();
    const list = await within(library).findByTestId("own-in-document");
    await user().click(
      within(list).getByRole("button", { name: "Zet in mijn bibliotheek: Koffie met de buren" })
    );
    const next = within(list).getByRole("button", {
      name: "Zet in mijn bibliotheek: Onze vraag aan het fonds",
    });
    expect(next).toHaveFocus();
    expect(within(list).getAllByTestId("own-in-document-block")).toHaveLength(1);

    await user().click(within(library).getByRole("button", { name: "Ongedaan maken" }));
    expect(within(list).getAllByTestId("own-in-document-block")).toHaveLength(2);
    expect(
      within(list).getByRole("button", { name: "Zet in mijn bibliotheek: Koffie met de buren" })
    ).toHaveFocus();
    await waitFor(() => expect(storedLibrary()).toEqual([]));
  });

  test("a block the library already has (by id) is not listed, and the library's version is the one the review marks", async () => {
    const mine = { ...COLLEAGUE, title: "Mijn versie" };
    window.localStorage.setItem(
      OWN_LIBRARY_KEY,
      JSON.stringify({ format: "argumentenhulp-bibliotheek", version: 1, blocks: [mine] })
    );
    const doc = await documentWith([fillBlock(COLLEAGUE, {})], [COLLEAGUE]);
    renderPane(doc);
    const library = await openLibrary();
    await waitFor(() =>
      expect(within(library).getByTestId("own-count")).toHaveTextContent("1 eigen tekstblok")
    );
    expect(within(library).queryByTestId("own-in-document")).toBeNull();
    const card = await openCoveredCard("relaties");
    expect(within(card).getAllByTestId("evidence")[0]).toHaveTextContent(
      "Eigen tekstblok: ‘Mijn versie’"
    );
  });
});
