/**
 * Strings of Over and Help (the chunk `over-en-hulp`, loaded when the dialog first opens): the
 * dialog's texts. Same keys in nl and en; `{name}` is filled in with `formatString`.
 */
import { useStringTable, withPaneStrings, type StringTable } from ".";

const nl = {
  aboutTitle: "Over Argumentenhulp",
  aboutBody:
    "Argumentenhulp leest je aanvraag en laat zien welke argumenten uit het rapport De Kracht van Samen (Oranje Fonds) je tekst al maakt en welke nog ontbreken. De tekstblokken citeren het rapport letterlijk. Je tekst blijft op je eigen computer: er wordt niets verstuurd.",
  aboutVersion: "Versie {version}",
  aboutHelpLink: "Hulp en installeren",
  aboutPrivacyLink: "Privacy: wat Argumentenhulp leest en bewaart",
  aboutLinksLabel: "Meer over Argumentenhulp (opent in je browser)",
  helpTitle: "Zo werkt het",
  helpBody1: "Kies bovenaan voor wie je schrijft: gemeente, ministerie, fonds of woningcorporatie.",
  helpBody2:
    "Onder Ontbreekt staan de thema’s die je tekst nog niet noemt. Open een thema om te lezen waarom het telt en voeg een tekstblok in: het komt na de alinea waar je cursor staat.",
  helpBody3:
    "Onder Aanwezig zie je welke alinea’s een thema al onderbouwen. Met Toon spring je naar die alinea.",
  helpBody4:
    "Met Ctrl+Z in Word haal je een invoeging weer weg; soms is daar meer dan één keer Ctrl+Z voor nodig.",
  missingFeatures: "Op deze Word-versie werkt niet alles:",
};

export const infoStrings: StringTable<typeof nl> = {
  nl,
  en: {
    aboutTitle: "About Argumentenhulp",
    aboutBody:
      "Argumentenhulp reads your application and shows which arguments of the report De Kracht van Samen (Oranje Fonds) your text already makes and which are missing. The text blocks quote the report word for word. Your text stays on your own computer: nothing is sent anywhere.",
    aboutVersion: "Version {version}",
    aboutHelpLink: "Help and installing",
    aboutPrivacyLink: "Privacy: what Argumentenhulp reads and keeps",
    aboutLinksLabel: "More about Argumentenhulp (opens in your browser)",
    helpTitle: "How it works",
    helpBody1:
      "At the top, choose who you are writing to: municipality, ministry, fund or housing corporation.",
    helpBody2:
      "Missing lists the themes your text does not mention yet. Open a theme to read why it matters and insert a text block: it goes after the paragraph holding your cursor.",
    helpBody3:
      "Present shows which paragraphs already argue a theme. Show jumps to that paragraph.",
    helpBody4:
      "Press Ctrl+Z in Word to take an insert out again; it may take more than one Ctrl+Z.",
    missingFeatures: "Not everything works in this version of Word:",
  },
};

const joined = withPaneStrings(infoStrings);

/** The pane's strings and the dialog's, in the pane's language. */
export function useInfoStrings(): (typeof joined)["nl"] {
  return useStringTable(joined);
}
