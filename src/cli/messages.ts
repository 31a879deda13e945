/**
 * Every Dutch sentence the command prints about input and usage, in one place, so wording
 * stays consistent and an English table can follow. One line each: stderr gets one line.
 */
import { AUDIENCES } from "../content/types";

const HELP_HINT = "Meer uitleg: argumentenhulp --help";

export const messages = {
  noCommand: `Geef een bestand op om te beoordelen, bijvoorbeeld: argumentenhulp review aanvraag.docx. ${HELP_HINT}`,
  unknownCommand: (command: string) =>
    `Onbekende opdracht "${command}". Bedoel je: argumentenhulp review ${command}? ${HELP_HINT}`,
  noFile: `Geef na "review" het bestand op (.docx of .txt), of - om tekst in te voeren. ${HELP_HINT}`,
  tooManyFiles: (extra: string) =>
    `Geef één bestand tegelijk op; "${extra}" is er één te veel. ${HELP_HINT}`,
  unknownOption: (option: string) => `Onbekende optie "${option}". ${HELP_HINT}`,
  optionNeedsValue: (option: string, example: string) =>
    `De optie ${option} heeft een waarde nodig, bijvoorbeeld ${option}=${example}. ${HELP_HINT}`,
  optionTakesNoValue: (option: string) => `De optie ${option} krijgt geen waarde. ${HELP_HINT}`,
  optionTwice: (option: string) => `De optie ${option} staat er twee keer. ${HELP_HINT}`,
  badLimit: (option: string, value: string) =>
    `De optie ${option} verwacht een heel getal groter dan 0, bijvoorbeeld ${option} 2500; "${value}" is dat niet.`,
  unknownAudience: (audience: string) =>
    `Onbekende doelgroep "${audience}". Kies uit: ${AUDIENCES.join(", ")}.`,

  fileNotFound: (file: string) =>
    `Het bestand "${file}" bestaat niet. Controleer de naam en de map.`,
  isDirectory: (file: string) =>
    `"${file}" is een map, geen bestand. Geef een .docx- of .txt-bestand op.`,
  noAccess: (file: string) =>
    `Het bestand "${file}" mag niet worden gelezen. Controleer de rechten op het bestand.`,
  cannotRead: (file: string) => `Het bestand "${file}" kan niet worden gelezen.`,

  pdf: (file: string) =>
    `"${file}" is een pdf. Argumentenhulp leest Word-bestanden (.docx) en tekst (.txt): open je aanvraag in Word en sla hem op als .docx.`,
  oldWord: (file: string) =>
    `"${file}" is een ouder Word-bestand (.doc). Open het in Word en kies Opslaan als → Word-document (.docx).`,
  encrypted: (file: string) =>
    `"${file}" is met een wachtwoord beveiligd. Haal in Word het wachtwoord eraf (Bestand → Info → Document beveiligen) en sla het opnieuw op.`,
  openDocument: (file: string) =>
    `"${file}" is een OpenDocument-bestand. Sla het op als Word-document (.docx) en probeer het opnieuw.`,
  unknownType: (file: string) =>
    `Argumentenhulp kan "${file}" niet lezen: gebruik een Word-bestand (.docx) of een tekstbestand (.txt).`,
  notWord: (file: string) =>
    `"${file}" is geen geldig Word-bestand of is beschadigd. Open het in Word en sla het opnieuw op als .docx.`,
  notText: (file: string) =>
    `"${file}" bevat geen leesbare tekst. Gebruik een tekstbestand (.txt) of een Word-bestand (.docx).`,
  empty: (file: string) =>
    `"${file}" bevat geen tekst om te beoordelen. Schrijf eerst een paar alinea's.`,
  stdinName: "de invoer",

  unexpected: (detail: string) =>
    `Er ging onverwacht iets mis (${detail}). Je bestand is niet veranderd; probeer het opnieuw of meld dit.`,
  stdinPrompt: "Typ of plak je tekst en sluit af met Ctrl+D (Windows: Ctrl+Z en Enter).",
};
