/** @jest-environment jsdom */
/** The pane's small parts on their own: settings checking, Office's theme, evidence marks, the stable list order. */
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { settingsFrom } from "../../src/taskpane/hooks/useDocumentSettings";
import { EMPTY_CORE_MESSAGE } from "../../src/taskpane/core-message/fields";
import { useStableOrder } from "../../src/taskpane/hooks/useStableOrder";
import { fluentThemeFor, isDarkColour } from "../../src/taskpane/office-theme";
import { EvidenceText } from "../../src/taskpane/EvidenceText";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { formatString } from "../../src/taskpane/strings";
import { paneStrings } from "../../src/taskpane/strings/pane";

describe("settings read from a document", () => {
  test("keep what is valid and drop what is not", () => {
    expect(
      settingsFrom({
        audience: "fonds",
        placeholderValues: { buurt: "de Lindenbuurt", count: 3 },
        notRelevantThemes: ["onderbouwing", "bestaat-niet", "relaties"],
        somethingElse: true,
      })
    ).toEqual({
      audience: "fonds",
      values: { buurt: "de Lindenbuurt" },
      notRelevant: ["relaties", "onderbouwing"],
      limits: [],
      ownBlocks: [],
      coreMessage: EMPTY_CORE_MESSAGE,
    });
  });

  test("own blocks used in the document keep only entries that still look like own blocks", () => {
    const block = {
      id: "eigen-koffie",
      title: "Koffie op dinsdag",
      text: "In [buurt] drinken we koffie.",
      themes: ["relaties", "bestaat-niet"],
      audiences: ["fonds"],
      placeholders: [{ key: "buurt", label: { nl: "buurt", en: "buurt" }, original: "[buurt]" }],
    };
    expect(
      settingsFrom({
        ownBlocks: [block, { ...block, id: "" }, { ...block, themes: ["x"] }, null, "tekst"],
      }).ownBlocks
    ).toEqual([{ ...block, themes: ["relaties"] }]);
    expect(settingsFrom({ ownBlocks: "geen lijst" }).ownBlocks).toEqual([]);
  });

  test("a document with foreign or broken settings starts clean", () => {
    expect(
      settingsFrom({
        audience: "provincie",
        placeholderValues: ["x"],
        notRelevantThemes: "relaties",
      })
    ).toEqual({
      audience: null,
      values: {},
      notRelevant: [],
      limits: [],
      ownBlocks: [],
      coreMessage: EMPTY_CORE_MESSAGE,
    });
  });
});

describe("following Office's theme", () => {
  test("dark backgrounds give the dark theme, light or unknown the light one", () => {
    expect(isDarkColour("#262626")).toBe(true);
    expect(isDarkColour("#000")).toBe(true);
    expect(isDarkColour("#FFFFFF")).toBe(false);
    expect(isDarkColour("#e6e6e6")).toBe(false);
    expect(isDarkColour("not a colour")).toBe(false);
    expect(fluentThemeFor({ bodyBackgroundColor: "#1f1f1f" })).toBe(webDarkTheme);
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
  });
});

describe("evidence text", () => {
  test("marks exactly the evidence spans, merging overlaps", () => {
    const text = "We bouwen aan vertrouwen tussen bewoners.";
    const { container } = render(
      <EvidenceText
        text={text}
        evidence={[
          { start: 14, end: 24, text: "vertrouwen" },
          { start: 3, end: 9, text: "bouwen" },
          { start: 20, end: 24, text: "uwen" },
        ]}
      />
    );
    expect([...container.querySelectorAll("mark")].map((m) => m.textContent)).toEqual([
      "bouwen",
      "vertrouwen",
    ]);
    expect(container.textContent).toBe(text);
  });

  test("a long paragraph shows the stretch around the evidence with ellipses", () => {
    const text = `${"Eerst een lange inleiding over de buurt. ".repeat(8)}Hier groeit vertrouwen. ${"En daarna nog veel meer tekst. ".repeat(8)}`;
    const start = text.indexOf("vertrouwen");
    const { container } = render(
      <EvidenceText text={text} evidence={[{ start, end: start + 10, text: "vertrouwen" }]} />
    );
    expect(container.querySelector("mark")).toHaveTextContent("vertrouwen");
    expect(container.textContent!.startsWith("…")).toBe(true);
    expect(container.textContent!.endsWith("…")).toBe(true);
    expect(container.textContent!.length).toBeLessThan(text.length);
  });
});

function OrderedList({ keys }: { keys: string[] }) {
  const { keys: shown, holdProps } = useStableOrder(keys, 100);
  return (
    <div data-testid="list" {...holdProps}>
      {shown.map((key) => (
        <button key={key}>{key}</button>
      ))}
    </div>
  );
}

describe("stable order", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const shown = () => screen.getAllByRole("button").map((b) => b.textContent);

  test("holds the order while focus is inside, applies it after focus leaves and a pause", () => {
    const { rerender } = render(<OrderedList keys={["a", "b", "c"]} />);
    expect(shown()).toEqual(["a", "b", "c"]);
    fireEvent.focus(screen.getByText("b"));
    rerender(<OrderedList keys={["c", "a"]} />);
    act(() => void jest.advanceTimersByTime(1000));
    expect(shown()).toEqual(["a", "b", "c"]);
    fireEvent.blur(screen.getByText("b"), { relatedTarget: document.body });
    act(() => void jest.advanceTimersByTime(50));
    expect(shown()).toEqual(["a", "b", "c"]);
    act(() => void jest.advanceTimersByTime(100));
    expect(shown()).toEqual(["c", "a"]);
  });

  test("an item that arrives while the list holds shows at once, at the end, and nothing moves", () => {
    // The cause of a theme that vanished: "Toch meenemen" sent it back to a list the pointer
    // rested on, and a holding list showed only what it had shown before.
    const { rerender } = render(<OrderedList keys={["a", "b"]} />);
    fireEvent.pointerOver(screen.getByText("b"));
    rerender(<OrderedList keys={["c", "b", "a"]} />);
    expect(shown()).toEqual(["a", "b", "c"]);
    act(() => void jest.advanceTimersByTime(1000));
    expect(shown()).toEqual(["a", "b", "c"]);
    fireEvent.pointerOut(screen.getByText("b"), { relatedTarget: document.body });
    act(() => void jest.advanceTimersByTime(150));
    expect(shown()).toEqual(["c", "b", "a"]);
  });

  test("moving focus within the list keeps holding", () => {
    const { rerender } = render(<OrderedList keys={["a", "b"]} />);
    fireEvent.focus(screen.getByText("a"));
    rerender(<OrderedList keys={["b", "a"]} />);
    fireEvent.blur(screen.getByText("a"), { relatedTarget: screen.getByText("b") });
    act(() => void jest.advanceTimersByTime(1000));
    expect(shown()).toEqual(["a", "b"]);
  });
});

describe("strings", () => {
  test("Dutch and English have the same keys and the same slots", () => {
    expect(Object.keys(paneStrings.en).sort()).toEqual(Object.keys(paneStrings.nl).sort());
    const slots = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(paneStrings.nl) as Array<keyof typeof paneStrings.nl>) {
      expect([key, slots(paneStrings.en[key])]).toEqual([key, slots(paneStrings.nl[key])]);
    }
  });

  test("formatString fills slots and leaves unknown ones visible", () => {
    expect(formatString("{covered} van {total} thema's", { covered: 7, total: 11 })).toBe(
      "7 van 11 thema's"
    );
    expect(formatString("Alinea {n} {x}", { n: 3 })).toBe("Alinea 3 {x}");
  });
});
