/**
 * Strings of where a block goes, of the banner after an insert and of the preview's comments. Same keys in nl and en.
 * `{name}` marks a value filled in by `message()` (src/taskpane/blocks/message.ts).
 */
export const placementStrings = {
  nl: {
    // The card's line: where the block will go, in the user's own words.
    placeAfter: "Komt na: ‘{quote}’",
    placeBeforeClosing: "Komt vóór je afsluiting ‘{closing}’, dus na: ‘{quote}’",
    placeAtStart: "Komt bovenaan het document.",
    placeAtStartBeforeClosing: "Komt vóór je afsluiting ‘{closing}’, bovenaan het document.",
    placeAtEndOutside: "Je cursor staat niet in de tekst. Komt aan het einde, na: ‘{quote}’",
    placeAtCursor: "Komt na de alinea waar je cursor staat.",

    // The banner after an insert.
    insertedBanner: "Tekstblok {name} ingevoegd na ‘{quote}’.",
    insertedBannerAtStart: "Tekstblok {name} bovenaan het document ingevoegd.",
    undoInsert: "Ongedaan maken",
    undoInsertNamed: "Ongedaan maken: tekstblok {name} weer weghalen",
    showInserted: "Toon",
    showInsertedNamed: "Toon het ingevoegde tekstblok {name}",
    closeBanner: "Melding sluiten",
    undoneBanner: "Tekstblok {name} is weer weggehaald.",
    undoFailed: "Ongedaan maken lukte niet. {reason}",
    showInsertedFailed: "Tonen lukte niet. {reason}",
    // The preview's document shows the comments placed in it.
    previewComment: "Opmerking",
    "portError.edited":
      "De ingevoegde tekst is veranderd sinds het invoegen, of staat er niet meer. Er is niets weggehaald, zodat je eigen wijzigingen blijven staan. Haal de tekst zelf weg als je hem niet wilt.",
  },
  en: {
    placeAfter: "Goes after: ‘{quote}’",
    placeBeforeClosing: "Goes before your closing ‘{closing}’, so after: ‘{quote}’",
    placeAtStart: "Goes at the top of the document.",
    placeAtStartBeforeClosing: "Goes before your closing ‘{closing}’, at the top of the document.",
    placeAtEndOutside: "Your cursor is not in the text. Goes at the end, after: ‘{quote}’",
    placeAtCursor: "Goes after the paragraph with your cursor.",

    insertedBanner: "Text block {name} inserted after ‘{quote}’.",
    insertedBannerAtStart: "Text block {name} inserted at the top of the document.",
    undoInsert: "Undo",
    undoInsertNamed: "Undo: remove text block {name} again",
    showInserted: "Show",
    showInsertedNamed: "Show the inserted text block {name}",
    closeBanner: "Close message",
    undoneBanner: "Text block {name} has been removed again.",
    undoFailed: "Undo did not work. {reason}",
    showInsertedFailed: "Show did not work. {reason}",
    previewComment: "Comment",
    "portError.edited":
      "The inserted text has changed since it went in, or is no longer there. Nothing was removed, so your own changes stay. Remove it yourself if you do not want it.",
  },
};
