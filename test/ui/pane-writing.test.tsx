/** @jest-environment jsdom */
/**
 * The Schrijfhulp view in the pane: loaded when its tab opens, the draft's level, what to fix
 * per paragraph with Toon, and length limits kept in the document's settings.
 */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { readabilityOf } from "../../src/analysis/readability";
import { measureLimits } from "../../src/analysis/readability/limits";
import { SAMPLE_DRAFT } from "../../src/preview/sample-draft";
import { settingsFrom } from "../../src/taskpane/hooks/useDocumentSettings";
import { writingStrings } from "../../src/taskpane/strings/writing";
import { writingHelpStrings } from "../../src/taskpane/strings/writing-help";
import { renderPane, sampleDocument, sampleIndex, user } from "./pane-fixtures";

jest.setTimeout(60_000);

async function openWritingHelp() {
  await screen.findByTestId("theme-overview");
  await user().click(screen.getByRole("tab", { name: "Schrijfhulp" }));
  return screen.findByTestId("writing-help");
}

async function storedLimits(doc: ReturnType<typeof sampleDocument>) {
  const result = await doc.readSettings();
  if (!result.ok) throw new Error("settings unreadable");
  return settingsFrom(result.value).limits;
}

const isHeading = (p: (typeof SAMPLE_DRAFT)[number]) => /^Heading/.test(p.style ?? "");

describe("the Schrijfhulp view", () => {
  test("shows the draft's level and, per paragraph, what to fix first, with Toon", async () => {
    const doc = sampleDocument();
    const select = jest.spyOn(doc, "selectParagraph");
    renderPane(doc);
    const view = await openWritingHelp();
    const expected = readabilityOf(SAMPLE_DRAFT).draft!;
    const level = within(view).getByTestId("writing-level");
    expect(level).toHaveAttribute("data-level", expected.level);
    expect(level).toHaveTextContent(`Je tekst is ${expected.level} om te lezen.`);
    expect(view).toHaveTextContent(
      `Flesch-Douma ${expected.fleschDouma.toFixed(1).replace(".", ",")}`
    );

    const index = sampleIndex("We beginnen graag klein.");
    const item = within(view)
      .getAllByTestId("writing-paragraph")
      .find((el) => el.dataset.paragraph === String(index))!;
    expect(item).toHaveTextContent(`Alinea ${index + 1}`);
    expect(item).toHaveTextContent(
      "‘laagdrempelige’: zeg liever makkelijk te bereiken, voor iedereen open."
    );
    await user().click(
      within(item).getByRole("button", { name: `Toon alinea ${index + 1} in het document` })
    );
    expect(select).toHaveBeenCalledWith(index, SAMPLE_DRAFT[index].text);
    expect(doc.selection()).toEqual({ start: index, end: index });
    // Nothing in the document changed.
    const read = await doc.readParagraphs();
    expect(read.ok && read.value.map((p) => p.text)).toEqual(SAMPLE_DRAFT.map((p) => p.text));
  });

  test("a length limit for the part under a heading gets a meter and is kept in the document", async () => {
    const doc = sampleDocument();
    renderPane(doc);
    const view = await openWritingHelp();
    const form = within(view).getByTestId("limit-form");
    await user().type(within(form).getByRole("textbox", { name: "Hoogstens" }), "tien");
    await user().click(within(form).getByRole("button", { name: "Grens toevoegen" }));
    expect(form).toHaveTextContent("Vul een heel getal in, groter dan 0.");
    expect(within(view).queryByTestId("limit-meter")).not.toBeInTheDocument();

    await user().clear(within(form).getByRole("textbox", { name: "Hoogstens" }));
    await user().type(within(form).getByRole("textbox", { name: "Hoogstens" }), "40");
    await user().selectOptions(within(form).getByRole("combobox", { name: "Voor" }), "Onze aanpak");
    await user().click(within(form).getByRole("button", { name: "Grens toevoegen" }));

    const [measure] = measureLimits(
      SAMPLE_DRAFT.map((p) => ({ text: p.text, heading: isHeading(p) })),
      [{ unit: "words", max: 40, heading: "Onze aanpak" }]
    );
    expect(measure.over).toBeGreaterThan(0);
    const meter = await within(view).findByTestId("limit-meter");
    expect(meter).toHaveAttribute("data-over", "true");
    expect(meter).toHaveTextContent("Onder ‘Onze aanpak’");
    expect(meter).toHaveTextContent(
      `${measure.count} van 40 woorden · ${measure.over} woorden te veel`
    );
    await waitFor(async () =>
      expect(await storedLimits(doc)).toEqual([{ unit: "words", max: 40, heading: "Onze aanpak" }])
    );

    await user().click(
      within(meter).getByRole("button", { name: "Grens voor Onder ‘Onze aanpak’ verwijderen" })
    );
    expect(within(view).queryByTestId("limit-meter")).not.toBeInTheDocument();
    await waitFor(async () => expect(await storedLimits(doc)).toEqual([]));
  });

  test("limits read back from the document; broken ones are dropped", async () => {
    const doc = sampleDocument();
    await doc.writeSettings({
      lengthLimits: [
        { unit: "characters", max: 5000 },
        { unit: "pages", max: 2 },
        { unit: "words", max: -1 },
        { unit: "words", max: 100, heading: "Bestaat niet meer" },
      ],
    });
    renderPane(doc);
    const view = await openWritingHelp();
    const meters = await within(view).findAllByTestId("limit-meter");
    expect(meters).toHaveLength(2);
    const characters = SAMPLE_DRAFT.reduce((n, p) => n + [...p.text].length, 0);
    expect(meters[0]).toHaveTextContent("Hele tekst");
    expect(meters[0]).toHaveTextContent(
      `${characters} van 5000 tekens · Nog ${5000 - characters} tekens over`
    );
    expect(meters[1]).toHaveTextContent("De kop ‘Bestaat niet meer’ staat niet meer in je tekst.");
  });

  test("Dutch and English strings have the same keys and slots", () => {
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const table of [writingStrings, writingHelpStrings]) {
      const { nl, en } = table as { nl: Record<string, string>; en: Record<string, string> };
      expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
      for (const key of Object.keys(nl))
        expect({ key, slots: slots(en[key]) }).toEqual({ key, slots: slots(nl[key]) });
    }
  });
});
