/** @jest-environment jsdom */
/**
 * A calm card: one badge for the block's own theme and the others in plain words, a placeholder
 * that opens its field when clicked (or pressed), and a preview that is what goes in.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BLOCKS, blockById, blockParagraphs, themeById } from "../../../src/content";
import { FakePort } from "./fake-port";
import { CardHost } from "./hosts";
import { renderInPane } from "./render";

const DRAFT = ["Ons buurthuis.", "We organiseren een maaltijd."];

/** What a sighted reader sees of the block's preview: the text without the screen-reader notes. */
function visibleText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[style*="position: absolute"]').forEach((hidden) => hidden.remove());
  return copy.textContent ?? "";
}

describe("a calm block card", () => {
  it("badges the block's own theme and names the others as “ook: …”", () => {
    const kern = blockById("kernboodschap")!;
    expect(kern.themes.length).toBeGreaterThan(5);
    renderInPane(<CardHost port={new FakePort(DRAFT)} block={kern} />);
    const themes = screen.getByTestId("block-themes");
    const [main, ...others] = kern.themes.map((id) => themeById(id).label.nl);
    expect(visibleText(themes)).toBe(`${main}ook: ${others.join(", ")}`);
    expect(themes).toHaveTextContent(`Thema: ${main}`);
    expect(themes.querySelectorAll("li")).toHaveLength(0);
  });

  it("in English too", () => {
    const b = blockById("meerjarige-steun")!;
    renderInPane(<CardHost port={new FakePort(DRAFT)} block={b} />, "en");
    expect(visibleText(screen.getByTestId("block-themes"))).toBe(
      `${themeById(b.themes[0]).label.en}also: ${themeById(b.themes[1]).label.en}`
    );
  });

  it("a block with one theme has its badge and no “ook”", () => {
    renderInPane(<CardHost port={new FakePort(DRAFT)} block={blockById("onzichtbaar-werk")!} />);
    expect(screen.getByTestId("block-themes")).not.toHaveTextContent("ook:");
  });

  it("clicking the dotted placeholder opens its field and puts the cursor in it", async () => {
    const b = blockById("community-builder")!;
    renderInPane(<CardHost port={new FakePort(DRAFT)} block={b} />);
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole("button", { name: "onze buurt (in te vullen: naam van je buurt of wijk)" })
    );
    const field = screen.getByRole("textbox", { name: /^Naam van je buurt of wijk/ });
    expect(field).toHaveFocus();
    expect(
      screen.getByRole("button", { name: "Eigen woorden invullen", expanded: true })
    ).toBeInTheDocument();
    await userEvent.type(field, "de Vogelwijk");
    // Filled, the chip still leads back to its field.
    const chip = screen.getByRole("button", {
      name: "de Vogelwijk (jouw woorden voor: naam van je buurt of wijk)",
    });
    chip.focus();
    field.blur();
    await userEvent.keyboard("{Enter}");
    expect(field).toHaveFocus();
  });

  it("with the keyboard: Tab reaches the placeholder, Enter opens its field", async () => {
    renderInPane(<CardHost port={new FakePort(DRAFT)} block={blockById("wat-er-verandert")!} />);
    await userEvent.tab();
    expect(
      screen.getByRole("button", { name: /^wekelijkse buurtactiviteiten \(in te vullen/ })
    ).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: /^Wat jullie organiseren/ })).toHaveFocus()
    );
  });

  it("shows exactly what will be inserted, a closing full stop included", async () => {
    for (const id of ["community-builder", "netwerk-actieve-bewoners", "klein-begin"]) {
      const port = new FakePort(DRAFT, 0);
      const b = blockById(id)!;
      const { unmount } = renderInPane(<CardHost port={port} block={b} />);
      const shown = visibleText(screen.getByTestId("block-text"));
      expect(shown).toBe(blockParagraphs(b, {})[0]);
      expect(shown).toMatch(/\.$/);
      await userEvent.click(screen.getByRole("button", { name: /^Invoegen: / }));
      await waitFor(() => expect(port.paragraphs).toHaveLength(3));
      expect(port.paragraphs[1]).toBe(shown);
      unmount();
    }
    // The block itself keeps the report's words as written.
    expect(BLOCKS.find((b) => b.id === "community-builder")!.text).toMatch(/initiatieven$/);
  });
});
