/**
 * Strings of the core message form (the chunk `kernboodschap`): the questions, the preview and
 * inserting it. They load with that chunk, not with the pane. Same keys in nl and en; `{name}`
 * is filled in with `formatString`. The paragraph itself is always Dutch: it goes into a Dutch
 * application.
 */
import { useStringTable, withPaneStrings, type StringTable } from ".";

const nl = {
  coreAudience: "Voor wie",
  coreAudienceChoose: "Kies…",
  coreNeighbourhood: "Buurt of wijk",
  coreNeighbourhoodHint: "Komt na: ‘Wij werken aan gemeenschapskracht in …’",
  coreActivities: "Wat jullie doen (tot drie dingen)",
  coreActivitiesHint: "Elk ding komt na: ‘Dat betekent dat we …’",
  coreActivity: "Wat jullie doen, {n}",
  coreActivityExample1: "bewoners met elkaar verbinden",
  coreActivityExample2: "talenten zichtbaar maken",
  coreActivityExample3: "ruimte geven aan ideeën van bewoners zelf",
  coreChanges: "Wat er verandert voor bewoners",
  coreChangesHint: "Een of twee zinnen: wat merken bewoners ervan?",
  coreAsk: "Wat je vraagt",
  coreAskHint: "Komt na: ‘{lead}…’. Of schrijf een hele zin.",
  coreAskChooseAudience: "Kies eerst voor wie je schrijft.",
  coreAskStarts: "Begin met",
  coreFromDraft: "Uit je tekst, alinea {n}:",
  coreUseFromDraft: "Deze zin gebruiken",
  coreUseFromDraftNamed: "Zin uit alinea {n} gebruiken voor: {field}",
  coreUseAsk: "Gebruiken: {label}",
  coreCompose: "Kernboodschap maken",
  coreMissing: "Nog niet ingevuld: {fields}.",
  "coreMissing.audience": "Kies voor wie je schrijft.",
  "coreMissing.neighbourhood": "Vul de naam van je buurt of wijk in.",
  "coreMissing.activities": "Vul minstens één ding in dat jullie doen.",
  "coreMissing.changes": "Schrijf op wat er voor bewoners verandert.",
  "coreMissing.ask": "Schrijf op wat je vraagt, of kies een begin hieronder.",
  corePreviewHeading: "Je kernboodschap",
  corePreviewNote:
    "Alleen de gemarkeerde zin komt uit het rapport; de rest zijn jouw woorden. Je kunt alles nog aanpassen.",
  coreFromReport: "uit het rapport",
  coreEdit: "Aanpassen",
  coreEditLabel: "Je kernboodschap, aan te passen",
  coreEditedNote:
    "Je hebt de alinea zelf aangepast. ‘Kernboodschap maken’ zet hem weer samen uit de velden.",
  coreReplaced: "De alinea is opnieuw samengesteld uit de velden.",
  coreUndoReplace: "Mijn aangepaste alinea terug",
  coreComposed: "Kernboodschap gemaakt. Bekijk hem hieronder en voeg hem in.",
  coreEmptyText: "De alinea is leeg. Schrijf hem of maak hem opnieuw uit de velden.",
  // Where it goes is the placement line's to say (it may be before a closing, or at the end).
  coreInsert: "Invoegen",
  coreInsertLabel: "Kernboodschap invoegen",
  // The title of the content control the paragraph goes in, which Word shows.
  coreInsertTitle: "Argumentenhulp: kernboodschap",
};

export const coreMessageFormStrings: StringTable<typeof nl> = {
  nl,
  en: {
    coreAudience: "For whom",
    coreAudienceChoose: "Choose…",
    coreNeighbourhood: "Neighbourhood",
    coreNeighbourhoodHint: "Follows: ‘Wij werken aan gemeenschapskracht in …’",
    coreActivities: "What you do (up to three things)",
    coreActivitiesHint: "Each follows: ‘Dat betekent dat we …’ (in Dutch)",
    coreActivity: "What you do, {n}",
    coreActivityExample1: "bewoners met elkaar verbinden",
    coreActivityExample2: "talenten zichtbaar maken",
    coreActivityExample3: "ruimte geven aan ideeën van bewoners zelf",
    coreChanges: "What changes for residents",
    coreChangesHint: "One or two sentences (in Dutch): what do residents notice?",
    coreAsk: "What you ask",
    coreAskHint: "Follows: ‘{lead}…’ (in Dutch). Or write a whole sentence.",
    coreAskChooseAudience: "First choose whom you write to.",
    coreAskStarts: "Start with",
    coreFromDraft: "From your text, paragraph {n}:",
    coreUseFromDraft: "Use this sentence",
    coreUseFromDraftNamed: "Use the sentence from paragraph {n} for: {field}",
    coreUseAsk: "Use: {label}",
    coreCompose: "Make the core message",
    coreMissing: "Not filled in yet: {fields}.",
    "coreMissing.audience": "Choose whom you write to.",
    "coreMissing.neighbourhood": "Fill in the name of your neighbourhood.",
    "coreMissing.activities": "Fill in at least one thing you do.",
    "coreMissing.changes": "Write what changes for residents.",
    "coreMissing.ask": "Write what you ask, or choose a start below.",
    corePreviewHeading: "Your core message",
    corePreviewNote:
      "Only the marked sentence comes from the report; the rest are your words. You can still change everything.",
    coreFromReport: "from the report",
    coreEdit: "Edit",
    coreEditLabel: "Your core message, to edit",
    coreEditedNote:
      "You edited the paragraph yourself. ‘Make the core message’ composes it again from the fields.",
    coreReplaced: "The paragraph was composed again from the fields.",
    coreUndoReplace: "Bring back my edited paragraph",
    coreComposed: "Core message made. Check it below and insert it.",
    coreEmptyText: "The paragraph is empty. Write it, or make it again from the fields.",
    coreInsert: "Insert",
    coreInsertLabel: "Insert the core message",
    coreInsertTitle: "Argumentenhulp: core message",
  },
};

const joined = withPaneStrings(coreMessageFormStrings);

export type CoreMessageFormStrings = (typeof joined)["nl"];

/** The pane's strings and the form's, in the pane's language. */
export function useCoreMessageFormStrings(): CoreMessageFormStrings {
  return useStringTable(joined);
}
