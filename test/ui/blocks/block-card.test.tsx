/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { blockById, type ArgumentBlock } from "../../../src/content";
import { FakePort, READ_ONLY_MESSAGE } from "./fake-port";
import { CardHost } from "./hosts";
import { announced, renderInPane } from "./render";

function block(id: string): ArgumentBlock {
  const found = blockById(id);
  if (!found) throw new Error(`no block ${id} in src/content`);
  return found;
}

const DRAFT = [
  "Ons buurthuis in de Vogelwijk.",
  "We organiseren een maaltijd.",
  "Begroting volgt.",
];

describe("BlockCard", () => {
  it("shows the report's exact text, the source section and whom the block suits", () => {
    const b = block("gemeenschap-kost-tijd");
    renderInPane(<CardHost port={new FakePort(DRAFT)} block={b} audience="fonds" />);
    expect(screen.getByTestId("block-text")).toHaveTextContent(b.text);
    const source = screen.getByTestId("block-source");
    expect(source).toHaveTextContent("Rapport §2 Gemeenschapskracht kost tijd");
    expect(source).toHaveTextContent("past bij: fonds");
    // The chosen audience stands out, also for screen readers.
    const chosen = source.querySelector("[data-chosen-audience]");
    expect(chosen?.getAttribute("data-chosen-audience")).toBe("fonds");
    expect(chosen).toHaveTextContent("fonds (jouw keuze)");
  });

  it("lists the chosen audience first and marks none when the block does not name it", () => {
    const b = block("community-builder"); // gemeente and woningcorporatie
    const { unmount } = renderInPane(
      <CardHost port={new FakePort(DRAFT)} block={b} audience="woningcorporatie" />
    );
    expect(screen.getByTestId("block-source").textContent).toMatch(
      /past bij: woningcorporatie \(jouw keuze\), gemeente/
    );
    unmount();
    renderInPane(<CardHost port={new FakePort(DRAFT)} block={b} audience="fonds" />);
    expect(screen.getByTestId("block-source").querySelector("[data-chosen-audience]")).toBeNull();
  });

  it("names the block in the buttons' accessible names", () => {
    renderInPane(<CardHost port={new FakePort(DRAFT)} block={block("gemeenschap-kost-tijd")} />);
    expect(
      screen.getByRole("button", {
        name: "Invoegen: tekstblok “Je bouwt geen gemeenschap … vertrouwen en continuïteit nodig.”",
      })
    ).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: /^Kopiëren: tekstblok “Je bouwt geen/ })
    ).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: /^Aan het einde invoegen: tekstblok “Je bouwt geen/ })
    ).toBeInTheDocument();
  });

  it("inserts the unfilled block as the report's exact text after the cursor's paragraph, tagged", async () => {
    const port = new FakePort(DRAFT, 1);
    const b = block("onzichtbaar-werk");
    const inserted = jest.fn();
    renderInPane(<CardHost port={port} block={b} onInserted={inserted} />);
    await userEvent.click(screen.getByRole("button", { name: /^Invoegen: / }));

    await waitFor(() => expect(inserted).toHaveBeenCalledTimes(1));
    expect(port.paragraphs).toEqual([DRAFT[0], DRAFT[1], b.text, DRAFT[2]]);
    expect(port.tags[2]).toBe("argumentenhulp:block:onzichtbaar-werk");
    expect(port.titles[2]).toBe("Argumentenhulp: Het werk achter de activiteiten");
    expect(port.insertRequests[0].where).toEqual({ kind: "after-cursor", orAtEnd: true });
    expect(inserted).toHaveBeenCalledWith(
      expect.objectContaining({ kind: "block", block: b }),
      { firstIndex: 2, afterIndex: 1 },
      { tag: "argumentenhulp:block:onzichtbaar-werk", paragraphs: [b.text], firstIndex: 2 }
    );
    // Paragraph 1 (0-based) is the user's second paragraph.
    expect(screen.getByTestId("status-line")).toHaveTextContent("Ingevoegd na alinea 2.");
    expect(announced()).toBe("Ingevoegd na alinea 2.");
  });

  it("inserts the user's own words for a placeholder, shared by key", async () => {
    const port = new FakePort(DRAFT, 0);
    const onValues = jest.fn();
    const b = block("community-builder");
    renderInPane(<CardHost port={port} block={b} onValues={onValues} />);

    // The report's words show as a chip until the user fills in their own.
    const chip = screen.getByTestId("block-text").querySelector('[data-placeholder="buurt"]');
    expect(chip).toHaveTextContent("onze buurt");
    expect(chip).toHaveAttribute("data-filled", "false");

    await userEvent.click(screen.getByRole("button", { name: "Eigen woorden invullen" }));
    await userEvent.type(
      screen.getByRole("textbox", { name: /^Naam van je buurt of wijk/ }),
      "de Vogelwijk"
    );
    expect(onValues).toHaveBeenLastCalledWith({ buurt: "de Vogelwijk" });
    expect(chip).toHaveTextContent("de Vogelwijk");
    expect(chip).toHaveAttribute("data-filled", "true");

    await userEvent.click(screen.getByRole("button", { name: /^Invoegen: / }));
    await waitFor(() => expect(port.paragraphs).toHaveLength(4));
    // The report's sentence has no full stop; in a letter it gets one, and the card shows it.
    expect(port.paragraphs[1]).toBe(`${b.text.replace("onze buurt", "de Vogelwijk")}.`);
    expect(screen.getByTestId("block-text").textContent).toContain(port.paragraphs[1]);
  });

  it("emptying a field brings back the report's words", async () => {
    const onValues = jest.fn();
    renderInPane(
      <CardHost
        port={new FakePort(DRAFT)}
        block={block("community-builder")}
        initialValues={{ buurt: "x" }}
        onValues={onValues}
      />
    );
    // Already filled: the fields are open.
    const field = screen.getByRole("textbox", { name: /^Naam van je buurt of wijk/ });
    await userEvent.clear(field);
    expect(onValues).toHaveBeenLastCalledWith({});
    expect(screen.getByTestId("block-text").textContent).toContain("onze buurt");
  });

  it("inserts at the end, and says so, when the cursor is outside the text", async () => {
    const port = new FakePort(DRAFT, null);
    const b = block("relaties-basis");
    renderInPane(<CardHost port={port} block={b} />);
    await userEvent.click(screen.getByRole("button", { name: /^Invoegen: / }));
    await waitFor(() => expect(port.paragraphs).toHaveLength(4));
    expect(port.paragraphs[3]).toBe(b.text);
    expect(screen.getByTestId("status-line")).toHaveTextContent(
      "De cursor stond niet in de tekst. Ingevoegd aan het einde, na alinea 3."
    );
  });

  it("inserts at the end from its own button", async () => {
    const port = new FakePort(DRAFT, 0);
    const b = block("relaties-basis");
    renderInPane(<CardHost port={port} block={b} />);
    await userEvent.click(screen.getByRole("button", { name: /^Aan het einde invoegen: / }));
    await waitFor(() => expect(port.paragraphs).toHaveLength(4));
    expect(port.paragraphs[3]).toBe(b.text);
    expect(port.insertRequests[0].where).toEqual({ kind: "end" });
    expect(screen.getByTestId("status-line")).toHaveTextContent("Ingevoegd na alinea 3.");
  });

  it("a double click inserts once, and the buttons stay focusable but inert while it runs", async () => {
    const port = new FakePort(DRAFT, 2);
    port.hold();
    renderInPane(<CardHost port={port} block={block("relaties-basis")} />);
    const insert = screen.getByRole("button", { name: /^Invoegen: / });
    // Two clicks in the same tick: React has not rendered the disabled state between them.
    act(() => {
      fireEvent.click(insert);
      fireEvent.click(insert);
    });
    await userEvent.dblClick(insert);
    expect(insert).toHaveAttribute("aria-disabled", "true");
    expect(within(insert).getByTestId("busy-mark")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Kopiëren: / })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
    expect(screen.getByRole("button", { name: /^Aan het einde invoegen: / })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
    insert.focus();
    expect(insert).toHaveFocus();

    await act(async () => port.release());
    await waitFor(() => expect(insert).not.toHaveAttribute("aria-disabled", "true"));
    expect(port.insertRequests).toHaveLength(1);
    expect(port.paragraphs).toHaveLength(4);
  });

  it("a read-only document gives Word's Dutch reason, changes nothing and keeps the user's words", async () => {
    const port = new FakePort(DRAFT, 1);
    port.readOnly = true;
    const inserted = jest.fn();
    renderInPane(
      <CardHost
        port={port}
        block={block("community-builder")}
        initialValues={{ buurt: "de Vogelwijk" }}
        onInserted={inserted}
      />
    );
    await userEvent.click(screen.getByRole("button", { name: /^Invoegen: / }));

    const status = await screen.findByTestId("status-line");
    expect(status).toHaveAttribute("data-tone", "error");
    expect(status).toHaveTextContent(`Invoegen lukte niet. ${READ_ONLY_MESSAGE}`);
    expect(announced()).toBe(`Invoegen lukte niet. ${READ_ONLY_MESSAGE}`);
    expect(port.paragraphs).toEqual(DRAFT);
    expect(inserted).not.toHaveBeenCalled();
    expect(screen.getByRole("textbox", { name: /^Naam van je buurt of wijk/ })).toHaveValue(
      "de Vogelwijk"
    );
  });

  it("a port that throws still gets a clear Dutch message", async () => {
    const port = new FakePort(DRAFT, 1);
    port.insertParagraphs = () => Promise.reject(new Error("GeneralException"));
    renderInPane(<CardHost port={port} block={block("relaties-basis")} />);
    await userEvent.click(screen.getByRole("button", { name: /^Invoegen: / }));
    expect(await screen.findByTestId("status-line")).toHaveTextContent(
      "Invoegen lukte niet. Word kon dit nu niet uitvoeren. Controleer je document en probeer het opnieuw."
    );
    expect(port.paragraphs).toEqual(DRAFT);
  });

  it("in English Word the reason is given in English by its code", async () => {
    const port = new FakePort(DRAFT, 1);
    port.readOnly = true;
    renderInPane(<CardHost port={port} block={block("relaties-basis")} />, "en");
    await userEvent.click(screen.getByRole("button", { name: /^Insert: text block/ }));
    expect(await screen.findByTestId("status-line")).toHaveTextContent(
      "Inserting did not work. The document is read-only. Nothing was changed."
    );
  });

  describe("copying", () => {
    const original = Object.getOwnPropertyDescriptor(window.navigator, "clipboard");
    afterEach(() => {
      if (original) Object.defineProperty(window.navigator, "clipboard", original);
      else delete (window.navigator as { clipboard?: unknown }).clipboard;
    });

    function setClipboard(value: unknown) {
      Object.defineProperty(window.navigator, "clipboard", { value, configurable: true });
    }

    it("copies the filled text to the clipboard", async () => {
      const writeText = jest.fn().mockResolvedValue(undefined);
      const b = block("community-builder");
      renderInPane(
        <CardHost port={new FakePort(DRAFT)} block={b} initialValues={{ buurt: "de Vogelwijk" }} />
      );
      // user-event installs its own clipboard on setup; ours goes in after, as a browser's would be.
      setClipboard({ writeText });
      fireEvent.click(screen.getByRole("button", { name: /^Kopiëren: / }));
      await waitFor(() =>
        expect(writeText).toHaveBeenCalledWith(`${b.text.replace("onze buurt", "de Vogelwijk")}.`)
      );
      expect(await screen.findByTestId("status-line")).toHaveTextContent("Gekopieerd.");
    });

    it("says in Dutch how to copy by hand when the clipboard is refused", async () => {
      renderInPane(<CardHost port={new FakePort(DRAFT)} block={block("relaties-basis")} />);
      setClipboard({
        writeText: jest.fn().mockRejectedValue(new DOMException("denied", "NotAllowedError")),
      });
      fireEvent.click(screen.getByRole("button", { name: /^Kopiëren: / }));
      const status = await screen.findByTestId("status-line");
      expect(status).toHaveAttribute("data-tone", "error");
      expect(status).toHaveTextContent("Kopiëren mag hier niet");
      expect(status).toHaveTextContent("Ctrl+C");
      expect(announced()).toContain("Kopiëren mag hier niet");
    });

    it("falls back to the copy command where the async clipboard is refused, keeping focus", async () => {
      const b = block("relaties-basis");
      renderInPane(<CardHost port={new FakePort(DRAFT)} block={b} />);
      setClipboard({ writeText: jest.fn().mockRejectedValue(new Error("NotAllowedError")) });
      let copied = "";
      const execCommand = jest.fn((command: string) => {
        const active = document.activeElement as HTMLTextAreaElement;
        copied = active.value.slice(active.selectionStart, active.selectionEnd);
        return command === "copy";
      });
      Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
      try {
        const button = screen.getByRole("button", { name: /^Kopiëren: / });
        button.focus();
        fireEvent.click(button);
        expect(await screen.findByTestId("status-line")).toHaveTextContent("Gekopieerd.");
        expect(execCommand).toHaveBeenCalledWith("copy");
        expect(copied).toBe(b.text);
        expect(button).toHaveFocus();
        expect(document.querySelector("textarea")).toBeNull();
      } finally {
        delete (document as { execCommand?: unknown }).execCommand;
      }
    });

    it("says the same when there is no clipboard at all", async () => {
      renderInPane(<CardHost port={new FakePort(DRAFT)} block={block("relaties-basis")} />);
      setClipboard(undefined);
      fireEvent.click(screen.getByRole("button", { name: /^Kopiëren: / }));
      expect(await screen.findByTestId("status-line")).toHaveTextContent("Kopiëren mag hier niet");
    });
  });

  it("can be used with the keyboard alone", async () => {
    const port = new FakePort(DRAFT, 0);
    renderInPane(<CardHost port={port} block={block("relaties-basis")} />);
    const card = screen.getByTestId("block-card");
    await userEvent.tab();
    expect(within(card).getByRole("button", { name: /^Invoegen: / })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(port.paragraphs).toHaveLength(4));
    // Focus stays on the button after the insert.
    expect(within(card).getByRole("button", { name: /^Invoegen: / })).toHaveFocus();
  });
});
