/**
 * Strings of the own-block library (the chunk `eigen-tekstblokken`): the library section, the
 * editor, keeping and sharing. They load with that chunk, not with the pane. Same keys in nl
 * and en. Refusals of a library file come from src/own-blocks/messages.ts.
 */
import { useStringTable, withPaneStrings, type StringTable } from ".";

const nl = {
  ownHeading: "Mijn tekstblokken",
  ownIntro:
    "Je eigen zinnen naast die van het rapport. Ze blijven op deze computer bewaard; exporteer ze om ze te delen of veilig te stellen.",
  ownEmpty: "Je hebt nog geen eigen tekstblokken.",
  ownCountOne: "1 eigen tekstblok",
  ownCountMany: "{n} eigen tekstblokken",
  ownFromSelection: "Maak tekstblok van selectie",
  ownNew: "Nieuw tekstblok",
  ownNoSelection:
    "Er is geen tekst geselecteerd. Selecteer in het document de zinnen die je wilt bewaren, of typ ze hieronder.",
  ownSelectionFailed: "De selectie kon niet worden gelezen: {reason}",
  ownEdit: "Bewerken",
  ownEditNamed: "Bewerken: {title}",
  ownDuplicate: "Dupliceren",
  ownDuplicateNamed: "Dupliceren: {title}",
  ownDuplicateTitle: "{title} (kopie)",
  ownDelete: "Verwijderen",
  ownDeleteNamed: "Verwijderen: {title}",
  ownDeleted: "“{title}” is verwijderd.",
  ownUndo: "Ongedaan maken",
  ownRestored: "“{title}” is teruggezet.",
  ownSaved: "“{title}” is bewaard.",
  ownInDocumentHeading: "In dit document",
  ownInDocumentIntro:
    "Deze eigen tekstblokken staan in dit document, maar niet in jouw bibliotheek. Meestal heeft een collega ze erin gezet.",
  ownInDocumentThemes: "Thema’s: {themes}",
  ownKeep: "Zet in mijn bibliotheek",
  ownKeepNamed: "Zet in mijn bibliotheek: {title}",
  ownKept: "“{title}” staat nu in je bibliotheek.",
  ownStoredUnreadable:
    "Je bewaarde tekstblokken op deze computer konden niet worden gelezen ({reason}). Ze zijn niet gewist; importeer een export om verder te gaan.",
  ownStorageFull:
    "Je tekstblokken konden niet op deze computer worden bewaard (de opslag is vol of geblokkeerd). Ze gelden tot je het venster sluit: exporteer ze nu.",

  // The editor
  editorHeadingNew: "Nieuw tekstblok",
  editorHeadingEdit: "Tekstblok bewerken",
  editorTitle: "Titel",
  editorText: "Tekst",
  editorParagraphsHint: "Met Enter begin je een nieuwe alinea.",
  editorTextHint:
    "Zet woorden die per aanvraag verschillen tussen haken, zoals [naam buurt]: dan worden het invulvelden.",
  editorFields: "Invulvelden: {fields}",
  editorThemes: "Thema’s",
  editorAudiences: "Past bij",
  editorSave: "Bewaren",
  editorCancel: "Annuleren",
  editorProblems: "Nog niet te bewaren: {problems}.",

  // Keeping and sharing
  shareHeading: "Delen en bewaren",
  shareName: "Naam van de bibliotheek",
  shareNameDefault: "Mijn tekstblokken",
  shareExport: "Exporteren",
  shareExported: "{n} tekstblokken geëxporteerd als {file}.",
  shareImport: "Importeren…",
  shareImportMode: "Bij importeren",
  shareMerge: "Samenvoegen met mijn tekstblokken",
  shareReplace: "Mijn tekstblokken vervangen",
  shareImported: "{added} tekstblokken geïmporteerd uit {file}; {duplicates} stonden er al.",
  shareReplaced: "Je tekstblokken zijn vervangen door de {added} uit {file}.",
  shareReplaceUndo: "Vorige tekstblokken terugzetten",
  shareUnreadable: "“{file}” kon niet worden gelezen. Je bibliotheek is niet veranderd.",
};

export const ownLibraryStrings: StringTable<typeof nl> = {
  nl,
  en: {
    ownHeading: "My text blocks",
    ownIntro:
      "Your own sentences beside the report’s. They are kept on this computer; export them to share them or keep them safe.",
    ownEmpty: "You have no text blocks of your own yet.",
    ownCountOne: "1 text block of your own",
    ownCountMany: "{n} text blocks of your own",
    ownFromSelection: "Make a block from the selection",
    ownNew: "New text block",
    ownNoSelection:
      "No text is selected. Select the sentences you want to keep in the document, or type them below.",
    ownSelectionFailed: "The selection could not be read: {reason}",
    ownEdit: "Edit",
    ownEditNamed: "Edit: {title}",
    ownDuplicate: "Duplicate",
    ownDuplicateNamed: "Duplicate: {title}",
    ownDuplicateTitle: "{title} (copy)",
    ownDelete: "Delete",
    ownDeleteNamed: "Delete: {title}",
    ownDeleted: "“{title}” was deleted.",
    ownUndo: "Undo",
    ownRestored: "“{title}” is back.",
    ownSaved: "“{title}” was saved.",
    ownInDocumentHeading: "In this document",
    ownInDocumentIntro:
      "These text blocks of someone’s own are in this document, but not in your library. Usually a colleague put them there.",
    ownInDocumentThemes: "Themes: {themes}",
    ownKeep: "Put in my library",
    ownKeepNamed: "Put in my library: {title}",
    ownKept: "“{title}” is now in your library.",
    ownStoredUnreadable:
      "Your text blocks kept on this computer could not be read ({reason}). They were not erased; import an export to carry on.",
    ownStorageFull:
      "Your text blocks could not be kept on this computer (storage full or blocked). They hold until you close the pane: export them now.",

    editorHeadingNew: "New text block",
    editorHeadingEdit: "Edit text block",
    editorTitle: "Title",
    editorText: "Text",
    editorParagraphsHint: "Press Enter to start a new paragraph.",
    editorTextHint:
      "Put words that differ per application in brackets, like [name of neighbourhood]: they become fields to fill in.",
    editorFields: "Fields: {fields}",
    editorThemes: "Themes",
    editorAudiences: "Suits",
    editorSave: "Save",
    editorCancel: "Cancel",
    editorProblems: "Cannot be saved yet: {problems}.",

    shareHeading: "Share and keep",
    shareName: "Name of the library",
    shareNameDefault: "My text blocks",
    shareExport: "Export",
    shareExported: "{n} text blocks exported as {file}.",
    shareImport: "Import…",
    shareImportMode: "When importing",
    shareMerge: "Merge with my text blocks",
    shareReplace: "Replace my text blocks",
    shareImported: "{added} text blocks imported from {file}; {duplicates} were already there.",
    shareReplaced: "Your text blocks were replaced by the {added} from {file}.",
    shareReplaceUndo: "Put the previous text blocks back",
    shareUnreadable: "“{file}” could not be read. Your library is unchanged.",
  },
};

const joined = withPaneStrings(ownLibraryStrings);

export type OwnLibraryStrings = (typeof joined)["nl"];

/** The pane's strings and the library's, in the pane's language. */
export function useOwnLibraryStrings(): OwnLibraryStrings {
  return useStringTable(joined);
}
