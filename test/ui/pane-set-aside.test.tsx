/** @jest-environment jsdom */
/**
 * "Past niet bij mijn aanvraag": a real button that sets a theme aside and, as "Toch meenemen",
 * brings it back. The card moves in place (never shown twice), the focus stays on a control,
 * and no other theme changes or disappears.
 */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { reviewDocument } from "../../src/analysis";
import type { ThemeId } from "../../src/content";
import { SAMPLE_DRAFT } from "../../src/preview/sample-draft";
import { SETTLE_MS } from "../../src/taskpane/hooks/useStableOrder";
import { renderPane, sampleDocument, user } from "./pane-fixtures";

jest.setTimeout(60_000);

const review = reviewDocument(SAMPLE_DRAFT);
const open = review.suggestions.map((s) => s.themeId);

function cards(id?: ThemeId): HTMLElement[] {
  const selector = id
    ? `[data-testid="theme-card"][data-theme="${id}"]`
    : '[data-testid="theme-card"][data-theme]';
  return [...screen.getByRole("tabpanel").querySelectorAll<HTMLElement>(selector)];
}

/** Each card of the open tab as "theme:status", top to bottom. */
function shown(): string[] {
  return cards().map((card) => `${card.dataset.theme}:${card.dataset.status}`);
}

async function openCard(id: ThemeId): Promise<HTMLElement> {
  const [card] = cards(id);
  const toggle = card.querySelector<HTMLElement>("[data-theme-toggle]")!;
  if (toggle.getAttribute("aria-expanded") !== "true") await user().click(toggle);
  return card;
}

/** Pointer and focus leave the list and the pause passes: the list takes its fresh order. */
async function settle() {
  fireEvent.pointerOut(screen.getByTestId("theme-list"), { relatedTarget: document.body });
  act(() => (document.activeElement as HTMLElement | null)?.blur());
  await act(() => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 200)));
}

describe("Past niet bij mijn aanvraag", () => {
  // The precondition: the sample misses several themes, so there are others to disturb.
  expect(open.length).toBeGreaterThan(3);

  test("sets the theme aside in place, shown once, the focus on its button, the rest untouched", async () => {
    renderPane(sampleDocument());
    await screen.findByTestId("theme-overview");
    const id = open[1];
    const card = await openCard(id);
    const before = shown();
    const button = within(card).getByRole("button", { name: "Past niet bij mijn aanvraag" });

    await user().click(button);

    expect(cards(id)).toHaveLength(1);
    expect(shown()).toEqual(before.map((s) => (s === `${id}:missing` ? `${id}:not-relevant` : s)));
    const back = within(cards(id)[0]).getByRole("button", { name: "Toch meenemen" });
    expect(back).toHaveFocus();

    await user().click(back);

    expect(shown()).toEqual(before);
    expect(
      within(cards(id)[0]).getByRole("button", { name: "Past niet bij mijn aanvraag" })
    ).toHaveFocus();
  });

  test("once the user is done, the card waits under its own heading, and comes back shown once", async () => {
    renderPane(sampleDocument());
    await screen.findByTestId("theme-overview");
    const id = open[0];
    await user().click(
      within(await openCard(id)).getByRole("button", { name: "Past niet bij mijn aanvraag" })
    );
    await settle();
    const heading = screen.getByRole("heading", { name: "Niet van toepassing (1)" });
    const last = cards().at(-1)!;
    expect(last.dataset.theme).toBe(id);
    expect(heading.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(shown().filter((s) => s.endsWith(":missing"))).toHaveLength(open.length - 1);

    // The pointer rests on the list while the keyboard brings the theme back: before, the list
    // held its old items under the pointer and the theme was in neither place.
    await user().hover(cards()[0]);
    const back = within(last).getByRole("button", { name: "Toch meenemen" });
    act(() => back.focus());
    await user().keyboard("{Enter}");
    expect(cards(id)).toHaveLength(1);
    expect(cards(id)[0].dataset.status).toBe("missing");
    await act(() => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 200)));
    expect(cards(id)).toHaveLength(1);
    expect(shown().filter((s) => s.endsWith(":missing"))).toHaveLength(open.length);
    expect(screen.queryByRole("heading", { name: /^Niet van toepassing/ })).not.toBeInTheDocument();
  });

  test("the notice's Ongedaan maken brings the theme back and gives its card the focus", async () => {
    renderPane(sampleDocument());
    await screen.findByTestId("theme-overview");
    const id = open[2];
    await user().click(
      within(await openCard(id)).getByRole("button", { name: "Past niet bij mijn aanvraag" })
    );
    const notice = screen.getByTestId("not-relevant-notice");
    await user().click(within(notice).getByRole("button", { name: "Ongedaan maken" }));
    expect(screen.queryByTestId("not-relevant-notice")).not.toBeInTheDocument();
    await waitFor(() => expect(cards(id)[0].querySelector("[data-theme-toggle]")).toHaveFocus());
    expect(cards(id)).toHaveLength(1);
  });

  test("says the same in English", async () => {
    renderPane(sampleDocument(), "en");
    await screen.findByTestId("theme-overview");
    const card = await openCard(open[0]);
    await user().click(within(card).getByRole("button", { name: "Does not fit my application" }));
    expect(within(cards(open[0])[0]).getByRole("button", { name: "Count it again" })).toHaveFocus();
  });
});
