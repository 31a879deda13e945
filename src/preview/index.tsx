/**
 * The preview page's entry: the task pane beside an editable sample draft, running without
 * Word and without Office.js: outside Office it only opens a telemetry frame to Microsoft,
 * and the product sends nothing anywhere. `?lang=en` shows the English strings,
 * `?theme=dark|light` overrides the system's colour scheme; choices are kept in localStorage.
 */
import { createRoot } from "react-dom/client";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { PreviewDocument, type PreviewStorage } from "../document";
import { PaneProviders } from "../taskpane/App";
import { languageFor, stringsFor } from "../taskpane/strings";
import { PreviewPage } from "./PreviewPage";
import { SAMPLE_DRAFT } from "./sample-draft";

function storage(): PreviewStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage blocked (private mode, file://): the preview still works, it just forgets.
    return undefined;
  }
}

function start() {
  const container = document.getElementById("root");
  if (!container) return;
  const params = new URLSearchParams(window.location.search);
  const language = languageFor(params.get("lang") ?? "nl");
  const dark = params.has("theme")
    ? params.get("theme") === "dark"
    : window.matchMedia?.("(prefers-color-scheme: dark)").matches === true;
  document.documentElement.lang = language;
  document.title = stringsFor(language).previewTitle;
  const doc = new PreviewDocument({ paragraphs: SAMPLE_DRAFT, storage: storage() });
  createRoot(container).render(
    <PaneProviders language={language} theme={dark ? webDarkTheme : webLightTheme}>
      <PreviewPage doc={doc} />
    </PaneProviders>
  );
}

start();
