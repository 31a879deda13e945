/**
 * The eleven argument themes of the Oranje Fonds tip sheet on *De Kracht van Samen*.
 *
 * `why.nl` and `tip` are quoted from the seed (the fidelity test checks both), so the pane never
 * puts our words in the report's mouth; `why.en` is a faithful translation for English Word.
 * A tip is the seed's own advice for the theme: its imperative where it gives one (§4), otherwise
 * the heading the seed asks the writer to argue (§2, §3).
 */
import type { Theme } from "./types";

export const THEMES: readonly Theme[] = [
  {
    id: "relaties",
    label: { nl: "Relaties als basis", en: "Relationships as the foundation" },
    why: {
      nl: "Als mensen elkaar kennen en vertrouwen, ontstaat er meer energie in de buurt.",
      en: "When people know and trust each other, the neighbourhood gains energy.",
    },
    tip: "Relaties zijn geen bijzaak",
    sections: ["§1 Wat laat het rapport zien?", "§2 Relaties zijn geen bijzaak"],
  },
  {
    id: "bewonersregie",
    label: { nl: "Bewonersregie en eigenaarschap", en: "Residents in charge and ownership" },
    why: {
      nl: "Bewoners krijgen meer zelfvertrouwen en regie als zij ruimte krijgen om zelf mee te denken en mee te doen.",
      en: "Residents gain more self-confidence and control when they are given room to think along and take part themselves.",
    },
    tip: "Bewonersregie werkt",
    sections: ["§2 Bewonersregie werkt"],
  },
  {
    id: "kleine-stappen",
    label: { nl: "Kleine stappen, groot effect", en: "Small steps, big effect" },
    why: {
      nl: "Een ontmoeting, opruimactie, gezamenlijke maaltijd of groene plek lijkt misschien klein. Maar samen zorgen dit soort stappen voor meer contact, vertrouwen en leefbaarheid.",
      en: "A get-together, a clean-up, a shared meal or a green spot may seem small. But together, steps like these bring more contact, trust and liveability.",
    },
    tip: "Kleine stappen hebben groot effect",
    sections: ["§2 Kleine stappen hebben groot effect"],
  },
  {
    id: "tijd-continuiteit",
    label: { nl: "Tijd en continuïteit", en: "Time and continuity" },
    why: {
      nl: "Relaties moeten groeien. Samenwerking moet zich ontwikkelen. Dat past niet altijd bij korte projecten of tijdelijke subsidies.",
      en: "Relationships need to grow. Cooperation needs to develop. That does not always fit short projects or temporary grants.",
    },
    tip: "Gemeenschapskracht kost tijd",
    sections: ["§2 Gemeenschapskracht kost tijd", "§3 Continuïteit is nodig"],
  },
  {
    id: "onzichtbaar-werk",
    label: { nl: "Het werk achter de activiteiten", en: "The work behind the activities" },
    why: {
      nl: "Een activiteit is zichtbaar. Maar het echte werk zit vaak in luisteren, verbinden, vertrouwen opbouwen en bewoners helpen om zelf stappen te zetten.",
      en: "An activity is visible. But the real work often lies in listening, connecting, building trust and helping residents take steps themselves.",
    },
    tip: "Financier ook het werk achter de activiteiten",
    sections: ["§3 Financier ook het werk achter de activiteiten"],
  },
  {
    id: "maatschappelijke-waarde",
    label: { nl: "Maatschappelijke waarde", en: "Social value" },
    why: {
      nl: 'Daarmee zijn sociale initiatieven geen "extraatje" in de buurt, maar een belangrijke schakel in het versterken en vitaler maken van gemeenschappen.',
      en: 'That makes social initiatives not an "extra" in the neighbourhood, but an important link in strengthening communities and making them more vital.',
    },
    tip: "Onze aanpak levert maatschappelijke waarde op",
    sections: ["§1 Wat laat het rapport zien?", "§3 Onze aanpak levert maatschappelijke waarde op"],
  },
  {
    id: "beleidsdoelen",
    label: { nl: "Aansluiting bij beleidsdoelen", en: "Fit with policy goals" },
    why: {
      nl: "Gemeenten en fondsen willen vaak werken aan leefbaarheid, sociale basis, meedoen, preventie en onderlinge hulp. Jullie aanpak sluit daar direct op aan.",
      en: "Municipalities and funds often want to work on liveability, the social base, participation, prevention and mutual help. Your approach connects directly to that.",
    },
    tip: "Wij maken beleidsdoelen concreet",
    sections: ["§3 Wij maken beleidsdoelen concreet"],
  },
  {
    id: "resultaten",
    label: { nl: "Laat zien wat er verandert", en: "Show what changes" },
    why: {
      nl: "Kort gezegd: jullie werk zorgt ervoor dat mensen elkaar leren kennen, elkaar sneller helpen en samen meer voor elkaar krijgen.",
      en: "In short: your work makes people get to know each other, help each other sooner and achieve more together.",
    },
    tip: "Zeg niet alleen wat je organiseert, maar ook wat het oplevert.",
    sections: [
      "§1 Wat laat het rapport zien?",
      "§4 Vertaal resultaten naar je eigen praktijk",
      "§4 Laat zien wat er verandert",
    ],
  },
  {
    id: "vraag",
    label: { nl: "Wees duidelijk over wat je nodig hebt", en: "Be clear about what you need" },
    // The seed gives no reason under its §4 heading (the label); its §3 reason for the ask is this one.
    why: {
      nl: "Als we willen dat de opbrengsten blijven bestaan, is meerjarige steun nodig.",
      en: "If we want the gains to last, multi-year support is needed.",
    },
    tip: "Denk aan meerjarige financiering, de inzet van een community builder, een ontmoetingsruimte in de buurt of een gelijkwaardigere samenwerking met gemeente, woningbouw en welzijn.",
    sections: [
      "§3 Continuïteit is nodig",
      "§4 Vertaal resultaten naar je eigen praktijk",
      "§4 Wees duidelijk over wat je nodig hebt",
    ],
  },
  {
    id: "talenten",
    label: { nl: "Talenten en lokale energie", en: "Talents and local energy" },
    why: {
      nl: "Dat betekent dat we bewoners met elkaar verbinden, talenten zichtbaar maken en ruimte geven aan ideeën van bewoners zelf.",
      en: "That means we connect residents with each other, make talents visible and give room to residents' own ideas.",
    },
    tip: "Laat zien dat jullie werken vanuit bewoners, relaties, talenten en lokale energie.",
    sections: ["§4 Gebruik het rapport in je subsidieaanvraag", "§5 Korte kernboodschap"],
  },
  {
    id: "onderbouwing",
    label: { nl: "Onderbouwing met onderzoek", en: "Backed by research" },
    why: {
      nl: "Het onderzoek laat zien dat investeren in gemeenschapskracht werkt.",
      en: "The research shows that investing in community strength works.",
    },
    tip: "Verwijs naar het onderzoek als onderbouwing van je aanpak.",
    sections: ["§4 Gebruik het rapport in je subsidieaanvraag"],
  },
];
