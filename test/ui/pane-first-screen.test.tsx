/** @jest-environment jsdom */
/**
 * The first screen as a first-time volunteer meets it (issue 9, points 4 and 5): one sentence on
 * what the pane does, a recipient question that says what choosing does, marks with a legend,
 * each theme row with its reason, "Begin hier" for a draft that argues little, a "Zwak" that
 * speaks about this draft, and the pane's own texts apart from the report's quoted words, in
 * English too.
 */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { reviewDocument } from "../../src/analysis";
import { audienceById, themeById, THEMES, type ThemeId } from "../../src/content";
import type { PreviewParagraphInput } from "../../src/document";
import { SAMPLE_DRAFT } from "../../src/preview/sample-draft";
import { renderPane, sampleDocument, user } from "./pane-fixtures";

/** A weak first draft like the volunteer's: coffee mornings, 15 visitors, € 2 000, no outcomes. */
const WEAK_DRAFT: PreviewParagraphInput[] = [
  { text: "Aanvraag koffieochtend Buurtkamer De Linde", style: "Heading 1" },
  {
    text: "Elke dinsdag drinken we koffie in de buurtkamer. Er komen ongeveer 15 bezoekers.",
    style: "Normal",
  },
  { text: "Er is ook aandacht voor de leefbaarheid van de buurt.", style: "Normal" },
  { text: "We vragen € 2 000 voor koffie, thee en de huur van de zaal.", style: "Normal" },
  { text: "Met vriendelijke groet, Ria Jansen", style: "Normal" },
];
const LEEFBAARHEID = 2;

function card(id: ThemeId): HTMLElement {
  return document.querySelector<HTMLElement>(`[data-testid="theme-card"][data-theme="${id}"]`)!;
}

async function openCard(id: ThemeId): Promise<HTMLElement> {
  const element = card(id);
  await user().click(element.querySelector<HTMLElement>("[data-theme-toggle]")!);
  return element;
}

function idsIn(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLElement>('[data-testid="theme-card"]')].map(
    (el) => el.dataset.theme!
  );
}

jest.setTimeout(60_000);

describe("the first screen explains itself", () => {
  test("one plain sentence says what the pane does, at the top, before any choice", async () => {
    renderPane(sampleDocument());
    await screen.findByTestId("theme-overview");
    const intro = screen.getByTestId("pane-intro");
    expect(intro).toHaveTextContent(
      /leest je aanvraag en laat zien welke argumenten uit het rapport De Kracht van Samen/
    );
    expect(intro).toBeVisible();
    expect(screen.queryByRole("dialog")).toBeNull();
    const picker = screen.getByRole("combobox", { name: "Aan wie schrijf je?" });
    expect(intro.compareDocumentPosition(picker) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test("the recipient is a question that says what choosing does, and says so when the order changes", async () => {
    renderPane(sampleDocument());
    await screen.findByTestId("theme-overview");
    const picker = screen.getByRole("combobox", { name: "Aan wie schrijf je?" });
    expect(picker).toHaveAccessibleDescription(/staat bovenaan wat die het zwaarst laat wegen/);
    expect(screen.queryByText("Kies ontvanger")).toBeNull();

    await user().selectOptions(picker, "Gemeente");

    const [first, second] = audienceById("gemeente").emphasis.map((id) => themeById(id).label.nl);
    const said = `De volgorde is aangepast. Voor een gemeente wegen “${first}” en “${second}” het zwaarst. Ontbreken ze, dan staan ze bovenaan.`;
    await waitFor(() => expect(screen.getByTestId("audience-hint")).toHaveTextContent(said));
    expect(picker).toHaveAccessibleDescription(said);
  });

  test("a remembered recipient says what it weighs without claiming the order just changed", async () => {
    const doc = sampleDocument();
    await doc.writeSettings({ audience: "fonds" });
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    await waitFor(() =>
      expect(screen.getByTestId("audience-hint")).toHaveTextContent(
        /^Voor een fonds wegen “Maatschappelijke waarde”, “Tijd en continuïteit” en “Aansluiting bij beleidsdoelen” het zwaarst\./
      )
    );
  });

  test("the overview's marks have a legend: each shape named, with how many themes have it", async () => {
    renderPane(sampleDocument());
    await screen.findByTestId("theme-overview");
    const legend = screen.getByRole("list", { name: "Wat de rondjes betekenen" });
    const marks = [
      ...screen.getByRole("toolbar").querySelectorAll<HTMLElement>("button[data-status]"),
    ];
    const count = (status: string) => marks.filter((m) => m.dataset.status === status).length;
    expect(
      within(legend)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual([
      `Aanwezig (${count("covered")})`,
      `Zwak (${count("weak")})`,
      `Ontbreekt (${count("missing")})`,
    ]);
    expect(screen.getByRole("toolbar")).toHaveAccessibleDescription(/Elk rondje is een thema/);
  });

  test("each theme row shows its one-line reason, and a screen reader hears it with the name", async () => {
    renderPane(sampleDocument());
    await screen.findByTestId("theme-overview");
    for (const tab of ["Ontbreekt", "Aanwezig"]) {
      await user().click(screen.getByRole("tab", { name: new RegExp(`^${tab}`) }));
      const cards = within(screen.getByRole("tabpanel")).getAllByTestId("theme-card");
      expect(cards.length).toBeGreaterThan(0);
      for (const element of cards) {
        const theme = themeById(element.dataset.theme as ThemeId);
        expect(within(element).getByTestId("theme-reason")).toHaveTextContent(theme.why.nl);
        expect(element.querySelector("[data-theme-toggle]")).toHaveAccessibleDescription(
          theme.why.nl
        );
      }
    }
  });

  test("a draft that argues little gets Begin hier: the three missing themes the recipient weighs most", async () => {
    const review = reviewDocument(WEAK_DRAFT, { audience: "gemeente" });
    // Preconditions: the draft covers nothing, and gemeente's first emphasis is only weak here.
    expect(review.themes.filter((t) => t.status === "covered")).toEqual([]);
    expect(review.themes.find((t) => t.id === "beleidsdoelen")?.status).toBe("weak");
    const doc = sampleDocument({ paragraphs: WEAK_DRAFT });
    await doc.writeSettings({ audience: "gemeente" });
    renderPane(doc);
    const start = await screen.findByTestId("start-here");
    expect(within(start).getByRole("heading", { name: "Begin hier" })).toBeVisible();
    expect(start).toHaveTextContent(
      "Er staan nog weinig argumenten in je tekst (0 van 11). Begin met deze drie: ze wegen het zwaarst voor een gemeente."
    );
    // resultaten is gemeente's emphasis and missing; the weak beleidsdoelen has a start already.
    expect(idsIn(start)).toEqual(["resultaten", "relaties", "bewonersregie"]);
    const panel = screen.getByRole("tabpanel");
    const all = idsIn(panel);
    expect(all.slice(0, 3)).toEqual(idsIn(start));
    expect(new Set(all).size).toBe(all.length);
    expect(within(panel).getByRole("heading", { name: "Ook nog open" })).toBeVisible();
  });

  test("Begin hier follows the recipient: a fund's weightiest missing themes come first", async () => {
    const doc = sampleDocument({ paragraphs: WEAK_DRAFT });
    await doc.writeSettings({ audience: "fonds" });
    renderPane(doc);
    const start = await screen.findByTestId("start-here");
    await waitFor(() =>
      expect(idsIn(start)).toEqual(["maatschappelijke-waarde", "tijd-continuiteit", "relaties"])
    );
  });

  test("without a recipient, Begin hier takes the report's order and asks for no recipient it lacks", async () => {
    renderPane(sampleDocument({ paragraphs: WEAK_DRAFT }));
    const start = await screen.findByTestId("start-here");
    expect(start).toHaveTextContent(
      "Er staan nog weinig argumenten in je tekst (0 van 11). Begin met deze drie."
    );
    expect(idsIn(start)).toEqual(["relaties", "bewonersregie", "kleine-stappen"]);
  });

  test("a draft that already argues several themes gets the plain ranked list", async () => {
    const covered = reviewDocument(SAMPLE_DRAFT).themes.filter((t) => t.status === "covered");
    expect(covered.length).toBeGreaterThan(3);
    renderPane(sampleDocument());
    await screen.findByTestId("theme-overview");
    expect(screen.queryByTestId("start-here")).toBeNull();
    expect(screen.queryByRole("heading", { name: "Begin hier" })).toBeNull();
  });

  test("Zwak says what this draft has (the paragraph and its phrases) and what is still missing", async () => {
    const review = reviewDocument(WEAK_DRAFT);
    const found = review.paragraphs[LEEFBAARHEID].themes.find((t) => t.id === "beleidsdoelen");
    expect(found?.evidence.map((e) => e.text)).toEqual(["leefbaarheid"]);
    renderPane(sampleDocument({ paragraphs: WEAK_DRAFT }));
    await screen.findByTestId("theme-overview");
    const element = await openCard("beleidsdoelen");
    expect(element.dataset.status).toBe("weak");
    expect(within(element).getByRole("heading", { name: "Wat er al staat" })).toBeVisible();
    expect(within(element).getByTestId("weak-note")).toHaveTextContent(
      `Alinea ${LEEFBAARHEID + 1} noemt “leefbaarheid”, maar zegt het één keer en nog niet duidelijk.`
    );
    expect(within(element).getByTestId("evidence")).toHaveTextContent(
      "Er is ook aandacht voor de leefbaarheid van de buurt."
    );
    expect(within(element).getByRole("heading", { name: "Wat nog ontbreekt" })).toBeVisible();
    expect(within(element).getByTestId("theme-stronger")).toHaveTextContent(
      themeById("beleidsdoelen").stronger.nl
    );
    expect(element).not.toHaveTextContent("zegt het nog niet duidelijk.");
  });

  test("a theme argued only in a quotation says so", async () => {
    const quoted =
      "Van de gemeente vragen wij een meerjarige bijdrage, zodat er een community builder in de wijk kan werken.";
    renderPane(sampleDocument({ paragraphs: [...WEAK_DRAFT, { text: quoted, style: "Quote" }] }));
    await screen.findByTestId("theme-overview");
    const element = await openCard("vraag");
    expect(element.dataset.status).toBe("weak");
    expect(within(element).getByTestId("weak-note")).toHaveTextContent(
      /^Alinea 6 noemt “.+”, maar in een citaat, nog niet in je eigen woorden\.$/
    );
  });
});

describe("texts written for the pane", () => {
  test("Waarom dit telt is the pane's sentence; the report's words stand apart, quoted with their section", async () => {
    renderPane(sampleDocument({ paragraphs: WEAK_DRAFT }));
    await screen.findByTestId("theme-overview");
    const theme = themeById("resultaten");
    const element = await openCard("resultaten");
    expect(within(element).getByRole("heading", { name: "Waarom dit telt" })).toBeVisible();
    expect(within(element).getByTestId("theme-why")).toHaveTextContent(theme.why.nl);
    const quote = within(element).getByTestId("report-quote");
    expect(quote).toHaveTextContent(`Het rapport zegt (${theme.reportQuote.section}):`);
    expect(quote.querySelector("blockquote")).toHaveTextContent(`“${theme.reportQuote.text}”`);
    expect(within(element).getByRole("heading", { name: "Wat je kunt doen" })).toBeVisible();
    expect(within(element).getByTestId("theme-tip")).toHaveTextContent(theme.tip.nl);
    expect(element).not.toHaveTextContent("Kort gezegd");
    expect(element).not.toHaveTextContent("Tip uit het rapport");
  });

  test("the English pane shows English reasons and tips, and the report's Dutch words labelled as such", async () => {
    renderPane(sampleDocument({ paragraphs: WEAK_DRAFT }), "en");
    await screen.findByTestId("theme-overview");
    expect(screen.getByRole("combobox", { name: "Who are you writing to?" })).toBeVisible();
    for (const theme of THEMES) {
      const reason = card(theme.id).querySelector('[data-testid="theme-reason"]');
      if (reason) expect(reason).toHaveTextContent(theme.why.en);
    }
    const theme = themeById("tijd-continuiteit");
    const element = await openCard("tijd-continuiteit");
    expect(within(element).getByTestId("theme-tip")).toHaveTextContent(theme.tip.en);
    expect(element).not.toHaveTextContent("Gemeenschapskracht kost tijd.");
    expect(element).not.toHaveTextContent(theme.tip.nl);
    const quote = within(element).getByTestId("report-quote");
    expect(quote).toHaveTextContent(`The report says (${theme.reportQuote.section}, in Dutch):`);
    expect(quote.querySelector("blockquote")).toHaveAttribute("lang", "nl");
  });
});
