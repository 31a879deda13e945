/**
 * The eleven argument themes of the Oranje Fonds tip sheet on *De Kracht van Samen*.
 *
 * Two kinds of text, kept apart so the pane never puts our words in the report's mouth:
 * - `reportQuote` is the report's own words, an exact quote of the seed with the section it
 *   stands in (the fidelity test checks both); the pane shows it as a quote, labelled as the
 *   report's, and in Dutch in both languages.
 * - `why`, `tip` and `stronger` are written for the pane, in plain Dutch (B1) and English: why
 *   the theme counts with a recipient, what to do (an imperative), and what a weak mention still
 *   lacks. They speak about applications in general, never about the user's project.
 */
import type { Theme } from "./types";

export const THEMES: readonly Theme[] = [
  {
    id: "relaties",
    label: { nl: "Relaties als basis", en: "Relationships as the foundation" },
    why: {
      nl: "Veel subsidiegevers tellen activiteiten; relaties tussen bewoners laten zien wat je werk echt oplevert.",
      en: "Many funders count activities; relationships between residents show what your work really achieves.",
    },
    reportQuote: {
      text: "Als mensen elkaar kennen en vertrouwen, ontstaat er meer energie in de buurt.",
      section: "§2 Relaties zijn geen bijzaak",
    },
    tip: {
      nl: "Beschrijf hoe bewoners door je werk elkaar leren kennen en vertrouwen.",
      en: "Describe how your work helps residents get to know and trust each other.",
    },
    stronger: {
      nl: "Zeg welke relaties er groeien, tussen wie, en wat dat voor de buurt betekent.",
      en: "Say which relationships grow, between whom, and what that means for the neighbourhood.",
    },
    sections: ["§1 Wat laat het rapport zien?", "§2 Relaties zijn geen bijzaak"],
  },
  {
    id: "bewonersregie",
    label: { nl: "Bewonersregie en eigenaarschap", en: "Residents in charge and ownership" },
    why: {
      nl: "Een aanvraag is sterker als bewoners zelf meedenken en beslissen, en niet alleen meedoen.",
      en: "An application is stronger when residents think along and decide themselves, not only take part.",
    },
    reportQuote: {
      text: "Bewoners krijgen meer zelfvertrouwen en regie als zij ruimte krijgen om zelf mee te denken en mee te doen.",
      section: "§2 Bewonersregie werkt",
    },
    tip: {
      nl: "Vertel wie er beslist en hoe bewoners met een eigen idee aan de slag gaan.",
      en: "Tell who decides and how residents get started with an idea of their own.",
    },
    stronger: {
      nl: "Noem een voorbeeld van iets dat bewoners zelf bedachten of besloten.",
      en: "Give an example of something residents came up with or decided themselves.",
    },
    sections: ["§2 Bewonersregie werkt"],
  },
  {
    id: "kleine-stappen",
    label: { nl: "Kleine stappen, groot effect", en: "Small steps, big effect" },
    why: {
      nl: "Kleine, laagdrempelige activiteiten lijken weinig, maar brengen vaak grotere veranderingen op gang.",
      en: "Small, low-threshold activities may look like little, but often set bigger changes in motion.",
    },
    reportQuote: {
      text: "Een ontmoeting, opruimactie, gezamenlijke maaltijd of groene plek lijkt misschien klein. Maar samen zorgen dit soort stappen voor meer contact, vertrouwen en leefbaarheid.",
      section: "§2 Kleine stappen hebben groot effect",
    },
    tip: {
      nl: "Laat zien hoe één kleine activiteit tot nieuwe contacten of ideeën leidde.",
      en: "Show how one small activity led to new contacts or ideas.",
    },
    stronger: {
      nl: "Vertel wat er na zo’n kleine stap gebeurde: wie kwam erbij en wat ontstond er?",
      en: "Tell what happened after such a small step: who joined, and what grew from it?",
    },
    sections: ["§2 Kleine stappen hebben groot effect"],
  },
  {
    id: "tijd-continuiteit",
    label: { nl: "Tijd en continuïteit", en: "Time and continuity" },
    why: {
      nl: "Vertrouwen in een buurt groeit langzaam, dus een korte subsidie is vaak niet genoeg.",
      en: "Trust in a neighbourhood grows slowly, so a short grant is often not enough.",
    },
    reportQuote: {
      text: "Relaties moeten groeien. Samenwerking moet zich ontwikkelen. Dat past niet altijd bij korte projecten of tijdelijke subsidies.",
      section: "§2 Gemeenschapskracht kost tijd",
    },
    tip: {
      nl: "Leg uit waarom je werk meer dan één jaar nodig heeft.",
      en: "Explain why your work needs more than one year.",
    },
    stronger: {
      nl: "Zeg hoe lang je steun nodig hebt en wat er verloren gaat als die stopt.",
      en: "Say how long you need support and what would be lost if it stopped.",
    },
    sections: ["§2 Gemeenschapskracht kost tijd", "§3 Continuïteit is nodig"],
  },
  {
    id: "onzichtbaar-werk",
    label: { nl: "Het werk achter de activiteiten", en: "The work behind the activities" },
    why: {
      nl: "Achter elke activiteit zit werk dat niemand ziet, zoals luisteren en mensen verbinden.",
      en: "Behind every activity lies work nobody sees, such as listening and connecting people.",
    },
    reportQuote: {
      text: "Een activiteit is zichtbaar. Maar het echte werk zit vaak in luisteren, verbinden, vertrouwen opbouwen en bewoners helpen om zelf stappen te zetten.",
      section: "§3 Financier ook het werk achter de activiteiten",
    },
    tip: {
      nl: "Noem het werk achter je activiteiten en vraag daar ook geld voor.",
      en: "Name the work behind your activities and ask for money for it too.",
    },
    stronger: {
      nl: "Beschrijf wie dat werk doet, hoeveel tijd het kost en waarom het nodig is.",
      en: "Describe who does that work, how much time it takes and why it is needed.",
    },
    sections: ["§3 Financier ook het werk achter de activiteiten"],
  },
  {
    id: "maatschappelijke-waarde",
    label: { nl: "Maatschappelijke waarde", en: "Social value" },
    why: {
      nl: "Een subsidiegever wil weten wat de buurt en de samenleving aan het werk hebben.",
      en: "A funder wants to know what the neighbourhood and society gain from the work.",
    },
    reportQuote: {
      text: "Dit rapport laat zien dat investeren in gemeenschapskracht maatschappelijke waarde oplevert.",
      section: "§3 Onze aanpak levert maatschappelijke waarde op",
    },
    tip: {
      nl: "Schrijf op wat de buurt aan je werk heeft, ook buiten je eigen groep.",
      en: "Write down what the neighbourhood gains from your work, also beyond your own group.",
    },
    stronger: {
      nl: "Maak de waarde concreet: wat gaat er beter in de buurt, en voor wie?",
      en: "Make the value concrete: what improves in the neighbourhood, and for whom?",
    },
    sections: ["§1 Wat laat het rapport zien?", "§3 Onze aanpak levert maatschappelijke waarde op"],
  },
  {
    id: "beleidsdoelen",
    label: { nl: "Aansluiting bij beleidsdoelen", en: "Fit with policy goals" },
    why: {
      nl: "Gemeenten en fondsen steunen eerder werk dat hun eigen doelen dichterbij brengt.",
      en: "Municipalities and funds more readily support work that brings their own goals closer.",
    },
    reportQuote: {
      text: "Gemeenten en fondsen willen vaak werken aan leefbaarheid, sociale basis, meedoen, preventie en onderlinge hulp.",
      section: "§3 Wij maken beleidsdoelen concreet",
    },
    tip: {
      nl: "Zoek de doelen van je ontvanger op en noem welke jouw werk dichterbij brengt.",
      en: "Look up your recipient’s goals and name the ones your work brings closer.",
    },
    stronger: {
      nl: "Noem het beleidsdoel bij naam en laat zien hoe je werk eraan bijdraagt.",
      en: "Name the policy goal and show how your work contributes to it.",
    },
    sections: ["§3 Wij maken beleidsdoelen concreet"],
  },
  {
    id: "resultaten",
    label: { nl: "Laat zien wat er verandert", en: "Show what changes" },
    why: {
      nl: "Wat er voor bewoners verandert, overtuigt meer dan een lijst met activiteiten.",
      en: "What changes for residents convinces more than a list of activities.",
    },
    reportQuote: {
      text: "Zeg niet alleen wat je organiseert, maar ook wat het oplevert.",
      section: "§4 Laat zien wat er verandert",
    },
    tip: {
      nl: "Schrijf bij je activiteiten op wat er daardoor voor bewoners verandert.",
      en: "Write down what changes for residents because of your activities.",
    },
    stronger: {
      nl: "Noem een verandering die je ziet, het liefst met een voorbeeld of een getal.",
      en: "Name a change you see, ideally with an example or a number.",
    },
    sections: [
      "§1 Wat laat het rapport zien?",
      "§4 Vertaal resultaten naar je eigen praktijk",
      "§4 Laat zien wat er verandert",
    ],
  },
  {
    id: "vraag",
    label: { nl: "Wees duidelijk over wat je nodig hebt", en: "Be clear about what you need" },
    why: {
      nl: "Een ontvanger kan pas helpen als duidelijk is wat je precies nodig hebt.",
      en: "A recipient can only help once it is clear what exactly you need.",
    },
    reportQuote: {
      text: "Denk aan meerjarige financiering, de inzet van een community builder, een ontmoetingsruimte in de buurt of een gelijkwaardigere samenwerking met gemeente, woningbouw en welzijn.",
      section: "§4 Wees duidelijk over wat je nodig hebt",
    },
    tip: {
      nl: "Schrijf op wat je vraagt: geld en voor hoe lang, een ruimte of een samenwerking.",
      en: "Write down what you ask for: money and for how long, a space or a partnership.",
    },
    stronger: {
      nl: "Maak je vraag concreet: een bedrag, een periode of wat je van de ontvanger verwacht.",
      en: "Make your ask concrete: an amount, a period, or what you expect from the recipient.",
    },
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
      nl: "Wie laat zien wat bewoners zelf kunnen, laat de kracht van een buurt zien.",
      en: "Showing what residents can do themselves shows the strength of a neighbourhood.",
    },
    reportQuote: {
      text: "Laat zien dat jullie werken vanuit bewoners, relaties, talenten en lokale energie.",
      section: "§4 Gebruik het rapport in je subsidieaanvraag",
    },
    tip: {
      nl: "Noem de talenten van bewoners die je werk dragen.",
      en: "Name the residents’ talents that carry your work.",
    },
    stronger: {
      nl: "Geef een voorbeeld van een bewoner die een talent inzet voor de buurt.",
      en: "Give an example of a resident who puts a talent to work for the neighbourhood.",
    },
    sections: ["§4 Gebruik het rapport in je subsidieaanvraag", "§5 Korte kernboodschap"],
  },
  {
    id: "onderbouwing",
    label: { nl: "Onderbouwing met onderzoek", en: "Backed by research" },
    why: {
      nl: "Een verwijzing naar onderzoek laat zien dat een aanpak op meer steunt dan eigen ervaring.",
      en: "A reference to research shows that an approach rests on more than one’s own experience.",
    },
    reportQuote: {
      text: "Verwijs naar het onderzoek als onderbouwing van je aanpak.",
      section: "§4 Gebruik het rapport in je subsidieaanvraag",
    },
    tip: {
      nl: "Noem het rapport De Kracht van Samen en zeg wat het laat zien.",
      en: "Mention the report De Kracht van Samen and say what it shows.",
    },
    stronger: {
      nl: "Zeg welk onderzoek je bedoelt en wat het over dit soort werk laat zien.",
      en: "Say which research you mean and what it shows about this kind of work.",
    },
    sections: ["§4 Gebruik het rapport in je subsidieaanvraag"],
  },
];
