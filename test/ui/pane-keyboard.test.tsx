/** @jest-environment jsdom */
/**
 * The pane's hand-written keyboard parts: the overview's marks (one tab stop, arrows, a name on
 * focus and hover), the tabs (arrows select), a theme card's disclosure, and the ⋯ choices.
 */
import "@testing-library/jest-dom";
import { fireEvent, screen, within } from "@testing-library/react";
import { renderPane, sampleDocument, user } from "./pane-fixtures";

jest.setTimeout(60_000);

async function marks() {
  const toolbar = await screen.findByRole("toolbar", { name: "Thema’s van het rapport" });
  return within(toolbar).getAllByRole("button");
}

describe("the pane by keyboard", () => {
  test("the overview's marks are one tab stop, arrows move through them, and each is named on focus and hover", async () => {
    renderPane(sampleDocument());
    const buttons = await marks();
    expect(buttons).toHaveLength(11);
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
    expect(screen.queryByTestId("overview-label")).not.toBeInTheDocument();

    await user().tab(); // Vernieuwen
    await user().tab(); // ⋯
    await user().tab(); // Voor:
    await user().tab();
    expect(buttons[0]).toHaveFocus();
    expect(screen.getByTestId("overview-label")).toHaveTextContent(
      buttons[0].getAttribute("aria-label")!
    );
    await user().keyboard("{ArrowRight}");
    expect(buttons[1]).toHaveFocus();
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[1]]);
    expect(screen.getByTestId("overview-label")).toHaveTextContent(
      buttons[1].getAttribute("aria-label")!
    );
    await user().keyboard("{ArrowLeft}{ArrowLeft}");
    expect(buttons[10]).toHaveFocus();
    await user().keyboard("{Home}");
    expect(buttons[0]).toHaveFocus();
    await user().keyboard("{Escape}");
    expect(screen.queryByTestId("overview-label")).not.toBeInTheDocument();

    fireEvent.mouseEnter(buttons[5]);
    expect(screen.getByTestId("overview-label")).toHaveTextContent(
      buttons[5].getAttribute("aria-label")!
    );
    expect(buttons[5].getAttribute("aria-label")).toMatch(
      /: (Aanwezig|Zwak|Ontbreekt|Niet van toepassing)$/
    );
  });

  test("arrow keys move between the tabs and select them; Enter on a mark opens its theme", async () => {
    renderPane(sampleDocument());
    await screen.findByTestId("theme-overview");
    const missing = screen.getByRole("tab", { name: /^Ontbreekt/ });
    const covered = screen.getByRole("tab", { name: /^Aanwezig/ });
    const library = screen.getByRole("tab", { name: "Bibliotheek" });
    expect(missing).toHaveAttribute("aria-selected", "true");
    expect([missing.tabIndex, covered.tabIndex, library.tabIndex]).toEqual([0, -1, -1]);
    missing.focus();
    await user().keyboard("{ArrowRight}");
    expect(covered).toHaveFocus();
    expect(covered).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveAttribute("aria-labelledby", covered.id);
    await user().keyboard("{End}");
    expect(library).toHaveAttribute("aria-selected", "true");
    expect(screen.getByTestId("block-library")).toBeInTheDocument();
    await user().keyboard("{ArrowRight}");
    expect(missing).toHaveFocus();
    expect(missing).toHaveAttribute("aria-selected", "true");

    // A covered theme's mark switches to Aanwezig, opens the card and puts focus on its header.
    const coveredMark = (await marks()).find((b) => b.dataset.status === "covered")!;
    coveredMark.focus();
    await user().keyboard("{Enter}");
    expect(covered).toHaveAttribute("aria-selected", "true");
    const toggle = document.activeElement as HTMLElement;
    expect(toggle).toHaveAttribute("data-theme-toggle");
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(toggle.closest("[data-theme]")).toHaveAttribute("data-theme", coveredMark.dataset.theme);
    const panel = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    expect(panel).toHaveTextContent("Waarom dit telt");
    await user().keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(toggle).not.toHaveAttribute("aria-controls");
  });

  test("⋯ unfolds Over and Help; Escape folds them away and returns focus", async () => {
    renderPane(sampleDocument());
    await screen.findByTestId("theme-overview");
    const more = screen.getByRole("button", { name: "Meer" });
    expect(more).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("button", { name: "Help" })).not.toBeInTheDocument();
    await user().click(more);
    expect(more).toHaveAttribute("aria-expanded", "true");
    const help = screen.getByRole("button", { name: "Help" });
    expect(document.getElementById(more.getAttribute("aria-controls")!)).toContainElement(help);
    help.focus();
    await user().keyboard("{Escape}");
    expect(more).toHaveFocus();
    expect(more).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("button", { name: "Help" })).not.toBeInTheDocument();
  });
});
