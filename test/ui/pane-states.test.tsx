/** @jest-environment jsdom */
/**
 * The pane's states with a real PreviewDocument and the real engine: loading, the review, an
 * empty document, a read error with retry, an unsupported Word, a non-Dutch text, English.
 */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { THEMES } from "../../src/content";
import { SAMPLE_DRAFT } from "../../src/preview/sample-draft";
import { reviewDocument } from "../../src/analysis";
import { failingReads, renderPane, sampleDocument, withCapabilities, user } from "./pane-fixtures";

jest.setTimeout(60_000);

describe("the task pane's states", () => {
  test("shows a spinner while reading, then the review of the document", async () => {
    renderPane(sampleDocument());
    expect(screen.getByText("Je tekst wordt gelezen…")).toBeInTheDocument();

    const expected = reviewDocument(SAMPLE_DRAFT);
    const covered = expected.themes.filter((t) => t.status === "covered").length;
    const missing = expected.themes.filter((t) => t.status !== "covered").length;
    expect(
      await screen.findByRole("heading", { name: `${covered} van 11 thema’s in je tekst` })
    ).toBeInTheDocument();
    expect(screen.getByTestId("paragraph-count")).toHaveTextContent(
      `${SAMPLE_DRAFT.length} alinea’s`
    );
    expect(screen.queryByText("Je tekst wordt gelezen…")).not.toBeInTheDocument();
    // Missing first: the pane opens on what to do next.
    expect(screen.getByRole("tab", { name: `Ontbreekt (${missing})` })).toHaveAttribute(
      "aria-selected",
      "true"
    );
    expect(screen.getByRole("tab", { name: `Aanwezig (${covered})` })).toBeInTheDocument();
    // One mark per theme, each named with its state.
    const marks = within(
      screen.getByRole("toolbar", { name: "Thema’s van het rapport" })
    ).getAllByRole("button");
    expect(marks).toHaveLength(THEMES.length);
    const firstMissing = expected.themes.find((t) => t.status === "missing")!;
    const label = THEMES.find((t) => t.id === firstMissing.id)!.label.nl;
    expect(screen.getByRole("button", { name: `${label}: Ontbreekt` })).toBeInTheDocument();
  });

  test("an empty document gets the themes as a checklist and the library, not an error", async () => {
    renderPane(sampleDocument({ paragraphs: [""] }));
    const empty = await screen.findByTestId("empty-state");
    expect(
      within(empty).getByRole("heading", { name: "Je document is nog leeg" })
    ).toBeInTheDocument();
    const checklist = within(empty).getByRole("list", { name: "Thema’s om naartoe te schrijven" });
    expect(
      within(checklist)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual(THEMES.map((theme) => expect.stringContaining(theme.label.nl)));
    expect(within(empty).getAllByTestId("block-card").length).toBeGreaterThan(0);
    expect(screen.queryByTestId("error-state")).not.toBeInTheDocument();
    expect(screen.queryByTestId("theme-overview")).not.toBeInTheDocument();
  });

  test("a failed read says so in Dutch and Opnieuw proberen reads again", async () => {
    const port = failingReads(
      sampleDocument(),
      { code: "unknown", message: "Word gaf geen antwoord." },
      1
    );
    renderPane(port);
    const error = await screen.findByTestId("error-state");
    expect(error).toHaveTextContent("Het document kon niet worden gelezen");
    expect(error).toHaveTextContent("Word gaf geen antwoord.");
    expect(error).toHaveTextContent("Je tekst is niet veranderd.");

    await user().click(within(error).getByRole("button", { name: "Opnieuw proberen" }));
    expect(await screen.findByTestId("theme-overview")).toBeInTheDocument();
    expect(screen.queryByTestId("error-state")).not.toBeInTheDocument();
    expect(port.reads).toBe(2);
  });

  test("a Word without WordApi 1.1 is told which Word is needed", () => {
    renderPane(
      withCapabilities(sampleDocument(), {
        read: false,
        insert: false,
        missing: ["Lezen vraagt WordApi 1.1."],
      })
    );
    const state = screen.getByTestId("unsupported-state");
    expect(state).toHaveTextContent("Deze versie van Word wordt niet ondersteund");
    expect(state).toHaveTextContent("Word API 1.1");
    expect(state).toHaveTextContent("Lezen vraagt WordApi 1.1.");
    expect(screen.queryByRole("button", { name: "Vernieuwen" })).not.toBeInTheDocument();
  });

  test("a document Word opened read-only says so before the user tries to insert", async () => {
    renderPane(withCapabilities(sampleDocument(), { insert: false }));
    expect(await screen.findByTestId("theme-overview")).toBeInTheDocument();
    expect(screen.getByTestId("read-only-notice")).toHaveTextContent(
      "Dit document kan niet worden bewerkt"
    );
  });

  test("a read refused as unsupported shows the same explanation", async () => {
    renderPane(
      failingReads(sampleDocument(), {
        code: "unsupported",
        message: "Deze Word kan geen alinea's lezen.",
      })
    );
    const state = await screen.findByTestId("unsupported-state");
    expect(state).toHaveTextContent("Deze Word kan geen alinea's lezen.");
  });

  test("a text that is not Dutch gets a notice, and the review still runs", async () => {
    const english = [
      "Dear council, with this letter we apply for a grant for our neighbourhood living room.",
      "We are a community centre in the east of the city. We would like the council to pay the rent of our building and the groceries for the shared meals.",
      "Every week about sixty residents visit us. They meet their neighbours and they help each other with small things.",
    ];
    expect(reviewDocument(english).looksDutch).toBe(false);
    renderPane(sampleDocument({ paragraphs: english }));
    expect(await screen.findByTestId("not-dutch-notice")).toHaveTextContent(
      "Je tekst lijkt niet Nederlands"
    );
    expect(screen.getByTestId("theme-overview")).toBeInTheDocument();
  });

  test("the Dutch sample gets no language notice", async () => {
    renderPane(sampleDocument());
    await screen.findByTestId("theme-overview");
    expect(screen.queryByTestId("not-dutch-notice")).not.toBeInTheDocument();
  });

  test("Over in the ⋯ menu says what this Word cannot do", async () => {
    const missing = "Opmerkingen plaatsen vraagt Word met WordApi 1.4.";
    renderPane(withCapabilities(sampleDocument(), { comments: false, missing: [missing] }));
    await screen.findByTestId("theme-overview");
    await user().click(screen.getByRole("button", { name: "Meer" }));
    expect(screen.getByRole("button", { name: "Meer" })).toHaveAttribute("aria-expanded", "true");
    await user().click(screen.getByRole("button", { name: "Over" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(dialog).toHaveTextContent("Over Argumentenhulp");
    expect(dialog).toHaveTextContent(missing);
    await user().click(within(dialog).getByRole("button", { name: "Sluiten", hidden: true }));
    await waitFor(() =>
      expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument()
    );
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Meer" }));
  });

  test("English display language shows the English strings", async () => {
    renderPane(sampleDocument(), "en");
    expect(screen.getByText("Reading your text…")).toBeInTheDocument();
    expect(
      await screen.findByRole("heading", { name: /of 11 themes in your text$/ })
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Refresh" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: /^Missing \(\d+\)$/ })).toBeInTheDocument();
    expect(screen.getByTestId("paragraph-count")).toHaveTextContent(
      `${SAMPLE_DRAFT.length} paragraphs`
    );
    expect(screen.getByText(THEMES[3].label.en)).toBeInTheDocument();
  });
});
