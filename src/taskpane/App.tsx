/**
 * The task pane with its providers: Fluent's theme, the display language and the live region.
 * The same App runs inside Word (WordDocument port) and on the preview page (PreviewDocument).
 */
import * as React from "react";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import type { DocumentPort } from "../document/port";
import { AnnouncerProvider } from "./announce";
import { Pane } from "./Pane";
import { useOfficeTheme, type OfficeThemeColours } from "./hooks/useOfficeTheme";
import { LanguageContext, type Language } from "./strings";

export interface PaneProvidersProps {
  language?: Language;
  theme?: Theme;
  children: React.ReactNode;
}

export function PaneProviders({
  language = "nl",
  theme = webLightTheme,
  children,
}: PaneProvidersProps) {
  return (
    <FluentProvider theme={theme} lang={language} style={{ minHeight: "100%" }}>
      <LanguageContext.Provider value={language}>
        <AnnouncerProvider>{children}</AnnouncerProvider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}

export interface AppProps {
  port: DocumentPort;
  language?: Language;
  theme?: Theme;
  /** Inside Word: Office's theme, read again when the pane regains focus (it has no event). */
  officeTheme?: () => OfficeThemeColours;
}

export function App({ port, language, theme, officeTheme }: AppProps) {
  if (officeTheme) return <OfficeApp port={port} language={language} officeTheme={officeTheme} />;
  return (
    <PaneProviders language={language} theme={theme}>
      <Pane port={port} />
    </PaneProviders>
  );
}

function OfficeApp({
  port,
  language,
  officeTheme,
}: Omit<AppProps, "theme"> & { officeTheme: () => OfficeThemeColours }) {
  const theme = useOfficeTheme(officeTheme);
  return (
    <PaneProviders language={language} theme={theme}>
      <Pane port={port} />
    </PaneProviders>
  );
}
