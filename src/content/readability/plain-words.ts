/**
 * Office and policy words a volunteer's reader stumbles over, each with a plainer way to say
 * it. Written for this project from B1 writing advice; the report's own theme words are
 * never listed here (a test holds that), because the user wants them in the application.
 *
 * An entry is "term term ...": the terms must stand side by side; a term is a word form or
 * alternatives joined by "|". Forms are written as the engine reads them: lowercase, no
 * accents. `plain` is the plainer wording to suggest.
 */
export interface PlainWord {
  words: string;
  plain: string;
}

export const PLAIN_WORDS: readonly PlainWord[] = [
  {
    words: "faciliteren|faciliteert|faciliteerde|faciliteerden|gefaciliteerd",
    plain: "mogelijk maken, helpen",
  },
  { words: "middels", plain: "met, door" },
  { words: "teneinde", plain: "om" },
  { words: "derhalve", plain: "daarom" },
  { words: "dientengevolge", plain: "daardoor" },
  { words: "omtrent", plain: "over" },
  { words: "alsmede", plain: "en, ook" },
  { words: "tevens", plain: "ook" },
  { words: "echter", plain: "maar" },
  { words: "indien", plain: "als" },
  { words: "ingevolge", plain: "volgens" },
  { words: "conform", plain: "volgens" },
  { words: "inzake", plain: "over" },
  { words: "aangaande", plain: "over" },
  { words: "hetgeen", plain: "wat" },
  { words: "dusdanig", plain: "zo" },
  { words: "reeds", plain: "al" },
  { words: "thans", plain: "nu" },
  { words: "ten behoeve van", plain: "voor" },
  { words: "ten aanzien van", plain: "over" },
  { words: "met betrekking tot", plain: "over" },
  { words: "in het kader van", plain: "bij, voor" },
  { words: "op het gebied van", plain: "bij, in" },
  { words: "naar aanleiding van", plain: "na, door" },
  { words: "ter beschikking stellen|gesteld", plain: "geven" },
  { words: "inzetten|ingezet|inzet op", plain: "werken aan, kiezen voor" },
  { words: "zetten|zet in op", plain: "werken aan, kiezen voor" },
  { words: "zelfredzaamheid|zelfredzaam|zelfredzame", plain: "zichzelf redden" },
  {
    words: "implementeren|implementeert|geimplementeerd|implementatie",
    plain: "invoeren, uitvoeren",
  },
  { words: "realiseren|realiseert|gerealiseerd|realisatie", plain: "maken, bereiken" },
  { words: "optimaliseren|optimaliseert|geoptimaliseerd|optimalisatie", plain: "verbeteren" },
  { words: "stimuleren|stimuleert|gestimuleerd", plain: "helpen, aanmoedigen" },
  {
    words: "intensiveren|intensiveert|geintensiveerd|intensivering",
    plain: "meer doen, uitbreiden",
  },
  { words: "genereren|genereert|gegenereerd", plain: "opleveren, maken" },
  { words: "initieren|initieert|geinitieerd", plain: "beginnen, opzetten" },
  { words: "monitoren|monitort|gemonitord|monitoring", plain: "volgen, bijhouden" },
  { words: "borgen|borgt|geborgd|borging", plain: "vastleggen, zorgen dat het blijft" },
  { words: "verduurzamen|verduurzaming", plain: "zuiniger maken" },
  { words: "doelgroep|doelgroepen", plain: "de mensen voor wie het is" },
  { words: "stakeholders|stakeholder|belanghebbenden", plain: "betrokkenen, partners" },
  { words: "synergie", plain: "samen meer bereiken" },
  { words: "integraal|integrale", plain: "samenhangend, alles samen" },
  { words: "laagdrempelig|laagdrempelige", plain: "makkelijk te bereiken, voor iedereen open" },
  { words: "randvoorwaarden|randvoorwaarde", plain: "voorwaarden, wat nodig is" },
  { words: "prioriteit|prioriteiten|prioriteren", plain: "wat eerst komt" },
  { words: "evalueren|evalueert|geevalueerd", plain: "terugkijken, nagaan" },
  { words: "adequaat|adequate", plain: "goed, passend" },
  { words: "cruciaal|cruciale", plain: "heel belangrijk" },
  { words: "frequent|frequente", plain: "vaak" },
  { words: "trachten|tracht", plain: "proberen" },
  { words: "verstrekken|verstrekt", plain: "geven" },
  { words: "verwerven|verworven", plain: "krijgen" },
  { words: "aanwenden|aangewend", plain: "gebruiken" },
  { words: "benutten|benut", plain: "gebruiken" },
  { words: "bewerkstelligen|bewerkstelligt", plain: "zorgen voor" },
  { words: "dienen te", plain: "moeten" },
  { words: "alvorens", plain: "voordat" },
  { words: "woonachtig", plain: "wonend" },
  { words: "in samenspraak met", plain: "samen met" },
  { words: "op grond van", plain: "door, volgens" },
  { words: "zorgdragen|zorgdraagt|draagt|dragen zorg", plain: "zorgen" },
  { words: "outreachend|outreachende", plain: "op mensen af" },
  { words: "multidisciplinair|multidisciplinaire", plain: "met mensen uit verschillende vakken" },
  { words: "voorliggende", plain: "deze" },
  { words: "onderhavige", plain: "deze" },
];
