/** @jest-environment jsdom */
/**
 * A view in its own chunk whose load fails (the add-in's host unreachable): the pane says so,
 * a retry loads it afresh, and a view that opens over the pane can be closed from its failure.
 */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { LazyView } from "../../src/taskpane/lazy-view";
import { user } from "./pane-fixtures";

function View({ word }: { word: string }) {
  return <p>{word}</p>;
}

const labels = {
  loading: "Wordt geladen…",
  loadFailed: "Dit deel kon niet worden geladen.",
  retry: "Opnieuw proberen",
  failedTestId: "load-failed",
};

function failingOnce() {
  let calls = 0;
  return () => {
    calls++;
    return calls === 1
      ? Promise.reject(new Error("ChunkLoadError"))
      : Promise.resolve({ default: View });
  };
}

beforeEach(() => {
  // React logs the error a boundary caught; the test looks at what the user sees instead.
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

test("a failed load says so, and Opnieuw proberen loads the view", async () => {
  render(<LazyView load={failingOnce()} viewProps={{ word: "geladen" }} {...labels} />);
  expect(await screen.findByTestId("load-failed")).toHaveTextContent(labels.loadFailed);
  expect(screen.queryByRole("button", { name: "Sluiten" })).not.toBeInTheDocument();
  await user().click(screen.getByRole("button", { name: "Opnieuw proberen" }));
  expect(await screen.findByText("geladen")).toBeInTheDocument();
  expect(screen.queryByTestId("load-failed")).not.toBeInTheDocument();
});

test("with dismiss, the failure can be closed", async () => {
  const onDismiss = jest.fn();
  render(
    <LazyView
      load={failingOnce()}
      viewProps={{ word: "geladen" }}
      {...labels}
      dismiss={{ label: "Sluiten", onDismiss }}
    />
  );
  await screen.findByTestId("load-failed");
  await user().click(screen.getByRole("button", { name: "Sluiten" }));
  expect(onDismiss).toHaveBeenCalledTimes(1);
});
