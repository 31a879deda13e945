/** @jest-environment jsdom */
/**
 * The pane hooks that talk to the port, held to what Word does (issue 8, items 10–12): change
 * events ask for what changed, focus reads at most once per pause, Word's list and heading facts
 * reach the engine, settings are written once per pause and never overtaken by an older save,
 * and the theme follows Office when the pane regains focus.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { DocumentParagraph, DocumentPort, PortResult } from "../../src/document/port";
import { WordDocument } from "../../src/document/word-document";
import {
  CHANGE_PAUSE_MS,
  FOCUS_REFRESH_MS,
  useDocumentChanges,
} from "../../src/taskpane/hooks/useDocumentChanges";
import { useReview } from "../../src/taskpane/hooks/useReview";
import {
  SETTINGS_PAUSE_MS,
  useDocumentSettings,
} from "../../src/taskpane/hooks/useDocumentSettings";
import { useOfficeTheme } from "../../src/taskpane/hooks/useOfficeTheme";
import { FakeWordDocument, fakeWordHost } from "../word/fake-word";
import { fakeOffice, SETS } from "../word/office-host";

function portWith(paragraphs: DocumentParagraph[]) {
  const listeners = new Set<() => void>();
  const port = {
    readParagraphs: jest.fn(async (): Promise<PortResult<DocumentParagraph[]>> => ({
      ok: true,
      value: paragraphs,
    })),
    onChange: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as DocumentPort & { readParagraphs: jest.Mock };
  return { port, change: () => listeners.forEach((listener) => listener()) };
}

const paragraph = (text: string, facts: Partial<DocumentParagraph> = {}): DocumentParagraph => ({
  text,
  style: "Standaard",
  isHeading: false,
  isListItem: false,
  inTable: false,
  ...facts,
});

describe("10. refreshing", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("a change event asks the port for what changed only, after the pause", async () => {
    const { port, change } = portWith([]);
    const refresh = jest.fn();
    renderHook(() => useDocumentChanges(port, refresh));
    change();
    act(() => jest.advanceTimersByTime(CHANGE_PAUSE_MS));
    expect(refresh).toHaveBeenCalledWith("changed");
  });

  test("focus reads everything, but at most once per FOCUS_REFRESH_MS and not while a change waits", async () => {
    const { port, change } = portWith([]);
    const refresh = jest.fn();
    renderHook(() => useDocumentChanges(port, refresh));
    const focus = () => act(() => void window.dispatchEvent(new Event("focus")));
    focus();
    focus();
    focus();
    expect(refresh.mock.calls).toEqual([["all"]]);
    act(() => jest.advanceTimersByTime(FOCUS_REFRESH_MS));
    change();
    focus();
    expect(refresh.mock.calls).toEqual([["all"]]);
    act(() => jest.advanceTimersByTime(CHANGE_PAUSE_MS));
    expect(refresh.mock.calls).toEqual([["all"], ["changed"]]);
    focus();
    expect(refresh.mock.calls).toEqual([["all"], ["changed"], ["all"]]);
  });
});

describe("11. what the engine is told", () => {
  const ASK = "Een bijdrage voor de huur van de buurtkamer voor twee jaar lang";

  test("a list item in the normal style is judged as a list line (it takes the ask from its heading)", async () => {
    const asList = portWith([
      paragraph("Wat we vragen", { style: "Überschrift 1", isHeading: true }),
      paragraph(ASK, { isListItem: true }),
    ]);
    const { result } = renderHook(() => useReview(asList.port, null));
    await waitFor(() => expect(result.current.review).not.toBeNull());
    expect(result.current.review!.paragraphs[1].themes.map((theme) => theme.id)).toContain("vraag");

    const asProse = portWith([
      paragraph("Wat we vragen", { style: "Überschrift 1", isHeading: true }),
      paragraph(ASK),
    ]);
    const prose = renderHook(() => useReview(asProse.port, null));
    await waitFor(() => expect(prose.result.current.review).not.toBeNull());
    expect(prose.result.current.review!.paragraphs[1].themes).toEqual([]);
  });

  test("a refresh passes its scope to the port", async () => {
    const { port } = portWith([paragraph("Tekst.")]);
    const { result } = renderHook(() => useReview(port, null));
    await waitFor(() => expect(result.current.loading).toBe(false));
    await act(() => result.current.refresh("changed"));
    expect(port.readParagraphs).toHaveBeenLastCalledWith("changed");
  });
});

describe("12. settings and theme", () => {
  test("settings are written once per pause, with the latest values", async () => {
    jest.useFakeTimers();
    try {
      const writeSettings = jest.fn(async () => ({ ok: true as const, value: undefined }));
      const port = {
        readSettings: async () => ({ ok: true as const, value: {} }),
        writeSettings,
      } as unknown as DocumentPort;
      const { result } = renderHook(() => useDocumentSettings(port));
      await act(async () => undefined);
      for (const value of ["D", "De", "De B", "De Bu", "De Buurt"])
        act(() => result.current.setValues({ naam: value }));
      expect(writeSettings).not.toHaveBeenCalled();
      await act(async () => void jest.advanceTimersByTime(SETTINGS_PAUSE_MS));
      expect(writeSettings).toHaveBeenCalledTimes(1);
      expect(writeSettings.mock.calls[0]).toEqual([
        expect.objectContaining({ placeholderValues: { naam: "De Buurt" } }),
      ]);
    } finally {
      jest.useRealTimers();
    }
  });

  test("a slow save never lands after a newer one and puts the older value back", async () => {
    const model = new FakeWordDocument(["x"]);
    // The first save answers after 300 ms, the second at once: unserialised, the first lands last.
    const office = fakeOffice({ wordApiSets: SETS.microsoft365, saveDelays: [300, 0] });
    const port = new WordDocument(fakeWordHost(model), office.office);
    const writes = jest.spyOn(port, "writeSettings");
    const { result } = renderHook(() => useDocumentSettings(port, 5));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    act(() => result.current.setAudience("gemeente"));
    await waitFor(() => expect(writes).toHaveBeenCalledTimes(1));
    act(() => result.current.setAudience("fonds"));
    await waitFor(() => expect(writes).toHaveBeenCalledTimes(2), { timeout: 2000 });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(office.saved.get("argumentenhulp")).toMatchObject({ audience: "fonds" });
  });

  test("a choice still waiting when the pane closes is written then", async () => {
    const writeSettings = jest.fn(async () => ({ ok: true as const, value: undefined }));
    const port = {
      readSettings: async () => ({ ok: true as const, value: {} }),
      writeSettings,
    } as unknown as DocumentPort;
    const { result, unmount } = renderHook(() => useDocumentSettings(port, 10_000));
    await act(async () => undefined);
    act(() => result.current.setAudience("ministerie"));
    unmount();
    expect(writeSettings).toHaveBeenCalledWith(expect.objectContaining({ audience: "ministerie" }));
  });

  test("the theme follows Office when the pane regains focus (Word has no theme event)", () => {
    let colours = { bodyBackgroundColor: "#ffffff" };
    const { result } = renderHook(() => useOfficeTheme(() => colours));
    expect(result.current).toBe(webLightTheme);
    colours = { bodyBackgroundColor: "#1f1f1f" };
    act(() => void window.dispatchEvent(new Event("focus")));
    expect(result.current).toBe(webDarkTheme);
  });
});
