/**
 * Strings of the Schrijfhulp tab that the pane shows before the view's chunk has loaded: the
 * tab's name and the loading texts. The view's own strings are in writing-help.ts, which loads
 * with it.
 */
export const writingStrings = {
  nl: {
    tabWriting: "Schrijfhulp",
    writingLoading: "Schrijfhulp laden…",
    writingLoadFailed: "De Schrijfhulp kon niet worden geladen. Je tekst is niet veranderd.",
    writingRetry: "Opnieuw laden",
  },
  en: {
    tabWriting: "Writing help",
    writingLoading: "Loading writing help…",
    writingLoadFailed: "Writing help could not be loaded. Your text has not changed.",
    writingRetry: "Load again",
  },
};
