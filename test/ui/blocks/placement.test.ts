import { placementFor, placementText, shortQuote } from "../../../src/taskpane/blocks/placement";
import { stringsFor } from "../../../src/taskpane/strings";
import type { DocumentParagraph } from "../../../src/document/port";

const nl = stringsFor("nl");
const en = stringsFor("en");
const p = (text: string, isHeading = false): DocumentParagraph => ({
  text,
  style: isHeading ? "Heading 1" : "Normal",
  isHeading,
  isListItem: false,
  inTable: false,
});
const LETTER = [
  p("Aanvraag", true),
  p("Elke dinsdag drinken we koffie met vijftien buren uit de straat."),
  p(""),
  p("Met vriendelijke groet, Ria Jansen"),
];

describe("where a block goes, said in the user's words", () => {
  test("a paragraph's start, cut at a word; short ones whole", () => {
    expect(shortQuote("Elke dinsdag drinken we koffie met vijftien buren.")).toBe(
      "Elke dinsdag drinken we…"
    );
    expect(shortQuote("Wie zijn wij")).toBe("Wie zijn wij");
    expect(shortQuote("Hoogachtend,")).toBe("Hoogachtend");
    expect(shortQuote("Onzebuurtkamerisdeallerbesteplekvanhelezwolle")).toHaveLength(29);
  });

  test("after the cursor's paragraph, by Word's own cursor at the moment of inserting", () => {
    const placement = placementFor({ index: 1, text: LETTER[1].text }, LETTER, "after-cursor");
    expect(placement.location).toEqual({ kind: "after-cursor", orAtEnd: true });
    expect(placementText(placement, nl)).toBe("Komt na: ‘Elke dinsdag drinken we…’");
    expect(placementText(placement, en)).toBe("Goes after: ‘Elke dinsdag drinken we…’");
  });

  test("a cursor in the closing or a blank line under it: before the closing, guarded by text", () => {
    for (const index of [3]) {
      const placement = placementFor({ index, text: LETTER[index].text }, LETTER, "after-cursor");
      expect(placement.location).toEqual({
        kind: "after-paragraph",
        index: 2,
        expectedText: "",
      });
      // The blank line is not quoted: the text above it is.
      expect(placementText(placement, nl)).toBe(
        "Komt vóór je afsluiting ‘Met vriendelijke groet, Ria Jansen’, dus na: ‘Elke dinsdag drinken we…’"
      );
    }
    expect(placementFor(null, LETTER, "end").location).toMatchObject({ index: 2 });
  });

  test("a cursor outside the text goes at the end, and says so; an unknown cursor says only that", () => {
    const text = [p("Eerste alinea."), p("Laatste alinea hier.")];
    const outside = placementFor(null, text, "after-cursor");
    expect(outside.location).toEqual({ kind: "end" });
    expect(placementText(outside, nl)).toBe(
      "Je cursor staat niet in de tekst. Komt aan het einde, na: ‘Laatste alinea hier.’"
    );
    const unknown = placementFor("unknown", text, "after-cursor");
    expect(unknown.location).toEqual({ kind: "after-cursor", orAtEnd: true });
    expect(placementText(unknown, nl)).toBe("Komt na de alinea waar je cursor staat.");
  });

  test("a letter that is only a closing: the block goes at the very start", () => {
    const placement = placementFor({ index: 0, text: "Groet," }, [p("Groet,")], "after-cursor");
    expect(placement.location).toEqual({ kind: "after-paragraph", index: -1 });
    expect(placementText(placement, nl)).toBe(
      "Komt vóór je afsluiting ‘Groet’, bovenaan het document."
    );
  });
});
