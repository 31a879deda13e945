/**
 * Real public paragraphs about community work come in registers: municipalities, funds,
 * housing corporations, welfare organisations, initiatives, news, research, politics. About a
 * quarter of them argue no theme (practical information, procedure, announcements), and the
 * engine must leave those empty; the rest argue their themes in the third person. Every
 * paragraph here was written for this test from ../shared/design/labelling.md.
 */
import { reviewDocument } from "../../src/analysis";
import type { ThemeId } from "../../src/content/types";

function themesOf(text: string): ThemeId[] {
  return reviewDocument([text]).paragraphs[0].themes.map((theme) => theme.id);
}

describe("paragraphs that argue no theme stay empty, in every register", () => {
  const neutral: Array<[register: string, text: string]> = [
    [
      "gemeente",
      "Het loket in het stadskantoor is open van maandag tot en met vrijdag van negen tot vijf. Voor een afspraak belt u het algemene nummer of u maakt online een afspraak met uw DigiD.",
    ],
    [
      "gemeente (procedure)",
      "Een aanvraag dient u in via het digitale formulier. Voeg een begroting en een korte planning toe. U ontvangt binnen acht weken een beslissing per e-mail.",
    ],
    [
      "fonds",
      "Aanvragen kunnen het hele jaar door worden ingediend. De commissie vergadert vier keer per jaar; de data staan op de website. Na de vergadering hoort u binnen twee weken het besluit.",
    ],
    [
      "woningcorporatie",
      "Tijdens de renovatie worden in blok C de keukens en badkamers vervangen. De werkzaamheden beginnen in maart en duren per woning ongeveer tien werkdagen. U krijgt vooraf een brief met uw planning.",
    ],
    [
      "welzijnsorganisatie",
      "Ons kantoor aan de Molenstraat is verhuisd naar de tweede verdieping van het gezondheidscentrum. Het telefoonnummer en het e-mailadres blijven hetzelfde.",
    ],
    [
      "initiatief",
      "Op zaterdag 14 juni houden we de jaarlijkse rommelmarkt op het plein. Kramen kosten vijf euro en kunnen tot 1 juni worden gereserveerd bij de penningmeester.",
    ],
    [
      "nieuws",
      "Het wijkcentrum aan de Kerkweg is vanaf volgende week drie weken gesloten voor schilderwerk. Activiteiten gaan in die periode door in de aula van de basisschool.",
    ],
    [
      "onderzoek",
      "Het lectoraat organiseert op 3 oktober een symposium in de aula van de hogeschool. Aanmelden kan tot 20 september; deelname is gratis en koffie staat klaar vanaf half tien.",
    ],
    [
      "politiek",
      "De gemeenteraad vergadert donderdag om half acht in de raadzaal. Op de agenda staan de jaarrekening, een bestemmingsplan voor het bedrijventerrein en het vaststellen van de notulen.",
    ],
  ];
  test.each(neutral)("%s", (_register, text) => {
    expect(themesOf(text)).toEqual([]);
  });
});

describe("public voices argue their themes too", () => {
  const arguing: Array<[register: string, text: string, theme: ThemeId]> = [
    [
      "gemeente",
      "Het college wil dat buurtgenoten vaker naar elkaar omkijken. Daarom steunen we initiatieven die buren met elkaar in contact brengen en het onderlinge vertrouwen in de wijk vergroten.",
      "relaties",
    ],
    [
      "fonds",
      "Wij steunen projecten die voor en door bewoners worden opgezet: zij bedenken het plan, zij beslissen hoe het geld wordt besteed en zij voeren het zelf uit.",
      "bewonersregie",
    ],
    [
      "woningcorporatie",
      "Een buurtnetwerk groeit niet in één jaar. Daarom kiezen we voor meerjarige afspraken met bewonersgroepen in plaats van losse projectsubsidies die na een jaar stoppen.",
      "tijd-continuiteit",
    ],
    [
      "onderzoek",
      "Uit het onderzoek van het kenniscentrum blijkt dat buurten met veel informele steun minder beroep doen op professionele zorg; de evaluatie onderbouwt dat met cijfers uit de wijkmonitor.",
      "onderbouwing",
    ],
  ];
  test.each(arguing)("%s → %s", (_register, text, theme) => {
    expect(themesOf(text)).toContain(theme);
  });
});
