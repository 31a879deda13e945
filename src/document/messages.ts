/**
 * What the document port says to the user when something cannot be done, Dutch first. The port
 * always puts the Dutch text in PortError.message; the pane can show the English text instead by
 * looking the same key up with `documentMessage(key, "en")`.
 *
 * Every message says what happened and what the user can do; none blames the user, and every
 * failure message about writing says whether the text was touched.
 */
import type { PortError, PortErrorCode } from "./port";

const nl = {
  // Errors while reading or writing.
  "read-only":
    "Word staat geen wijzigingen toe in dit document: het is alleen-lezen of beveiligd. Er is niets veranderd. Open het document om te bewerken (bijvoorbeeld met ‘Document bewerken’) en probeer het opnieuw.",
  protected:
    "Op de plek van de cursor mag Word niets toevoegen, bijvoorbeeld in een vergrendeld blok. Er is niets veranderd. Zet de cursor in de gewone tekst en probeer het opnieuw.",
  "outside-body":
    "Het blok kan niet op de plek van de cursor: die staat niet in de gewone tekst (maar bijvoorbeeld in een kop- of voettekst, voetnoot of opmerking). Er is niets veranderd. Klik in de tekst van het document en probeer het opnieuw.",
  "invalid-location":
    "Die plek in het document bestaat niet (meer). Er is niets veranderd. Vernieuw de controle en probeer het opnieuw.",
  "not-found":
    "Deze alinea is intussen veranderd of verplaatst. Vernieuw de controle om de juiste plek te zien.",
  "empty-insert": "Er is geen tekst om in te voegen. Er is niets veranderd.",
  edited:
    "De ingevoegde tekst is veranderd sinds het invoegen, of staat er niet meer. Er is niets weggehaald, zodat je eigen wijzigingen blijven staan. Haal de tekst zelf weg als je hem niet wilt.",
  "partly-written":
    "Word stopte halverwege het invoegen: een deel van het blok staat al in het document. Kijk bij de cursor, haal het deel weg (of maak het ongedaan met Ctrl+Z) en probeer het opnieuw.",
  "comments-refused":
    "Word op het web weigert in dit document opmerkingen van invoegtoepassingen (een bekende fout van Word op het web). Probeer het in Word voor Windows of Mac, of voeg de opmerking zelf toe.",
  "too-large":
    "Het document is te groot om in één keer te lezen, en lezen in delen lukte ook niet. Sla het document op, sluit het en open het opnieuw; of splits het in kleinere documenten.",
  busy: "Word is nog met iets anders bezig (bijvoorbeeld opslaan of een venster). Er is niets veranderd. Wacht even en probeer het opnieuw.",
  "not-in-word":
    "Argumentenhulp kan het document niet bereiken. Open de invoegtoepassing vanuit Word en probeer het opnieuw.",
  unknown:
    "Word kon dit nu niet uitvoeren. Controleer uw document; probeer het daarna opnieuw of sla het document op en open het opnieuw.",
  "settings-save":
    "Word kon de instellingen niet in het document bewaren. Ze blijven gelden zolang de invoegtoepassing open is; sla het document op om het later opnieuw te proberen.",
  "settings-unavailable": "Dit programma kan geen instellingen in het document bewaren.",
  // What an older Word cannot do (shown in the pane instead of failing later).
  "missing-read": "Lezen en invoegen vraagt Word 2016 of nieuwer (WordApi 1.1).",
  "missing-styles":
    "Lijsten, tabellen en kopstijlen herkennen, en ingevoegde tekst de gewone tekststijl geven, vraagt WordApi 1.3: Office 2019 of nieuwer, Microsoft 365, Word op het web of Word voor Mac. Een blok na een opsommingsteken kan in deze Word de nummering overnemen.",
  "missing-comments":
    "Opmerkingen plaatsen vraagt WordApi 1.4: een actuele Microsoft 365 (versie 2208 of nieuwer), Office 2024, Word op het web of Word voor Mac 16.64 of nieuwer. Office 2019 en 2021 met een vaste licentie hebben dat niet.",
  "missing-track-changes":
    "Bijgehouden wijzigingen goed uitlezen vraagt WordApi 1.4: een actuele Microsoft 365, Office 2024, Word op het web of Word voor Mac. In deze Word kan tekst die u met ‘Wijzigingen bijhouden’ hebt geschrapt nog meetellen. Word houdt ingevoegde tekst wel bij als dat aanstaat.",
  "missing-change-events":
    "Direct meekijken bij elke wijziging vraagt WordApi 1.6: Microsoft 365 versie 2308 of nieuwer, Word op het web of Word voor Mac 16.76 of nieuwer. Argumentenhulp controleert opnieuw als u in het document klikt, of met ‘Vernieuwen’.",
  "missing-settings": "Instellingen per document bewaren kan in dit programma niet.",
  "preview-no-word":
    "Dit is de voorbeeldpagina: er is geen Word-document, alleen het voorbeelddocument hiernaast.",
} as const;

export type DocumentMessageKey = keyof typeof nl;

const en: Record<DocumentMessageKey, string> = {
  "read-only":
    "Word does not allow changes to this document: it is read-only or protected. Nothing was changed. Open the document for editing (for example with ‘Edit Document’) and try again.",
  protected:
    "Word cannot add anything where the cursor is, for example inside a locked block. Nothing was changed. Put the cursor in the ordinary text and try again.",
  "outside-body":
    "The block cannot go where the cursor is: it is not in the ordinary text (but, for example, in a header, footer, footnote or comment). Nothing was changed. Click in the document text and try again.",
  "invalid-location":
    "That place in the document does not exist (any more). Nothing was changed. Refresh the review and try again.",
  "not-found":
    "This paragraph has changed or moved in the meantime. Refresh the review to see the right place.",
  "empty-insert": "There is no text to insert. Nothing was changed.",
  edited:
    "The inserted text has changed since it went in, or is no longer there. Nothing was removed, so your own changes stay. Remove it yourself if you do not want it.",
  "partly-written":
    "Word stopped halfway through the insert: part of the block is already in the document. Look at the cursor, remove that part (or undo it with Ctrl+Z) and try again.",
  "comments-refused":
    "Word on the web refuses add-in comments in this document (a known Word on the web fault). Try it in Word for Windows or Mac, or add the comment yourself.",
  "too-large":
    "The document is too large to read at once, and reading it in parts failed too. Save, close and reopen the document, or split it into smaller documents.",
  busy: "Word is busy with something else (for example saving or a dialog). Nothing was changed. Wait a moment and try again.",
  "not-in-word":
    "Argumentenhulp cannot reach the document. Open the add-in from Word and try again.",
  unknown:
    "Word could not do this just now. Check your document; then try again, or save the document and open it again.",
  "settings-save":
    "Word could not store the settings in the document. They stay in effect while the add-in is open; save the document to try again later.",
  "settings-unavailable": "This program cannot store settings in the document.",
  "missing-read": "Reading and inserting needs Word 2016 or later (WordApi 1.1).",
  "missing-styles":
    "Recognising lists, tables and heading styles, and giving inserted text the normal text style, needs WordApi 1.3: Office 2019 or later, Microsoft 365, Word on the web or Word for Mac. In this Word a block put after a bullet may take over its numbering.",
  "missing-comments":
    "Placing comments needs WordApi 1.4: a current Microsoft 365 (version 2208 or later), Office 2024, Word on the web or Word for Mac 16.64 or later. Office 2019 and 2021 with a perpetual licence do not have it.",
  "missing-track-changes":
    "Reading tracked changes properly needs WordApi 1.4: a current Microsoft 365, Office 2024, Word on the web or Word for Mac. In this Word, text you struck out with ‘Track Changes’ may still count. Word still tracks inserted text when tracking is on.",
  "missing-change-events":
    "Following every change as you type needs WordApi 1.6: Microsoft 365 version 2308 or later, Word on the web or Word for Mac 16.76 or later. Argumentenhulp reviews again when you click in the document, or with ‘Refresh’.",
  "missing-settings": "This program cannot store settings per document.",
  "preview-no-word":
    "This is the preview page: there is no Word document, only the sample document beside it.",
};

const tables: Record<"nl" | "en", Record<DocumentMessageKey, string>> = { nl, en };

export function documentMessage(key: DocumentMessageKey, language: "nl" | "en" = "nl"): string {
  return tables[language][key];
}

/** A port error with the Dutch text for `key`; codes that are also message keys may omit it. */
export function portError(code: PortErrorCode & DocumentMessageKey): PortError;
export function portError(code: PortErrorCode, key: DocumentMessageKey): PortError;
export function portError(code: PortErrorCode, key?: DocumentMessageKey): PortError {
  return { code, message: documentMessage(key ?? (code as DocumentMessageKey)) };
}
