/** The text of `argumentenhulp --help`: Dutch, for people who rarely use a terminal. */
import { AUDIENCES } from "../content/types";

export const HELP_TEXT = `Argumentenhulp — toets je subsidieaanvraag aan de thema's van het Oranje Fonds-rapport
De Kracht van Samen.

Gebruik:
  argumentenhulp review BESTAND [--audience DOELGROEP] [--max-woorden N] [--max-tekens N] [--json]
  argumentenhulp --help
  argumentenhulp --version

BESTAND is een Word-bestand (.docx) of een tekstbestand (.txt, één alinea per regel).
Gebruik - om tekst in te voeren of door te sturen, bijvoorbeeld:
  argumentenhulp review - < aanvraag.txt

Opties:
  --audience DOELGROEP  voor wie de aanvraag is: ${AUDIENCES.join(", ")}.
                        Tekstblokken die bij die doelgroep passen komen eerst.
  --blocks BIBLIOTHEEK  eigen tekstblokken (een .argumentenhulp.json uit het taakvenster)
                        komen naast die van het rapport bij hun thema's
  --max-woorden N       het formulier staat per deel (onder een kop) hoogstens N woorden
                        toe; zonder koppen geldt N voor de hele tekst
  --max-tekens N        hetzelfde in tekens, met spaties meegeteld (zoals formulieren tellen)
  --json                de beoordeling als JSON, voor andere programma's (met de
                        leesbaarheid onder "readability" en, met --max-woorden of
                        --max-tekens, de gemeten delen onder "limits")
  -h, --help            deze uitleg
  --version             het versienummer

Na de thema's volgt de leesbaarheid (Flesch-Douma, met taalniveau B1 als doel):
lange zinnen, moeilijke woorden met een eenvoudiger woord, en lijdende vormen.

Alinea's worden geteld zoals je ze leest: lege alinea's tellen niet mee, en
voetnoten en eindnoten komen na de tekst. Opmerkingen in de kantlijn worden niet gelezen.

Afsluitcodes: 0 gelukt, 2 het bestand of de opdracht klopt niet, 1 onverwachte fout.
`;
