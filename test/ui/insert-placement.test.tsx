/** @jest-environment jsdom */
/**
 * Where a block goes and taking it back: the card says where "Invoegen" puts the block in the
 * user's words, never after a letter's closing; after the insert one banner says what went where,
 * Ongedaan maken removes exactly that block (and refuses when the user edited it), Toon selects
 * it, and focus stays where the user was.
 */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ThemeId } from "../../src/content";
import { SAMPLE_DRAFT } from "../../src/preview/sample-draft";
import { renderPane, sampleDocument, user } from "./pane-fixtures";

const WEAK_LETTER = [
  { style: "Heading 1", text: "Aanvraag koffieochtend" },
  "Elke dinsdag drinken we koffie in het buurthuis, met zo'n vijftien bezoekers.",
  "We vragen € 2 000 voor koffie, thee en de huur van de zaal.",
  "Met vriendelijke groet,",
  "Ria Jansen",
];

async function openCard(id: ThemeId) {
  const card = await waitFor(() => {
    const found = document.querySelector<HTMLElement>(
      `[data-testid="theme-card"][data-theme="${id}"]`
    );
    if (!found) throw new Error(`no card ${id}`);
    return found;
  });
  await user().click(within(card).getAllByRole("button")[0]);
  return card;
}

function firstBlock(card: HTMLElement) {
  return within(card).getAllByTestId("block-card")[0];
}

describe("placement you can see", () => {
  test("the card says after which paragraph the block goes, in the user's words", async () => {
    const doc = sampleDocument();
    const cursor = SAMPLE_DRAFT.findIndex((p) => p.text.startsWith("We beginnen graag klein"));
    doc.setCursor(cursor);
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    const card = await openCard("tijd-continuiteit");
    expect(within(firstBlock(card)).getByTestId("placement-line")).toHaveTextContent(
      "Komt na: ‘We beginnen graag klein…’"
    );
  });

  test("the line follows the cursor when the user comes back to the pane", async () => {
    const doc = sampleDocument();
    doc.setCursor(1);
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    const card = await openCard("tijd-continuiteit");
    const line = within(firstBlock(card)).getByTestId("placement-line");
    await waitFor(() => expect(line).toHaveTextContent("Komt na: ‘Aan de gemeente Zwolle…’"));
    doc.setCursor(SAMPLE_DRAFT.findIndex((p) => p.text.startsWith("Bewoners bepalen")));
    fireEvent.pointerEnter(screen.getByRole("main"));
    await waitFor(() => expect(line).toHaveTextContent("Komt na: ‘Bewoners bepalen zelf wat…’"));
  });

  test("with the cursor in the closing, the card offers the place before it and the block goes there", async () => {
    const doc = sampleDocument({ paragraphs: WEAK_LETTER });
    doc.setCursor(3);
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    const card = await openCard("tijd-continuiteit");
    const block = firstBlock(card);
    expect(within(block).getByTestId("placement-line")).toHaveTextContent(
      "Komt vóór je afsluiting ‘Met vriendelijke groet’, dus na: ‘We vragen € 2 000 voor…’"
    );
    await user().click(within(block).getByRole("button", { name: /^Invoegen/ }));
    await waitFor(() => expect(doc.paragraphs().length).toBeGreaterThan(WEAK_LETTER.length));
    const texts = doc.paragraphs().map((p) => p.text);
    expect(doc.paragraphs()[3].tag).toMatch(/^argumentenhulp:block:/);
    expect(texts.slice(-2)).toEqual(["Met vriendelijke groet,", "Ria Jansen"]);
  });

  test("a cursor after the signature, and Aan het einde, both stop before the closing", async () => {
    const doc = sampleDocument({ paragraphs: WEAK_LETTER });
    doc.setCursor(4);
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    const card = await openCard("tijd-continuiteit");
    const block = firstBlock(card);
    expect(within(block).getByTestId("placement-line")).toHaveTextContent("vóór je afsluiting");
    await user().click(within(block).getByRole("button", { name: /^Aan het einde invoegen/ }));
    await waitFor(() => expect(doc.paragraphs().length).toBeGreaterThan(WEAK_LETTER.length));
    expect(doc.paragraphs()[3].tag).toMatch(/^argumentenhulp:block:/);
    expect(doc.paragraphs().at(-1)?.text).toBe("Ria Jansen");
  });
});

describe("the insert banner", () => {
  async function insertIntoSample() {
    const doc = sampleDocument();
    const cursor = SAMPLE_DRAFT.findIndex((p) => p.text.startsWith("We beginnen graag klein"));
    doc.setCursor(cursor);
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    const card = await openCard("tijd-continuiteit");
    const insert = within(firstBlock(card)).getByRole("button", { name: /^Invoegen/ });
    await user().click(insert);
    const banner = await screen.findByTestId("insert-banner");
    return { doc, cursor, card, insert, banner };
  }

  test("says what went where, once, at the top, and leaves focus where the user was", async () => {
    const { card, banner } = await insertIntoSample();
    expect(screen.getAllByTestId("insert-banner")).toHaveLength(1);
    expect(banner).toHaveTextContent(/^Tekstblok “.+” ingevoegd na ‘We beginnen graag klein…’\./);
    expect(within(banner).getByRole("button", { name: /^Ongedaan maken/ })).toBeInTheDocument();
    expect(within(banner).getByRole("button", { name: /^Toon/ })).toBeInTheDocument();
    expect(banner.contains(document.activeElement)).toBe(false);
    expect(card.contains(document.activeElement)).toBe(true);
    expect(screen.getByTestId("announcer")).toHaveTextContent(banner.textContent!.slice(0, 40));
    // The card does not repeat it: the banner is the one place that says it.
    expect(within(card).queryByTestId("status-line")).not.toBeInTheDocument();
  });

  test("Ongedaan maken removes exactly the inserted block and nothing else", async () => {
    const { doc, banner } = await insertIntoSample();
    // The user typed elsewhere after inserting: that stays.
    doc.setParagraphText(1, `${SAMPLE_DRAFT[1].text} Extra zin.`);
    await user().click(within(banner).getByRole("button", { name: /^Ongedaan maken/ }));
    await waitFor(() => expect(doc.paragraphs()).toHaveLength(SAMPLE_DRAFT.length));
    const expected = SAMPLE_DRAFT.map((p) => p.text);
    expected[1] = `${expected[1]} Extra zin.`;
    expect(doc.paragraphs().map((p) => p.text)).toEqual(expected);
    expect(doc.paragraphs().some((p) => p.tag)).toBe(false);
    expect(screen.getByTestId("insert-banner")).toHaveTextContent("is weer weggehaald");
    // The button went; focus went to the banner's close button, not to the page.
    expect(screen.getByRole("button", { name: "Melding sluiten" })).toHaveFocus();
  });

  test("a block the user edited since is not removed, and the banner says why in Dutch", async () => {
    const { doc, cursor, banner } = await insertIntoSample();
    const at = cursor + 1;
    const edited = `${doc.paragraphs()[at].text} Mijn eigen zin.`;
    doc.setParagraphText(at, edited);
    await user().click(within(banner).getByRole("button", { name: /^Ongedaan maken/ }));
    expect(await screen.findByTestId("insert-banner-problem")).toHaveTextContent(
      "Ongedaan maken lukte niet. De ingevoegde tekst is veranderd sinds het invoegen"
    );
    expect(doc.paragraphs()[at].text).toBe(edited);
    expect(doc.paragraphs()).toHaveLength(SAMPLE_DRAFT.length + 1);
  });

  test("Toon selects the inserted block", async () => {
    const { doc, cursor, banner } = await insertIntoSample();
    doc.setCursor(0);
    await user().click(within(banner).getByRole("button", { name: /^Toon/ }));
    await waitFor(() => expect(doc.selection()).toEqual({ start: cursor + 1, end: cursor + 1 }));
  });

  test("closing the banner keeps focus in the pane", async () => {
    const { banner } = await insertIntoSample();
    await user().click(within(banner).getByRole("button", { name: "Melding sluiten" }));
    expect(screen.queryByTestId("insert-banner")).not.toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveFocus();
  });
});
