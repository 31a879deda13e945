/**
 * A realistic first draft, written for this project: a neighbourhood living room asks its
 * gemeente for a contribution. It argues some of the report's themes (relations, residents in
 * charge, small steps, a concrete ask) and leaves others out (time and continuity, the work
 * behind the activities, research as support), and one paragraph lists activities without
 * saying what they bring about — so a newcomer sees the pane at work straight away.
 */
export interface SampleParagraph {
  text: string;
  style: "Heading 1" | "Heading 2" | "Normal";
}

export const SAMPLE_TITLE = "Aanvraag buurtbijdrage 2026 – Buurtkamer De Linde";

export const SAMPLE_DRAFT: SampleParagraph[] = [
  { style: "Heading 1", text: "Aanvraag buurtbijdrage 2026: Buurtkamer De Linde" },
  {
    style: "Normal",
    text: "Aan de gemeente Zwolle, team Wijkzaken Holtenbroek. Met deze aanvraag vragen wij een bijdrage voor de Buurtkamer De Linde, een huiskamer voor en door bewoners van de Lindenbuurt.",
  },
  { style: "Heading 2", text: "Wie zijn wij" },
  {
    style: "Normal",
    text: "De Buurtkamer is drie jaar geleden begonnen door vier buurvrouwen die vonden dat er in de Lindenbuurt te weinig plekken waren om elkaar te ontmoeten. Inmiddels zijn er achttien vrijwilligers en komen er elke week zo'n zestig bewoners over de vloer.",
  },
  { style: "Heading 2", text: "Onze aanpak" },
  {
    style: "Normal",
    text: "Bij ons draait het niet om het programma, maar om de mensen. Wie binnenloopt voor een kop koffie, leert de buren kennen. Zo groeit er vertrouwen tussen bewoners die elkaar eerst alleen van gezicht kenden, en ontstaan er relaties die ook buiten de Buurtkamer standhouden.",
  },
  {
    style: "Normal",
    text: "Bewoners bepalen zelf wat er gebeurt. Wie een idee heeft, krijgt de ruimte om het uit te voeren, met hulp van andere vrijwilligers. Zo is de taalcafé-avond ontstaan, bedacht en georganiseerd door twee moeders uit de buurt. Dat eigenaarschap maakt mensen trotser op hun buurt.",
  },
  {
    style: "Normal",
    text: "We beginnen graag klein. Een gezamenlijke maaltijd of een middag opruimen in het plantsoen lijkt weinig, maar juist zulke laagdrempelige momenten brengen mensen in beweging. Na de eerste opruimactie meldden zich drie nieuwe vrijwilligers.",
  },
  { style: "Heading 2", text: "Activiteiten in 2026" },
  {
    style: "Normal",
    text: "In 2026 organiseren wij elke dinsdag een koffieochtend, elke donderdag een gezamenlijke maaltijd, twee keer per maand een taalcafé, een repair café op zaterdag, een zomerfeest in het plantsoen en een kerstmarkt in december.",
  },
  { style: "Heading 2", text: "Wat we vragen" },
  {
    style: "Normal",
    text: "Wij vragen de gemeente een bijdrage van € 18.500 voor 2026. Daarmee betalen we de huur van de ruimte aan de Lindenlaan, de boodschappen voor de maaltijden en een kleine vergoeding voor de coördinator.",
  },
  {
    style: "Normal",
    text: "Daarnaast vragen we de gemeente om mee te denken over een vaste ontmoetingsruimte in de wijk, want het huurcontract van de huidige ruimte loopt eind 2026 af.",
  },
  { style: "Heading 2", text: "Tot slot" },
  {
    style: "Normal",
    text: "We nodigen u van harte uit om een keer langs te komen op een dinsdagochtend. De koffie staat klaar.",
  },
];
