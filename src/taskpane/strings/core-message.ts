/**
 * Strings of the core message (§5 "Korte kernboodschap") that the pane shows before the form's
 * chunk has loaded: its place in the library, and the title of the inserted paragraph's content
 * control. The form's own strings are in core-message-form.ts, which loads with it.
 */
export const coreMessageStrings = {
  nl: {
    coreHeading: "Kernboodschap",
    coreIntro:
      "Vijf vragen, één alinea in de vorm van de korte kernboodschap uit het rapport (§5), in jouw woorden.",
    coreOpen: "Kernboodschap schrijven",
    coreLoading: "Kernboodschap laden…",
    coreLoadFailed: "Het formulier kon niet worden geladen. Je tekst is niet veranderd.",
    coreRetry: "Opnieuw laden",
    coreInsertTitle: "Argumentenhulp: kernboodschap",
  },
  en: {
    coreHeading: "Core message",
    coreIntro:
      "Five questions, one paragraph in the shape of the report’s short core message (§5), in your words.",
    coreOpen: "Write a core message",
    coreLoading: "Loading the core message…",
    coreLoadFailed: "The form could not be loaded. Your text has not changed.",
    coreRetry: "Load again",
    coreInsertTitle: "Argumentenhulp: core message",
  },
};
