/** Opened outside Word (a browser, another Office app): explain, and point to the preview page. */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { LanguageContext, stringsFor, type Language } from "./strings";

export function NotInWord({ language, theme }: { language: Language; theme: Theme }) {
  const strings = stringsFor(language);
  return (
    <FluentProvider theme={theme} lang={language} style={{ minHeight: "100%", padding: 12 }}>
      <LanguageContext.Provider value={language}>
        <main>
          <h1 style={{ fontSize: 16, margin: "0 0 12px" }}>{strings.productName}</h1>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.notWordTitle}</MessageBarTitle> {strings.notWordBody}{" "}
              <a href="preview.html" style={{ color: tokens.colorBrandForegroundLink }}>
                {strings.notWordLink}
              </a>
            </MessageBarBody>
          </MessageBar>
        </main>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
