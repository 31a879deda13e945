/** @jest-environment jsdom */
/**
 * Working with the review: choosing an audience, setting a theme aside and undoing it, the
 * evidence of a covered theme and Toon, inserting a block, a read-only document.
 */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { reviewDocument } from "../../src/analysis";
import { BLOCKS, themeById, type Audience, type ThemeId } from "../../src/content";
import { SAMPLE_DRAFT } from "../../src/preview/sample-draft";
import { settingsFrom } from "../../src/taskpane/hooks/useDocumentSettings";
import { renderPane, sampleDocument, withCapabilities, user } from "./pane-fixtures";

/** Theme ids of the cards in the open tab, top to bottom. */
function cardOrder(): string[] {
  const panel = screen.getByRole("tabpanel");
  return [...panel.querySelectorAll<HTMLElement>('[data-testid="theme-card"][data-theme]')].map(
    (el) => el.dataset.theme!
  );
}

/** What the engine ranks first for an audience, among the themes the sample misses. */
function engineOrder(audience?: Audience): ThemeId[] {
  const review = reviewDocument(SAMPLE_DRAFT, audience ? { audience } : {});
  const open = new Set(review.themes.filter((t) => t.status !== "covered").map((t) => t.id));
  return review.suggestions.map((s) => s.themeId).filter((id) => open.has(id));
}

async function openCard(id: ThemeId) {
  const card = document.querySelector<HTMLElement>(
    `[data-testid="theme-card"][data-theme="${id}"]`
  )!;
  await user().click(within(card).getAllByRole("button")[0]);
  return card;
}

async function storedSettings(doc: ReturnType<typeof sampleDocument>) {
  const result = await doc.readSettings();
  if (!result.ok) throw new Error("settings unreadable");
  return settingsFrom(result.value);
}

jest.setTimeout(60_000);

describe("working with the review", () => {
  test("the audience is remembered in the document and reorders the suggestions", async () => {
    // The precondition that makes this test able to fail: the engine ranks differently per audience.
    expect(engineOrder("fonds")).not.toEqual(engineOrder());
    const doc = sampleDocument();
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    expect(cardOrder()).toEqual(engineOrder());

    await user().selectOptions(
      screen.getByRole("combobox", { name: "Aan wie schrijf je?" }),
      "Fonds"
    );

    expect(screen.getByRole("combobox", { name: "Aan wie schrijf je?" })).toHaveDisplayValue(
      "Fonds"
    );
    await waitFor(async () => expect((await storedSettings(doc)).audience).toBe("fonds"));
    await waitFor(() => expect(cardOrder()).toEqual(engineOrder("fonds")), { timeout: 3000 });
  });

  test("a remembered audience is read back from the document's settings", async () => {
    const doc = sampleDocument();
    await doc.writeSettings({ audience: "woningcorporatie" });
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: "Aan wie schrijf je?" })).toHaveDisplayValue(
        "Woningcorporatie"
      )
    );
    await waitFor(() => expect(cardOrder()).toEqual(engineOrder("woningcorporatie")), {
      timeout: 3000,
    });
  });

  test("Niet van toepassing sets a theme aside, the score says so, and Ongedaan maken brings it back", async () => {
    const doc = sampleDocument();
    renderPane(doc);
    const heading = await screen.findByRole("heading", { name: /van 11 thema’s in je tekst$/ });
    const covered = Number(heading.textContent!.split(" ")[0]);
    const id = engineOrder()[0];
    const card = await openCard(id);

    await user().click(within(card).getByRole("button", { name: "Past niet bij mijn aanvraag" }));

    expect(heading).toHaveTextContent(
      `${covered} van 10 thema’s in je tekst, 1 niet van toepassing`
    );
    await waitFor(async () => expect((await storedSettings(doc)).notRelevant).toEqual([id]));
    const notice = screen.getByTestId("not-relevant-notice");
    expect(notice).toHaveTextContent(`${themeById(id).label.nl} staat op niet van toepassing.`);
    expect(
      screen.getByRole("button", { name: `${themeById(id).label.nl}: Niet van toepassing` })
    ).toBeInTheDocument();

    await user().click(within(notice).getByRole("button", { name: "Ongedaan maken" }));

    expect(heading).toHaveTextContent(`${covered} van 11 thema’s in je tekst`);
    await waitFor(async () => expect((await storedSettings(doc)).notRelevant).toEqual([]));
    expect(screen.queryByTestId("not-relevant-notice")).not.toBeInTheDocument();
  });

  test("evidence from one of the report's own blocks says so, with the report's section", async () => {
    const block = BLOCKS.find((candidate) => candidate.id === "onzichtbaar-werk")!;
    const doc = sampleDocument({
      paragraphs: [{ text: "De buurtkamer is open op dinsdag.", style: "Normal" }, block.text],
    });
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    await user().click(screen.getByRole("tab", { name: /^Aanwezig/ }));
    const card = await openCard(block.themes[0]);
    const evidence = within(card).getAllByTestId("evidence");
    expect(evidence[0]).toHaveTextContent(`Tekstblok uit het rapport (${block.section})`);
  });

  test("a covered theme shows the words that decided it, and Toon selects that paragraph", async () => {
    const doc = sampleDocument();
    const select = jest.spyOn(doc, "selectParagraph");
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    await user().click(screen.getByRole("tab", { name: /^Aanwezig/ }));
    const review = reviewDocument(SAMPLE_DRAFT);
    const relaties = review.themes.find((t) => t.id === "relaties")!;
    expect(relaties.status).toBe("covered");
    const card = await openCard("relaties");

    const evidence = within(card).getAllByTestId("evidence");
    expect(evidence).toHaveLength(relaties.paragraphs.length);
    const first = relaties.paragraphs[0];
    expect(evidence[0]).toHaveTextContent(`Alinea ${first + 1}`);
    const marks = [...evidence[0].querySelectorAll("mark")].map((m) => m.textContent);
    const expectedWords = review.paragraphs[first].themes
      .find((t) => t.id === "relaties")!
      .evidence.map((e) => e.text);
    expect(marks.length).toBeGreaterThan(0);
    for (const word of marks) expect(expectedWords.join(" ")).toContain(word!);

    await user().click(
      within(evidence[0]).getByRole("button", { name: `Toon alinea ${first + 1} in het document` })
    );
    expect(select).toHaveBeenCalledWith(first, SAMPLE_DRAFT[first].text);
    expect(doc.selection()).toEqual({ start: first, end: first });
  });

  test("when the host cannot select, Toon says so instead of doing nothing", async () => {
    const doc = sampleDocument();
    renderPane(withCapabilities(doc, { select: false }));
    await screen.findByTestId("theme-overview");
    await user().click(screen.getByRole("tab", { name: /^Aanwezig/ }));
    const card = await openCard("relaties");
    await user().click(within(card).getAllByRole("button", { name: /^Toon alinea/ })[0]);
    expect(screen.getByTestId("show-notice")).toHaveTextContent(
      "kan niet naar een alinea springen"
    );
  });

  test("inserting a block puts it after the cursor, the theme turns covered and focus stays put", async () => {
    const doc = sampleDocument();
    const cursor = SAMPLE_DRAFT.findIndex((p) => p.text.startsWith("We beginnen graag klein"));
    doc.setCursor(cursor);
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    const card = await openCard("tijd-continuiteit");
    const insert = within(card).getAllByRole("button", { name: /^Invoegen/ })[0];

    await user().click(insert);

    await waitFor(() => expect(doc.paragraphs().length).toBeGreaterThan(SAMPLE_DRAFT.length));
    const inserted = doc.paragraphs()[cursor + 1];
    expect(inserted.tag).toMatch(/^argumentenhulp:block:/);
    await waitFor(() =>
      expect(
        document.querySelector('[role="toolbar"] [data-theme="tijd-continuiteit"]')
      ).toHaveAttribute("data-status", "covered")
    );
    // The card stays where it was (nothing moves under the user), now showing its new state.
    expect(card).toBeInTheDocument();
    expect(card).toHaveAttribute("data-status", "covered");
    expect(card.contains(document.activeElement)).toBe(true);
    expect(screen.getByTestId("announcer")).toHaveTextContent(
      "ingevoegd na ‘We beginnen graag klein…’"
    );
  });

  test("a read-only document refuses the insert, says so, and keeps the text as it was", async () => {
    const doc = sampleDocument({ readOnly: true });
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    expect(screen.queryByTestId("read-only-notice")).not.toBeInTheDocument();
    const card = await openCard("tijd-continuiteit");
    await user().click(within(card).getAllByRole("button", { name: /^Invoegen/ })[0]);
    expect(await screen.findByTestId("read-only-notice")).toHaveTextContent(
      "Dit document kan niet worden bewerkt"
    );
    expect(doc.paragraphs().map((p) => p.text)).toEqual(SAMPLE_DRAFT.map((p) => p.text));
  });

  test("a refresh while the pointer is on the list does not reorder it; after leaving, it does", async () => {
    const doc = sampleDocument();
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    const before = cardOrder();
    const list = within(screen.getByRole("tabpanel")).getAllByTestId("theme-list")[0];
    fireEvent.pointerEnter(list);
    // Another audience ranks the list differently, while the user is pointing at it.
    await user().selectOptions(
      screen.getByRole("combobox", { name: "Aan wie schrijf je?" }),
      "Fonds"
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 1200)));
    expect(cardOrder()).toEqual(before);
    fireEvent.pointerLeave(list);
    await waitFor(() => expect(cardOrder()).toEqual(engineOrder("fonds")), { timeout: 3000 });
  });

  test("the advice strip shows one tip at a time; hiding the last keeps focus in the pane", async () => {
    const doc = sampleDocument();
    const select = jest.spyOn(doc, "selectParagraph");
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    const advice = reviewDocument(SAMPLE_DRAFT).advice;
    expect(advice.length).toBeGreaterThan(0);
    const strip = screen.getByTestId("advice");
    expect(strip).toHaveTextContent(`alinea ${advice[0].paragraph + 1} noemt activiteiten`);
    await user().click(within(strip).getByRole("button", { name: /^Toon alinea/ }));
    expect(select).toHaveBeenCalledWith(
      advice[0].paragraph,
      SAMPLE_DRAFT[advice[0].paragraph].text
    );

    for (let i = 0; i < advice.length; i++) {
      await user().click(
        within(screen.getByTestId("advice")).getByRole("button", { name: "Tip verbergen" })
      );
    }
    expect(screen.queryByTestId("advice")).not.toBeInTheDocument();
    expect(document.activeElement).not.toBe(document.body);
    expect(screen.getByRole("main").contains(document.activeElement)).toBe(true);
  });
});
