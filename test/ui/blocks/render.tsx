/** Renders pane pieces the way the pane does: Fluent theme, language, and the live region. */
import "@testing-library/jest-dom";
import * as React from "react";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { AnnouncerProvider } from "../../../src/taskpane/announce";
import { LanguageContext, type Language } from "../../../src/taskpane/strings";

function inPane(ui: React.ReactElement, language: Language) {
  return (
    <FluentProvider theme={webLightTheme}>
      <LanguageContext.Provider value={language}>
        <AnnouncerProvider>{ui}</AnnouncerProvider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}

export function renderInPane(ui: React.ReactElement, language: Language = "nl") {
  const result = render(inPane(ui, language));
  /** New props for the same component tree, as when the pane re-renders it. */
  const rerenderInPane = (next: React.ReactElement) => result.rerender(inPane(next, language));
  return { ...result, rerenderInPane };
}

/** What the pane's live region says now, without the toggling no-break space it adds. */
export function announced(container: ParentNode = document): string {
  const region = container.querySelector('[data-testid="announcer"]');
  return (region?.textContent ?? "").replace(/\u00a0/g, "").trim();
}
