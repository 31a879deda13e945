/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BLOCKS } from "../../../src/content";
import { FakePort } from "./fake-port";
import { LibraryHost } from "./hosts";
import { announced, renderInPane } from "./render";

function shownBlockIds(): string[] {
  return screen
    .queryAllByTestId("block-card")
    .map((card) => card.getAttribute("data-block-id") ?? "");
}

function count(): string {
  return screen.getByTestId("library-count").textContent ?? "";
}

/** The whole query at once: typing letter by letter is tested once, below. */
function search(text: string) {
  fireEvent.change(screen.getByRole("searchbox", { name: "Zoeken in tekstblokken" }), {
    target: { value: text },
  });
}

async function choose(fieldName: string, option: string) {
  await userEvent.selectOptions(screen.getByRole("combobox", { name: fieldName }), option);
}

const withContinuity = BLOCKS.filter((b) => b.text.includes("continuïteit")).map((b) => b.id);

// Each test renders all of the report's blocks; on a busy shared machine that takes seconds.
jest.setTimeout(30_000);

describe("BlockLibrary", () => {
  it("shows every block of the report when nothing is chosen", () => {
    renderInPane(<LibraryHost port={new FakePort([])} />);
    expect(shownBlockIds()).toEqual(BLOCKS.map((b) => b.id));
    expect(count()).toBe(`${BLOCKS.length} tekstblokken`);
    expect(screen.getByRole("combobox", { name: "Voor" })).toHaveDisplayValue("Alle ontvangers");
  });

  it("finds “continuïteit” with or without the accent, in any case", async () => {
    renderInPane(<LibraryHost port={new FakePort([])} />);
    expect(withContinuity.length).toBeGreaterThan(1);
    for (const query of ["continuiteit", "continuïteit", "CONTINUITEIT"]) {
      search(query);
      // The theme label "Tijd en continuïteit" also matches: those blocks come along, nothing
      // else, and the §5 slice only inside the whole core message.
      const expected = BLOCKS.filter(
        (b) =>
          (b.text.includes("continuïteit") || b.themes.includes("tijd-continuiteit")) &&
          b.id !== "kern-partners-continuiteit"
      ).map((b) => b.id);
      expect(shownBlockIds()).toEqual(expected);
    }
  });

  it("needs every word typed, in any order", async () => {
    renderInPane(<LibraryHost port={new FakePort([])} />);
    search("community builder onze");
    expect(shownBlockIds()).toEqual(["community-builder"]);
    search("builder bewoners");
    expect(shownBlockIds()).toEqual([]);
  });

  it("filters by theme", async () => {
    renderInPane(<LibraryHost port={new FakePort([])} />);
    await choose("Thema", "Onderbouwing met onderzoek");
    expect(shownBlockIds()).toEqual(
      BLOCKS.filter(
        (b) => b.themes.includes("onderbouwing") && b.id !== "kern-rapport-laat-zien"
      ).map((b) => b.id)
    );
    expect(shownBlockIds().length).toBeGreaterThan(0);
    await choose("Thema", "Alle thema’s");
    expect(shownBlockIds()).toHaveLength(BLOCKS.length);
  });

  it("filters by the document's audience until the user picks “alle”", async () => {
    renderInPane(<LibraryHost port={new FakePort([])} audience="woningcorporatie" />);
    const forCorporation = BLOCKS.filter((b) => b.audiences.includes("woningcorporatie")).map(
      (b) => b.id
    );
    expect(forCorporation.length).toBeLessThan(BLOCKS.length);
    expect(screen.getByRole("combobox", { name: "Voor" })).toHaveDisplayValue("Woningcorporatie");
    expect(shownBlockIds()).toEqual(forCorporation);
    await choose("Voor", "Alle ontvangers");
    expect(shownBlockIds()).toHaveLength(BLOCKS.length);
    await choose("Voor", "Fonds");
    expect(shownBlockIds()).toEqual(
      BLOCKS.filter((b) => b.audiences.includes("fonds")).map((b) => b.id)
    );
  });

  it("follows a new audience chosen for the document, unless the user chose one here", async () => {
    const port = new FakePort([]);
    const { rerenderInPane } = renderInPane(<LibraryHost port={port} audience={null} />);
    expect(shownBlockIds()).toHaveLength(BLOCKS.length);
    rerenderInPane(<LibraryHost port={port} audience="gemeente" />);
    expect(shownBlockIds()).toEqual(
      BLOCKS.filter((b) => b.audiences.includes("gemeente")).map((b) => b.id)
    );
    await choose("Voor", "Alle ontvangers");
    rerenderInPane(<LibraryHost port={port} audience="fonds" />);
    expect(shownBlockIds()).toHaveLength(BLOCKS.length);
  });

  it("combines search, theme and audience, and says so clearly when nothing is left", async () => {
    renderInPane(<LibraryHost port={new FakePort([])} audience="fonds" />);
    await choose("Thema", "Laat zien wat er verandert");
    search("community builder");
    // The community-builder block suits gemeente and woningcorporatie, not fonds.
    expect(shownBlockIds()).toEqual([]);
    const empty = screen.getByTestId("library-empty");
    expect(empty).toHaveTextContent("Geen tekstblokken gevonden die hierbij passen.");
    expect(count()).toBe("0 tekstblokken");

    await userEvent.click(
      within(empty).getByRole("button", { name: "Zoekopdracht en filters wissen" })
    );
    expect(shownBlockIds()).toHaveLength(BLOCKS.length);
    expect(screen.getByRole("searchbox", { name: "Zoeken in tekstblokken" })).toHaveFocus();
  });

  it("announces the number of results once the user pauses", async () => {
    jest.useFakeTimers();
    try {
      renderInPane(<LibraryHost port={new FakePort([])} />);
      const box = screen.getByRole("searchbox", { name: "Zoeken in tekstblokken" });
      fireEvent.change(box, { target: { value: "community" } });
      expect(announced()).toBe("");
      act(() => {
        jest.advanceTimersByTime(800);
      });
      expect(announced()).toBe("1 tekstblok");
      fireEvent.change(box, { target: { value: "zzz" } });
      act(() => {
        jest.advanceTimersByTime(800);
      });
      expect(announced()).toBe("Geen tekstblokken gevonden die hierbij passen.");
    } finally {
      jest.useRealTimers();
    }
  });

  it("takes a query typed letter by letter", async () => {
    renderInPane(<LibraryHost port={new FakePort([])} />);
    await userEvent.type(
      screen.getByRole("searchbox", { name: "Zoeken in tekstblokken" }),
      "weefsel"
    );
    await waitFor(() => expect(shownBlockIds()).toEqual(["netwerk-actieve-bewoners"]));
  });

  it("nests its headings where the pane puts it", () => {
    const { rerenderInPane } = renderInPane(<LibraryHost port={new FakePort([])} />);
    expect(
      screen.getByRole("heading", { level: 2, name: "Alle tekstblokken uit het rapport" })
    ).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(BLOCKS.length);
    rerenderInPane(<LibraryHost port={new FakePort([])} headingLevel={4} />);
    expect(
      screen.getByRole("heading", { level: 4, name: "Alle tekstblokken uit het rapport" })
    ).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 5 })).toHaveLength(BLOCKS.length);
  });

  it("inserts from the library like from a theme card", async () => {
    const port = new FakePort(["Eerste alinea.", "Tweede alinea."], 0);
    const inserted = jest.fn();
    renderInPane(<LibraryHost port={port} onInserted={inserted} />);
    search("voedingsbodem");
    await userEvent.click(screen.getByRole("button", { name: /^Invoegen: / }));
    await waitFor(() => expect(inserted).toHaveBeenCalledTimes(1));
    expect(port.tags[1]).toBe("argumentenhulp:block:community-builder");
  });
});
