/** @jest-environment jsdom */
/**
 * The review follows the document: a change in the document waits for a pause in typing
 * (600 ms) before the pane reads again, and coming back to the pane reads again at once.
 */
import "@testing-library/jest-dom";
import { act, screen } from "@testing-library/react";
import { SAMPLE_DRAFT } from "../../src/preview/sample-draft";
import { CHANGE_PAUSE_MS } from "../../src/taskpane/hooks/useDocumentChanges";
import { renderPane, sampleDocument } from "./pane-fixtures";

jest.setTimeout(60_000);

async function advance(ms: number) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}

describe("auto-refresh", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("a document change is reviewed after a pause, not on every keystroke", async () => {
    const doc = sampleDocument();
    const read = jest.spyOn(doc, "readParagraphs");
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    const count = screen.getByTestId("paragraph-count");
    expect(count).toHaveTextContent(`${SAMPLE_DRAFT.length} alinea’s`);
    const readsBefore = read.mock.calls.length;

    // Three quick edits, as while typing: each restarts the pause.
    doc.insertParagraphAt(1, "Een");
    await advance(CHANGE_PAUSE_MS - 100);
    doc.setParagraphText(1, "Een nieuwe");
    await advance(CHANGE_PAUSE_MS - 100);
    doc.setParagraphText(1, "Een nieuwe alinea");
    await advance(CHANGE_PAUSE_MS - 100);
    expect(read.mock.calls.length).toBe(readsBefore);
    expect(count).toHaveTextContent(`${SAMPLE_DRAFT.length} alinea’s`);

    await advance(200);
    expect(read.mock.calls.length).toBe(readsBefore + 1);
    expect(count).toHaveTextContent(`${SAMPLE_DRAFT.length + 1} alinea’s`);
  });

  test("an edit that argues a missing theme turns it covered without pressing Vernieuwen", async () => {
    const doc = sampleDocument();
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    const mark = () => document.querySelector('[role="toolbar"] [data-theme="tijd-continuiteit"]');
    expect(mark()).toHaveAttribute("data-status", "missing");

    doc.insertParagraphAt(
      doc.paragraphs().length,
      "Je bouwt geen gemeenschap in een paar maanden. Daarvoor zijn tijd, vertrouwen en continuïteit nodig. Daarom vragen we meerjarige steun."
    );
    await advance(CHANGE_PAUSE_MS + 50);
    expect(mark()).toHaveAttribute("data-status", "covered");
  });

  test("coming back to the pane (window focus) reads the document again", async () => {
    const doc = sampleDocument();
    const read = jest.spyOn(doc, "readParagraphs");
    renderPane(doc);
    await screen.findByTestId("theme-overview");
    const readsBefore = read.mock.calls.length;
    await act(async () => {
      window.dispatchEvent(new Event("focus"));
    });
    expect(read.mock.calls.length).toBe(readsBefore + 1);
  });
});
