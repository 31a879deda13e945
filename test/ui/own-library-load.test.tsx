/** @jest-environment jsdom */
/**
 * The own-block library comes as its own chunk. When that chunk fails to load (the add-in's host
 * unreachable) the library tab says so and offers Opnieuw laden, like the pane's other lazy views;
 * a retry loads the library without leaving the tab.
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { renderPane, sampleDocument, user } from "./pane-fixtures";

jest.setTimeout(60_000);

// The first import of the library's chunk fails as an unreachable host would make it fail.
const mockChunk = { failNext: true };
jest.mock("../../src/taskpane/own-blocks/OwnLibrarySection", () => {
  if (mockChunk.failNext) {
    mockChunk.failNext = false;
    throw new Error("ChunkLoadError: Loading chunk eigen-tekstblokken failed.");
  }
  return jest.requireActual("../../src/taskpane/own-blocks/OwnLibrarySection");
});

beforeEach(() => {
  // React logs the error its boundary caught; the test looks at what the user sees instead.
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

test("a library that fails to load says so, and Opnieuw laden loads it", async () => {
  renderPane(sampleDocument());
  await screen.findByTestId("theme-overview");
  await user().click(screen.getByRole("tab", { name: "Bibliotheek" }));
  const failed = await screen.findByTestId("own-library-load-failed");
  expect(failed).toHaveTextContent("Dit deel van het venster kon niet worden geladen.");
  await user().click(within(failed).getByRole("button", { name: "Opnieuw laden" }));
  expect(await screen.findByRole("heading", { name: "Mijn tekstblokken" })).toBeInTheDocument();
  expect(screen.queryByTestId("own-library-load-failed")).not.toBeInTheDocument();
});
