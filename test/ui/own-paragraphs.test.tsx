/** @jest-environment jsdom */
/**
 * Own blocks of several paragraphs in the pane: the editor keeps Enter's paragraph breaks, the
 * card shows each paragraph as its own, copying separates them by a blank line, and a block made
 * from two selected paragraphs goes into the document as two paragraphs that "Toon" selects and
 * "Ongedaan maken" takes back together.
 */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { OwnBlock } from "../../src/content";
import { placeholdersIn } from "../../src/own-blocks/own-block";
import { OwnBlockEditor } from "../../src/taskpane/own-blocks/OwnBlockEditor";
import { SAMPLE_DRAFT } from "../../src/preview/sample-draft";
import { FakePort } from "./blocks/fake-port";
import { CardHost } from "./blocks/hosts";
import { renderInPane } from "./blocks/render";
import { renderPane, sampleDocument, user } from "./pane-fixtures";

const TEXT = "Over ons\nBuurtteam [naam buurt] is een groep van twaalf bewoners";
const ABOUT: OwnBlock = {
  id: "eigen-over-ons",
  title: "Over ons",
  text: TEXT,
  themes: ["relaties"],
  audiences: ["fonds"],
  placeholders: placeholdersIn(TEXT),
};

afterEach(() => window.localStorage.clear());

describe("the editor", () => {
  test("Enter starts a new paragraph, the hint says so, and the block is saved with its breaks", async () => {
    const onSave = jest.fn();
    renderInPane(
      <OwnBlockEditor
        initial={{ title: "", text: "", themes: [], audiences: [] }}
        editing={false}
        onSave={onSave}
        onCancel={() => {}}
      />
    );
    const text = screen.getByRole("textbox", { name: /^Tekst/ });
    expect(text.tagName).toBe("TEXTAREA");
    expect(screen.getByText(/Met Enter begin je een nieuwe alinea\./)).toBeInTheDocument();
    await user().type(screen.getByRole("textbox", { name: /^Titel/ }), "Over ons");
    await user().type(text, "Over ons{Enter}{Enter}Wij  zijn twaalf [[buren].{Enter}");
    expect(text).toHaveValue("Over ons\n\nWij  zijn twaalf [buren].\n");
    expect(screen.getByText(/Invulvelden: \[buren\]/)).toHaveTextContent(
      "Met Enter begin je een nieuwe alinea."
    );
    await user().click(screen.getByRole("checkbox", { name: "Relaties als basis" }));
    await user().click(screen.getByRole("checkbox", { name: "Fonds" }));
    await user().click(screen.getByRole("button", { name: "Bewaren" }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ text: "Over ons\nWij zijn twaalf [buren]." })
    );
  });

  test("more than ten paragraphs cannot be saved yet, and the text stays as typed", async () => {
    const onSave = jest.fn();
    const many = Array.from({ length: 11 }, (_, i) => `Alinea ${i + 1}.`).join("\n");
    renderInPane(
      <OwnBlockEditor
        initial={{ title: "Lang", text: many, themes: ["relaties"], audiences: ["fonds"] }}
        editing={false}
        onSave={onSave}
        onCancel={() => {}}
      />
    );
    await user().click(screen.getByRole("button", { name: "Bewaren" }));
    expect(screen.getByTestId("own-editor-problems")).toHaveTextContent(
      "hoogstens 10 alinea’s per tekstblok"
    );
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole("textbox", { name: /^Tekst/ })).toHaveValue(many);
  });
});

describe("the card", () => {
  test("shows each paragraph as its own, the field in the second, the full stop at the end", () => {
    renderInPane(
      <CardHost
        port={new FakePort(["a"])}
        block={ABOUT}
        initialValues={{ "naam-buurt": "De Linde" }}
      />
    );
    const paragraphs = screen.getByTestId("block-text").querySelectorAll("p");
    expect([...paragraphs].map((p) => p.textContent)).toEqual([
      "Over ons",
      expect.stringMatching(/^Buurtteam De Linde.*twaalf bewoners\.$/),
    ]);
    expect(paragraphs[1].querySelector("[data-placeholder='naam-buurt']")).not.toBeNull();
  });

  test("copies the paragraphs separated by a blank line", async () => {
    const original = Object.getOwnPropertyDescriptor(window.navigator, "clipboard");
    try {
      renderInPane(<CardHost port={new FakePort(["a"])} block={ABOUT} />);
      const writeText = jest.fn().mockResolvedValue(undefined);
      Object.defineProperty(window.navigator, "clipboard", {
        value: { writeText },
        configurable: true,
      });
      fireEvent.click(screen.getByRole("button", { name: /^Kopiëren: / }));
      await waitFor(() =>
        expect(writeText).toHaveBeenCalledWith(
          "Over ons\n\nBuurtteam [naam buurt] is een groep van twaalf bewoners."
        )
      );
    } finally {
      if (original) Object.defineProperty(window.navigator, "clipboard", original);
      else delete (window.navigator as { clipboard?: unknown }).clipboard;
    }
  });

  test("inserts one paragraph per paragraph, and takes both back on the same receipt", async () => {
    const port = new FakePort(["Aanvraag", "Slot."], 0);
    const receipts: { tag: string; paragraphs: string[]; firstIndex: number }[] = [];
    renderInPane(
      <CardHost
        port={port}
        block={ABOUT}
        onInserted={(_block, outcome) =>
          receipts.push({
            tag: port.insertRequests[0].tag,
            paragraphs: port.insertRequests[0].paragraphs,
            firstIndex: outcome.firstIndex,
          })
        }
      />
    );
    await user().click(screen.getByRole("button", { name: /^Invoegen: / }));
    await waitFor(() => expect(receipts).toHaveLength(1));
    expect(port.insertRequests[0].paragraphs).toEqual([
      "Over ons",
      "Buurtteam [naam buurt] is een groep van twaalf bewoners.",
    ]);
    expect(port.paragraphs).toHaveLength(4);
    expect(await port.selectInserted(receipts[0])).toEqual({ ok: true, value: undefined });
    expect(await port.removeInserted(receipts[0])).toEqual({ ok: true, value: undefined });
    expect(port.paragraphs).toEqual(["Aanvraag", "Slot."]);
  });
});

describe("from the selection to the document and back", () => {
  test("two selected paragraphs become a two-paragraph block that inserts, shows and undoes as one", async () => {
    const doc = sampleDocument();
    const insert = jest.spyOn(doc, "insertParagraphs");
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    doc.setSelection(2, 3);
    const selected = [SAMPLE_DRAFT[2].text, SAMPLE_DRAFT[3].text];

    await user().click(screen.getByRole("tab", { name: "Bibliotheek" }));
    const library = await screen.findByTestId("own-library", undefined, { timeout: 5000 });
    await user().click(
      within(library).getByRole("button", { name: "Maak tekstblok van selectie" })
    );
    const editor = within(library).getByTestId("own-editor");
    expect(within(editor).getByRole("textbox", { name: /^Tekst/ })).toHaveValue(
      selected.join("\n")
    );
    await user().type(within(editor).getByRole("textbox", { name: /^Titel/ }), "Twee alinea’s");
    await user().click(within(editor).getByRole("checkbox", { name: "Relaties als basis" }));
    await user().click(within(editor).getByRole("checkbox", { name: "Fonds" }));
    await user().click(within(editor).getByRole("button", { name: "Bewaren" }));

    const own = await within(library).findByTestId("own-block");
    const shown = within(own).getByTestId("block-text").querySelectorAll("p");
    expect(shown).toHaveLength(2);
    expect(shown[0]).toHaveTextContent(selected[0]);

    doc.setCursor(0);
    await user().click(within(own).getByRole("button", { name: /^Invoegen: / }));
    const banner = await screen.findByTestId("insert-banner");
    expect(insert).toHaveBeenCalledTimes(1);
    const paragraphs = insert.mock.calls[0][0].paragraphs;
    expect(paragraphs).toHaveLength(2);
    const texts = doc.paragraphs().map((p) => p.text);
    const at = texts.indexOf(paragraphs[0]);
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at, at + 2)).toEqual(paragraphs);
    expect(doc.paragraphs()[at].tag).toMatch(/^argumentenhulp:own-block:eigen-/);
    expect(doc.paragraphs()[at + 1].tag).toBe(doc.paragraphs()[at].tag);

    doc.setCursor(0);
    await user().click(within(banner).getByRole("button", { name: /^Toon/ }));
    await waitFor(() => expect(doc.selection()).toEqual({ start: at, end: at + 1 }));
    await user().click(within(banner).getByRole("button", { name: /^Ongedaan maken/ }));
    await waitFor(() =>
      expect(doc.paragraphs().map((p) => p.text)).toEqual(SAMPLE_DRAFT.map((p) => p.text))
    );
  }, 30000);
});
