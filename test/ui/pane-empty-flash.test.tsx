/** @jest-environment jsdom */
/**
 * No "Je document is nog leeg" flash while the user rewrites: after the text was cleared the pane
 * keeps its review until the document stays empty for a moment; a document that opens empty
 * shows the empty state at once (pane-states.test.tsx).
 */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import { CHANGE_PAUSE_MS } from "../../src/taskpane/hooks/useDocumentChanges";
import { EMPTY_SETTLE_MS } from "../../src/taskpane/hooks/useSettledEmpty";
import { renderPane, sampleDocument } from "./pane-fixtures";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("clearing the text to type one's own does not flash the empty state", async () => {
  const doc = sampleDocument();
  renderPane(doc);
  await screen.findByTestId("theme-overview");
  doc.setParagraphs([""]);
  // The review follows the change after its pause…
  await waitFor(() => expect(screen.getByTestId("paragraph-count")).toHaveTextContent("1"), {
    timeout: 3000,
  });
  await pause(CHANGE_PAUSE_MS);
  expect(screen.queryByTestId("empty-state")).not.toBeInTheDocument();
  // …and the user goes on typing.
  doc.setParagraphText(0, "Elke dinsdag drinken we koffie met vijftien buren.");
  await pause(CHANGE_PAUSE_MS + 400);
  expect(screen.queryByTestId("empty-state")).not.toBeInTheDocument();
  expect(screen.getByTestId("theme-overview")).toBeInTheDocument();
}, 15000);

test("a document that stays empty does show the empty state", async () => {
  const doc = sampleDocument();
  renderPane(doc);
  await screen.findByTestId("theme-overview");
  doc.setParagraphs([""]);
  expect(
    await screen.findByTestId(
      "empty-state",
      {},
      { timeout: CHANGE_PAUSE_MS + EMPTY_SETTLE_MS + 2000 }
    )
  ).toBeInTheDocument();
}, 15000);
