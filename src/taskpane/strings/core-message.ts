/**
 * Strings of the core message (§5 "Korte kernboodschap") that the pane shows before the form's
 * chunk has loaded: its place in the library, and the banner after inserting it. The form's own
 * strings are in core-message-form.ts, which loads with it.
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
    // The pane's banner after an insert (strings/placement.ts has a block's).
    coreInsertedBanner: "Kernboodschap ingevoegd na ‘{quote}’.",
    coreInsertedBannerAtStart: "Kernboodschap bovenaan het document ingevoegd.",
    coreUndoInsert: "Ongedaan maken: de kernboodschap weer weghalen",
    coreShowInserted: "Toon de ingevoegde kernboodschap",
    coreUndoneBanner: "De kernboodschap is weer weggehaald.",
  },
  en: {
    coreHeading: "Core message",
    coreIntro:
      "Five questions, one paragraph in the shape of the report’s short core message (§5), in your words.",
    coreOpen: "Write a core message",
    coreLoading: "Loading the core message…",
    coreLoadFailed: "The form could not be loaded. Your text has not changed.",
    coreRetry: "Load again",
    coreInsertedBanner: "Core message inserted after ‘{quote}’.",
    coreInsertedBannerAtStart: "Core message inserted at the top of the document.",
    coreUndoInsert: "Undo: remove the core message again",
    coreShowInserted: "Show the inserted core message",
    coreUndoneBanner: "The core message has been removed again.",
  },
};
