/**
 * Strings of argument blocks, the library, inserting and review comments. Same keys in nl and en.
 * `{name}` marks a value filled in by `message()` (src/taskpane/blocks/message.ts).
 */
export const blocksStrings = {
  nl: {
    insert: "Invoegen",
    copy: "Kopiëren",

    // A block card
    blockNamed: "tekstblok {name}",
    blockPreviewLabel: "Tekst van het tekstblok",
    insertNamed: "Invoegen: tekstblok {name}",
    insertAtEnd: "Aan het einde",
    insertAtEndNamed: "Aan het einde invoegen: tekstblok {name}",
    copyNamed: "Kopiëren: tekstblok {name}",
    placeholderNote: "in te vullen: {label}",
    placeholderFilledNote: "jouw woorden voor: {label}",
    alsoThemes: "ook: {themes}",
    placeholdersToggle: "Eigen woorden invullen",
    placeholdersHint: "Leeg laten: dan blijft “{original}” staan, zoals in het rapport.",
    sourceReport: "Rapport {section}",
    fitsAudiences: "past bij: {audiences}",
    chosenAudience: "jouw keuze",
    listSeparator: ", ",

    // Inserting
    insertedAfter: "Ingevoegd na alinea {n}.",
    insertedAtStart: "Ingevoegd aan het begin van het document.",
    insertedAtEndInstead:
      "De cursor stond niet in de tekst. Ingevoegd aan het einde, na alinea {n}.",
    insertBusy: "Even geduld: er wordt nog een tekstblok ingevoegd.",
    insertFailed: "Invoegen lukte niet. {reason}",
    "portError.read-only":
      "Het document is alleen-lezen. Er is niets veranderd. Kies in Word ‘Document bewerken’ en probeer het opnieuw.",
    "portError.protected":
      "Dit deel van het document is beveiligd. Er is niets veranderd. Zet de cursor in de gewone tekst en probeer het opnieuw.",
    "portError.unsupported": "Deze versie van Word kan dit niet. Er is niets veranderd.",
    "portError.invalid-location":
      "Word kon die plek in het document niet vinden. Er is niets veranderd. Zet de cursor in een alinea en probeer het opnieuw.",
    "portError.not-found":
      "Word kon die alinea niet meer vinden. Vernieuw de controle en probeer het opnieuw.",
    "portError.unknown":
      "Word kon dit nu niet uitvoeren. Controleer je document en probeer het opnieuw.",

    // Copying
    copied: "Gekopieerd. Plak de tekst waar je wilt met Ctrl+V.",
    copyNotAllowed:
      "Kopiëren mag hier niet van Word of de browser. Selecteer de tekst van het blok en kopieer met Ctrl+C.",

    // The library
    libraryHeading: "Alle tekstblokken uit het rapport",
    librarySearch: "Zoeken in tekstblokken",
    librarySearchPlaceholder: "Bijvoorbeeld: continuïteit",
    libraryTheme: "Thema",
    libraryAllThemes: "Alle thema’s",
    libraryAudience: "Voor",
    libraryAllAudiences: "Alle ontvangers",
    libraryCountOne: "1 tekstblok",
    libraryCountMany: "{n} tekstblokken",
    libraryEmpty: "Geen tekstblokken gevonden die hierbij passen.",
    libraryEmptyHint: "Probeer een ander woord, of zoek in alle thema’s en voor alle ontvangers.",
    libraryClearFilters: "Zoekopdracht en filters wissen",

    // Review comments in the document
    commentsPlace: "Opmerkingen in document plaatsen",
    commentsRemove: "Opmerkingen verwijderen",
    commentsExplain:
      "Zet de tips als opmerkingen in je document, zodat je ze naast je tekst ziet. Eerdere opmerkingen van Argumentenhulp worden vervangen.",
    commentsNothing:
      "Er is nu niets om als opmerking te plaatsen: alle thema’s staan in je tekst en elke activiteit zegt wat ze oplevert.",
    commentsPlaced: "{n} opmerkingen geplaatst.",
    commentsPlacedOne: "1 opmerking geplaatst.",
    commentsRemoved: "{n} opmerkingen van Argumentenhulp verwijderd.",
    commentsRemovedOne: "1 opmerking van Argumentenhulp verwijderd.",
    commentsNoneToRemove: "Er stonden geen opmerkingen van Argumentenhulp in het document.",
    commentsFailed: "Dat lukte niet. {reason}",
    commentsUnsupported: "Opmerkingen plaatsen kan niet in deze versie van Word.",
    commentsUnsupportedHint: "De tips blijven hier in het deelvenster staan.",
    commentActivitiesWithoutOutcomes:
      "Argumentenhulp: Zeg niet alleen wat je organiseert, maar ook wat het oplevert. Deze alinea noemt {evidence}, maar niet wat het oplevert.",
    commentActivitiesFallback:
      "Argumentenhulp: Zeg niet alleen wat je organiseert, maar ook wat het oplevert.",
    commentMissingThemes:
      "Argumentenhulp: deze thema’s uit De Kracht van Samen ontbreken nog: {themes}.",
  },
  en: {
    insert: "Insert",
    copy: "Copy",

    blockNamed: "text block {name}",
    blockPreviewLabel: "Text of the block",
    insertNamed: "Insert: text block {name}",
    insertAtEnd: "At the end",
    insertAtEndNamed: "Insert at the end: text block {name}",
    copyNamed: "Copy: text block {name}",
    placeholderNote: "to fill in: {label}",
    placeholderFilledNote: "your words for: {label}",
    alsoThemes: "also: {themes}",
    placeholdersToggle: "Use your own words",
    placeholdersHint: "Leave empty to keep “{original}”, as in the report.",
    sourceReport: "Report {section}",
    fitsAudiences: "suits: {audiences}",
    chosenAudience: "your choice",
    listSeparator: ", ",

    insertedAfter: "Inserted after paragraph {n}.",
    insertedAtStart: "Inserted at the start of the document.",
    insertedAtEndInstead:
      "The cursor was not in the text. Inserted at the end, after paragraph {n}.",
    insertBusy: "One moment: another text block is still being inserted.",
    insertFailed: "Inserting did not work. {reason}",
    "portError.read-only":
      "The document is read-only. Nothing was changed. Choose ‘Edit Document’ in Word and try again.",
    "portError.protected":
      "This part of the document is protected. Nothing was changed. Put the cursor in the ordinary text and try again.",
    "portError.unsupported": "This version of Word cannot do this. Nothing was changed.",
    "portError.invalid-location":
      "Word could not find that place in the document. Nothing was changed. Put the cursor in a paragraph and try again.",
    "portError.not-found":
      "Word could no longer find that paragraph. Refresh the review and try again.",
    "portError.unknown": "Word could not do this just now. Check your document and try again.",

    copied: "Copied. Paste the text where you want with Ctrl+V.",
    copyNotAllowed:
      "Word or the browser does not allow copying here. Select the block’s text and copy with Ctrl+C.",

    libraryHeading: "All text blocks from the report",
    librarySearch: "Search text blocks",
    librarySearchPlaceholder: "For example: continuïteit",
    libraryTheme: "Theme",
    libraryAllThemes: "All themes",
    libraryAudience: "For",
    libraryAllAudiences: "All recipients",
    libraryCountOne: "1 text block",
    libraryCountMany: "{n} text blocks",
    libraryEmpty: "No text blocks match.",
    libraryEmptyHint: "Try another word, or search all themes and all recipients.",
    libraryClearFilters: "Clear search and filters",

    commentsPlace: "Place comments in the document",
    commentsRemove: "Remove comments",
    commentsExplain:
      "Put the tips as comments in your document, so you see them beside your text. Earlier comments from Argumentenhulp are replaced.",
    commentsNothing:
      "There is nothing to comment on now: every theme is in your text and each activity says what it brings.",
    commentsPlaced: "{n} comments placed.",
    commentsPlacedOne: "1 comment placed.",
    commentsRemoved: "{n} comments from Argumentenhulp removed.",
    commentsRemovedOne: "1 comment from Argumentenhulp removed.",
    commentsNoneToRemove: "There were no comments from Argumentenhulp in the document.",
    commentsFailed: "That did not work. {reason}",
    commentsUnsupported: "This version of Word cannot place comments.",
    commentsUnsupportedHint: "The tips stay here in the pane.",
    commentActivitiesWithoutOutcomes:
      "Argumentenhulp: Say not only what you organise, but also what it brings. This paragraph mentions {evidence}, but not what it brings.",
    commentActivitiesFallback:
      "Argumentenhulp: Say not only what you organise, but also what it brings.",
    commentMissingThemes:
      "Argumentenhulp: these themes from De Kracht van Samen are still missing: {themes}.",
  },
} satisfies Record<"nl" | "en", Record<string, string>>;
