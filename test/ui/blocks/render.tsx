/** Renders pane pieces the way the pane does: Fluent theme, language, and the live region. */
import "@testing-library/jest-dom";
import * as React from "react";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { AnnouncerProvider } from "../../../src/taskpane/announce";
import { LanguageContext, type Language } from "../../../src/taskpane/strings";

export function renderInPane(ui: React.ReactElement, language: Language = "nl") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageContext.Provider value={language}>
        <AnnouncerProvider>{ui}</AnnouncerProvider>
      </LanguageContext.Provider>
    </FluentProvider>,
  );
}

/** What the pane's live region says now, without the toggling no-break space it adds. */
export function announced(container: ParentNode = document): string {
  const region = container.querySelector('[data-testid="announcer"]');
  return (region?.textContent ?? "").replace(/\u00a0/g, "").trim();
}
