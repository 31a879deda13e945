/**
 * Every argument block of the seed, quoted exactly: the §2 sentences after "Gebruik dit
 * argument:", the quoted examples of §3 and §4, and the §5 core message (whole, and in three
 * exact slices for a shorter insert). Only the typographic quotes around a quote are dropped;
 * a quote without a final full stop in the seed has none here either.
 *
 * Audiences: §3 is addressed to all four and §5 is the message for any partner; the other
 * blocks suit the audiences whose emphasis (audiences.ts) meets one of their themes, or all
 * four when none does. Placeholders mark the seed's own words the user may swap for theirs;
 * each `original` occurs exactly once in its block.
 */
import type { ArgumentBlock, Audience } from "./types";

const ALL: Audience[] = ["gemeente", "ministerie", "fonds", "woningcorporatie"];

const NEIGHBOURHOOD = {
  key: "buurt",
  label: { nl: "naam van je buurt of wijk", en: "name of your neighbourhood" },
};

export const BLOCKS: readonly ArgumentBlock[] = [
  {
    id: "relaties-basis",
    text: "Onze aanpak draait niet alleen om activiteiten organiseren. We bouwen aan relaties. Die relaties zijn de basis voor een sterkere buurt.",
    themes: ["relaties"],
    audiences: ["woningcorporatie"],
    section: "§2 Relaties zijn geen bijzaak",
    placeholders: [],
  },
  {
    id: "bewoners-nemen-initiatief",
    text: "Bewoners weten zelf goed wat er speelt in hun buurt. Als zij ruimte krijgen om initiatief te nemen, groeit het eigenaarschap.",
    themes: ["bewonersregie"],
    audiences: ALL,
    section: "§2 Bewonersregie werkt",
    placeholders: [],
  },
  {
    id: "klein-begin",
    text: "Wat klein begint, kan veel in beweging brengen. Een activiteit is vaak het begin van nieuwe contacten, ideeën en samenwerking.",
    themes: ["kleine-stappen"],
    audiences: ["woningcorporatie"],
    section: "§2 Kleine stappen hebben groot effect",
    placeholders: [],
  },
  {
    id: "gemeenschap-kost-tijd",
    text: "Je bouwt geen gemeenschap in een paar maanden. Daarvoor zijn tijd, vertrouwen en continuïteit nodig.",
    themes: ["tijd-continuiteit"],
    audiences: ["fonds"],
    section: "§2 Gemeenschapskracht kost tijd",
    placeholders: [],
  },
  {
    id: "maatschappelijke-waarde",
    text: "Dit rapport laat zien dat investeren in gemeenschapskracht maatschappelijke waarde oplevert. Onze aanpak draagt bij aan meer verbinding, meer bewonersregie en een sterkere buurt.",
    themes: ["maatschappelijke-waarde", "onderbouwing"],
    audiences: ALL,
    section: "§3 Onze aanpak levert maatschappelijke waarde op",
    placeholders: [
      {
        key: "rapport",
        label: { nl: "naam van het rapport", en: "name of the report" },
        original: "Dit rapport",
      },
    ],
  },
  {
    id: "beleidsdoelen-sociale-basis",
    text: "Onze aanpak draagt bij aan diverse beleidsdoelen. We versterken de sociale basis door bewoners met elkaar te verbinden en initiatief van onderop mogelijk te maken.",
    themes: ["beleidsdoelen"],
    audiences: ALL,
    section: "§3 Wij maken beleidsdoelen concreet",
    placeholders: [
      {
        key: "beleidsdoelen",
        label: { nl: "welke beleidsdoelen", en: "which policy goals" },
        original: "diverse beleidsdoelen",
      },
    ],
  },
  {
    id: "onzichtbaar-werk",
    text: "Om activiteiten mogelijk te maken, is onzichtbaar werk nodig: contact leggen, vertrouwen opbouwen, mensen verbinden en ideeën verder brengen. Ook dat werk verdient ondersteuning.",
    themes: ["onzichtbaar-werk"],
    audiences: ALL,
    section: "§3 Financier ook het werk achter de activiteiten",
    placeholders: [],
  },
  {
    id: "meerjarige-steun",
    text: "Als we willen dat de opbrengsten blijven bestaan, is meerjarige steun nodig. Tijdelijke financiering helpt om iets te starten, maar continuïteit is nodig om het te laten groeien.",
    themes: ["tijd-continuiteit", "vraag"],
    audiences: ALL,
    section: "§3 Continuïteit is nodig",
    placeholders: [],
  },
  {
    id: "community-builder",
    text: "Door een community builder aan te stellen versterken we de sociale verbanden in onze buurt, waardoor er meer verbinding tussen mensen komt en er een voedingsbodem ontstaat voor nieuwe initiatieven",
    themes: ["resultaten", "vraag"],
    audiences: ["gemeente", "woningcorporatie"],
    section: "§4 Vertaal resultaten naar je eigen praktijk",
    placeholders: [{ ...NEIGHBOURHOOD, original: "onze buurt" }],
  },
  {
    id: "netwerk-actieve-bewoners",
    text: "Door een netwerk te vormen van actieve bewoners en lokale initiatieven versterken wij het sociale weefsel in onze buurt",
    themes: ["resultaten", "relaties", "talenten"],
    audiences: ["gemeente", "woningcorporatie"],
    section: "§4 Vertaal resultaten naar je eigen praktijk",
    placeholders: [{ ...NEIGHBOURHOOD, original: "onze buurt" }],
  },
  {
    id: "wat-er-verandert",
    text: "Wij organiseren wekelijkse buurtactiviteiten en ondersteunen bewoners die zelf met een idee komen. Daardoor ontmoeten bewoners elkaar vaker, ontstaan nieuwe contacten en durven bewoners zelf vaker iets op te pakken.",
    themes: ["resultaten", "bewonersregie"],
    audiences: ["gemeente"],
    section: "§4 Laat zien wat er verandert",
    placeholders: [
      {
        key: "activiteiten",
        label: { nl: "wat jullie organiseren", en: "what you organise" },
        original: "wekelijkse buurtactiviteiten",
      },
    ],
  },
  {
    id: "kernboodschap",
    text: "Wij werken aan gemeenschapskracht in de buurt. Dat betekent dat we bewoners met elkaar verbinden, talenten zichtbaar maken en ruimte geven aan ideeën van bewoners zelf. Het rapport De Kracht van Samen laat zien dat deze aanpak werkt: bewoners voelen zich meer gezien, netwerken groeien en er ontstaan meer activiteiten en ontmoetingsplekken. Maar dit werk kost tijd. Daarom zoeken we partners die niet alleen losse activiteiten willen steunen, maar ook willen investeren in de relaties en continuïteit die nodig zijn om een sterke buurt te bouwen.",
    themes: [
      "talenten",
      "relaties",
      "bewonersregie",
      "onderbouwing",
      "resultaten",
      "tijd-continuiteit",
      "vraag",
    ],
    audiences: ALL,
    section: "§5 Korte kernboodschap",
    placeholders: [{ ...NEIGHBOURHOOD, original: "de buurt" }],
  },
  {
    id: "kern-talenten-zichtbaar",
    text: "Wij werken aan gemeenschapskracht in de buurt. Dat betekent dat we bewoners met elkaar verbinden, talenten zichtbaar maken en ruimte geven aan ideeën van bewoners zelf.",
    themes: ["talenten", "relaties", "bewonersregie"],
    audiences: ALL,
    section: "§5 Korte kernboodschap",
    placeholders: [{ ...NEIGHBOURHOOD, original: "de buurt" }],
  },
  {
    id: "kern-rapport-laat-zien",
    text: "Het rapport De Kracht van Samen laat zien dat deze aanpak werkt: bewoners voelen zich meer gezien, netwerken groeien en er ontstaan meer activiteiten en ontmoetingsplekken.",
    themes: ["onderbouwing", "resultaten"],
    audiences: ALL,
    section: "§5 Korte kernboodschap",
    placeholders: [],
  },
  {
    id: "kern-partners-continuiteit",
    text: "Maar dit werk kost tijd. Daarom zoeken we partners die niet alleen losse activiteiten willen steunen, maar ook willen investeren in de relaties en continuïteit die nodig zijn om een sterke buurt te bouwen.",
    themes: ["tijd-continuiteit", "vraag", "relaties"],
    audiences: ALL,
    section: "§5 Korte kernboodschap",
    placeholders: [],
  },
];
