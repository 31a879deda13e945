/** @jest-environment jsdom */
/**
 * The core message in the pane: opened from the library, empty answers named at their field
 * with focus there and nothing typed lost, the draft's own sentences offered as starting
 * points, the composed paragraph previewed (the report's sentence marked), edited, inserted
 * after the cursor's paragraph with its own tag, and everything kept in the document. It inserts
 * like a block: the placement line above its button, never after a closing, the pane's banner
 * with Ongedaan maken and Toon afterwards.
 */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { reviewDocument } from "../../../src/analysis";
import { CORE_MESSAGE_REPORT_SENTENCE } from "../../../src/content/core-message";
import { SAMPLE_DRAFT } from "../../../src/preview/sample-draft";
import { settingsFrom } from "../../../src/taskpane/hooks/useDocumentSettings";
import { coreMessageStrings } from "../../../src/taskpane/strings/core-message";
import { coreMessageFormStrings } from "../../../src/taskpane/strings/core-message-form";
import { renderPane, sampleDocument, sampleIndex, user } from "../pane-fixtures";

jest.setTimeout(60_000);

async function openForm() {
  await screen.findByTestId("theme-overview");
  await user().click(screen.getByRole("tab", { name: "Bibliotheek" }));
  const section = screen.getByTestId("core-message");
  await user().click(within(section).getByRole("button", { name: "Kernboodschap schrijven" }));
  return screen.findByTestId("core-message-form");
}

async function stored(doc: ReturnType<typeof sampleDocument>) {
  const result = await doc.readSettings();
  if (!result.ok) throw new Error("settings unreadable");
  return settingsFrom(result.value).coreMessage;
}

/** The sample's own sentence the engine gives for a theme, as the form should offer it. */
function ownSentence(theme: "resultaten" | "vraag") {
  const review = reviewDocument(SAMPLE_DRAFT);
  const best = review.paragraphs
    .flatMap((p) => p.themes.filter((t) => t.id === theme).map((t) => ({ p: p.index, t })))
    .sort((a, b) => b.t.score - a.t.score)[0];
  return { n: best.p + 1, text: best.t.sentence.text.trim() };
}

describe("the core message form", () => {
  test("empty answers are named at their field, focus goes to the first, and typing is kept", async () => {
    const doc = sampleDocument();
    renderPane(doc);
    const form = await openForm();
    await user().type(within(form).getByRole("textbox", { name: "Wat jullie doen, 1" }), "koken");
    await user().click(within(form).getByRole("button", { name: "Kernboodschap maken" }));

    expect(form).toHaveTextContent("Kies voor wie je schrijft.");
    expect(form).toHaveTextContent("Vul de naam van je buurt of wijk in.");
    expect(form).toHaveTextContent("Schrijf op wat er voor bewoners verandert.");
    expect(form).toHaveTextContent("Schrijf op wat je vraagt, of kies een begin hieronder.");
    expect(form).not.toHaveTextContent("Vul minstens één ding in dat jullie doen.");
    expect(within(form).getByRole("combobox", { name: "Voor wie" })).toHaveFocus();
    expect(within(form).getByRole("textbox", { name: "Wat jullie doen, 1" })).toHaveValue("koken");
    expect(screen.queryByTestId("core-message-preview")).toBeNull();
    await waitFor(() =>
      expect(screen.getByTestId("announcer")).toHaveTextContent(
        "Nog niet ingevuld: Voor wie, Buurt of wijk, Wat er verandert voor bewoners, Wat je vraagt."
      )
    );
    // What was typed is in the document's settings, so a closed pane does not lose it either.
    await waitFor(async () => expect((await stored(doc)).fields.activities[0]).toBe("koken"));
  });

  test("composes from the answers and the draft's own sentences, previews, and inserts after the cursor", async () => {
    const doc = sampleDocument();
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    await user().selectOptions(
      screen.getByRole("combobox", { name: "Aan wie schrijf je?" }),
      "fonds"
    );
    const form = await openForm();
    // The pane's audience is the form's until the user picks another.
    expect(within(form).getByRole("combobox", { name: "Voor wie" })).toHaveValue("fonds");

    await user().type(
      within(form).getByRole("textbox", { name: "Buurt of wijk" }),
      "de Lindenbuurt"
    );
    await user().type(
      within(form).getByRole("textbox", { name: "Wat jullie doen, 1" }),
      "een huiskamer openhouden voor en door bewoners"
    );
    await user().type(
      within(form).getByRole("textbox", { name: "Wat jullie doen, 2" }),
      "buren met elkaar in contact brengen"
    );
    const changes = ownSentence("resultaten");
    await user().click(
      within(form).getByRole("button", {
        name: `Zin uit alinea ${changes.n} gebruiken voor: Wat er verandert voor bewoners`,
      })
    );
    expect(
      within(form).getByRole("textbox", { name: "Wat er verandert voor bewoners" })
    ).toHaveValue(changes.text);
    // The fund's asks come from the data; the first is multi-year funding.
    await user().click(
      within(form).getByRole("button", { name: "Gebruiken: Meerjarige financiering" })
    );
    await user().click(within(form).getByRole("button", { name: "Kernboodschap maken" }));

    const preview = await screen.findByTestId("core-message-preview");
    expect(within(preview).getByText(CORE_MESSAGE_REPORT_SENTENCE).tagName).toBe("MARK");
    expect(preview).toHaveTextContent(
      "Wij werken aan gemeenschapskracht in de Lindenbuurt. Dat betekent dat we een huiskamer openhouden voor en door bewoners en buren met elkaar in contact brengen."
    );
    expect(preview).toHaveTextContent(
      "Daarom vragen we het fonds om meerjarige financiering, zodat wat nu in de buurt groeit ook blijft bestaan."
    );

    const anchor = sampleIndex("We beginnen graag klein.");
    doc.setCursor(anchor);
    await user().click(
      within(preview).getByRole("button", {
        name: "Kernboodschap invoegen",
      })
    );
    await waitFor(() => expect(doc.paragraphs()).toHaveLength(SAMPLE_DRAFT.length + 1));
    const inserted = doc.paragraphs()[anchor + 1];
    expect(inserted.tag).toBe("argumentenhulp:core-message");
    expect(inserted.text).toContain("Wij werken aan gemeenschapskracht in de Lindenbuurt.");
    // The pane's banner says it, as for a block; the form repeats nothing.
    expect(await screen.findByTestId("insert-banner")).toHaveTextContent(
      "Kernboodschap ingevoegd na ‘We beginnen graag klein…’."
    );
    expect(within(preview).queryByTestId("status-line")).toBeNull();
    expect(screen.getByTestId("announcer")).toHaveTextContent("Kernboodschap ingevoegd na");
    await waitFor(async () => expect((await stored(doc)).text).toBe(inserted.text));
  });

  test("an edited paragraph is kept, a recompose can be undone, an emptied one is not inserted", async () => {
    const doc = sampleDocument();
    await doc.writeSettings({
      audience: "woningcorporatie",
      coreMessage: {
        fields: {
          neighbourhood: "Transvaal",
          activities: ["samen een moestuin onderhouden", "", ""],
          changes: "Oude en nieuwe bewoners leren elkaar kennen.",
          ask: "een vaste ontmoetingsruimte",
          audience: null,
        },
        text: "Mijn eigen alinea.",
        edited: true,
      },
    });
    renderPane(doc);
    const form = await openForm();
    const preview = screen.getByTestId("core-message-preview");
    expect(preview).toHaveTextContent("Mijn eigen alinea.");
    expect(preview).toHaveTextContent("Je hebt de alinea zelf aangepast.");

    await user().click(within(form).getByRole("button", { name: "Kernboodschap maken" }));
    expect(preview).toHaveTextContent(
      "Daarom vragen we de woningcorporatie om een vaste ontmoetingsruimte."
    );
    const notice = screen.getByTestId("core-message-replaced");
    await user().click(
      within(notice).getByRole("button", { name: "Mijn aangepaste alinea terug" })
    );
    expect(preview).toHaveTextContent("Mijn eigen alinea.");

    await user().click(within(preview).getByRole("button", { name: "Aanpassen" }));
    const box = within(preview).getByRole("textbox", { name: "Je kernboodschap, aan te passen" });
    await user().clear(box);
    const insert = jest.spyOn(doc, "insertParagraphs");
    await user().click(
      within(preview).getByRole("button", {
        name: "Kernboodschap invoegen",
      })
    );
    expect(preview).toHaveTextContent(
      "De alinea is leeg. Schrijf hem of maak hem opnieuw uit de velden."
    );
    expect(insert).not.toHaveBeenCalled();
    await waitFor(async () => expect(await stored(doc)).toMatchObject({ text: "", edited: true }));
  });

  test("a read-only document refuses the insert, says so, and keeps the paragraph", async () => {
    const doc = sampleDocument({ readOnly: true });
    await doc.writeSettings({
      coreMessage: { fields: {}, text: "Onze kernboodschap.", edited: true },
    });
    renderPane(doc);
    await openForm();
    const preview = screen.getByTestId("core-message-preview");
    await user().click(
      within(preview).getByRole("button", {
        name: "Kernboodschap invoegen",
      })
    );
    await waitFor(() => expect(preview).toHaveTextContent("Invoegen lukte niet."));
    expect(preview).toHaveTextContent("Onze kernboodschap.");
    expect(doc.paragraphs()).toHaveLength(SAMPLE_DRAFT.length);
    expect(screen.getByTestId("read-only-notice")).toBeInTheDocument();
  });

  test("in English the form and its messages are English", async () => {
    const doc = sampleDocument();
    renderPane(doc, "en");
    await screen.findByTestId("theme-overview");
    await user().click(screen.getByRole("tab", { name: "Library" }));
    await user().click(screen.getByRole("button", { name: "Write a core message" }));
    const form = await screen.findByTestId("core-message-form");
    await user().click(within(form).getByRole("button", { name: "Make the core message" }));
    expect(form).toHaveTextContent("Fill in the name of your neighbourhood.");
  });

  test("Dutch and English strings have the same keys and slots", () => {
    for (const table of [coreMessageStrings, coreMessageFormStrings]) {
      const { nl, en } = table as { nl: Record<string, string>; en: Record<string, string> };
      expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
      const slots = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      for (const key of Object.keys(nl))
        expect({ key, slots: slots(en[key]) }).toEqual({ key, slots: slots(nl[key]) });
    }
  });
});

/** A short letter whose last two paragraphs are its closing. */
const LETTER = [
  { style: "Heading 1", text: "Aanvraag koffieochtend" },
  "Elke dinsdag drinken we koffie in het buurthuis, met zo'n vijftien bezoekers.",
  "We vragen € 2 000 voor koffie, thee en de huur van de zaal.",
  "Met vriendelijke groet,",
  "Ria Jansen",
];
const MINE = "Onze eigen kernboodschap, zelf geschreven.";

/** The pane on `doc` with a core message already written, its form open at the preview. */
async function withWrittenMessage(doc: ReturnType<typeof sampleDocument>) {
  await doc.writeSettings({ coreMessage: { fields: {}, text: MINE, edited: true } });
  renderPane(doc);
  await openForm();
  const preview = screen.getByTestId("core-message-preview");
  const insert = within(preview).getByRole("button", {
    name: "Kernboodschap invoegen",
  });
  return { preview, insert };
}

describe("the core message inserts like a block", () => {
  test("the form says where it goes, above its insert button", async () => {
    const doc = sampleDocument();
    doc.setCursor(sampleIndex("We beginnen graag klein."));
    const { preview, insert } = await withWrittenMessage(doc);
    const line = await within(preview).findByTestId("placement-line");
    expect(line).toHaveTextContent("Komt na: ‘We beginnen graag klein…’");
    expect(line.compareDocumentPosition(insert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test("with the cursor in a letter's closing it says so and goes before the closing", async () => {
    const doc = sampleDocument({ paragraphs: LETTER });
    doc.setCursor(4);
    const { preview, insert } = await withWrittenMessage(doc);
    expect(await within(preview).findByTestId("placement-line")).toHaveTextContent(
      "Komt vóór je afsluiting ‘Met vriendelijke groet’, dus na: ‘We vragen € 2 000 voor…’"
    );
    await user().click(insert);
    await waitFor(() => expect(doc.paragraphs()).toHaveLength(LETTER.length + 1));
    expect(doc.paragraphs().map((p) => p.text)).toEqual([
      "Aanvraag koffieochtend",
      LETTER[1],
      LETTER[2],
      MINE,
      "Met vriendelijke groet,",
      "Ria Jansen",
    ]);
    expect(doc.paragraphs()[3].tag).toBe("argumentenhulp:core-message");
    expect(await screen.findByTestId("insert-banner")).toHaveTextContent(
      "Kernboodschap ingevoegd na ‘We vragen € 2 000 voor…’."
    );
  });

  test("the banner's Ongedaan maken takes the paragraph out again and keeps what the user wrote", async () => {
    const doc = sampleDocument();
    const anchor = sampleIndex("We beginnen graag klein.");
    doc.setCursor(anchor);
    const { preview, insert } = await withWrittenMessage(doc);
    await user().click(insert);
    const banner = await screen.findByTestId("insert-banner");
    expect(doc.paragraphs()[anchor + 1]).toMatchObject({
      text: MINE,
      tag: "argumentenhulp:core-message",
    });

    await user().click(within(banner).getByRole("button", { name: /^Toon/ }));
    await waitFor(() => expect(doc.selection()).toEqual({ start: anchor + 1, end: anchor + 1 }));

    await user().click(
      within(banner).getByRole("button", {
        name: "Ongedaan maken: de kernboodschap weer weghalen",
      })
    );
    await waitFor(() => expect(doc.paragraphs()).toHaveLength(SAMPLE_DRAFT.length));
    expect(doc.paragraphs().map((p) => p.text)).toEqual(SAMPLE_DRAFT.map((p) => p.text));
    expect(banner).toHaveTextContent("De kernboodschap is weer weggehaald.");
    // The form still holds the paragraph, in the pane and in the document's settings.
    expect(screen.getByTestId("core-message-preview")).toBe(preview);
    expect(preview).toHaveTextContent(MINE);
    expect(await stored(doc)).toMatchObject({ text: MINE, edited: true });
  });

  test("a core message edited in the document is not taken out, and the banner does not call it a block", async () => {
    const doc = sampleDocument();
    const anchor = sampleIndex("We beginnen graag klein.");
    doc.setCursor(anchor);
    const { insert } = await withWrittenMessage(doc);
    await user().click(insert);
    const banner = await screen.findByTestId("insert-banner");
    const edited = `${MINE} Met een zin erbij.`;
    doc.setParagraphText(anchor + 1, edited);
    await user().click(within(banner).getByRole("button", { name: /^Ongedaan maken/ }));
    const problem = await screen.findByTestId("insert-banner-problem");
    expect(problem).toHaveTextContent(
      "Ongedaan maken lukte niet. De ingevoegde tekst is veranderd"
    );
    expect(problem).not.toHaveTextContent(/tekstblok/i);
    expect(doc.paragraphs()[anchor + 1].text).toBe(edited);
  });
});
