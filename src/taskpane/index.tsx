/**
 * The task pane's entry inside Word. Office.js decides what to show: the pane on a Word that
 * can read paragraphs (WordApi 1.1), an explanation on an older Word, and a pointer to the
 * preview page anywhere else.
 */
import { createRoot } from "react-dom/client";
import { createWordDocument } from "../document";
import { App, PaneProviders } from "./App";
import { NotInWord } from "./NotInWord";
import { fluentThemeFor } from "./office-theme";
import { languageFor } from "./strings";
import { PaneFrame } from "./Pane";
import { UnsupportedState } from "./states/UnsupportedState";

void Office.onReady((info) => {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  const language = languageFor(context?.displayLanguage);
  const theme = fluentThemeFor(context?.officeTheme);
  document.documentElement.lang = language;

  if (info.host !== Office.HostType.Word) {
    root.render(<NotInWord language={language} theme={theme} />);
    return;
  }
  if (!context?.requirements?.isSetSupported("WordApi", "1.1")) {
    root.render(
      <PaneProviders language={language} theme={theme}>
        <PaneFrame>
          <UnsupportedState />
        </PaneFrame>
      </PaneProviders>
    );
    return;
  }
  root.render(
    <App
      port={createWordDocument()}
      language={language}
      officeTheme={() => Office.context.officeTheme}
    />
  );
});
