/**
 * The §5 core message ("Korte kernboodschap") as a shape to fill: who we are and where, what we
 * do, what changes for residents, what the report shows, that it takes time, what we ask. Only
 * the sentence that names the report is the report's, quoted from its §5 block; the time
 * sentence is §5's own turn ("Maar dit werk kost tijd."); every other word is the user's.
 *
 * The ask follows the audience. The starting points are §4's list ("meerjarige financiering,
 * de inzet van een community builder, een ontmoetingsruimte in de buurt of een
 * gelijkwaardigere samenwerking met gemeente, woningbouw en welzijn"), matched to what each
 * audience weighs (audiences.ts): continuity for a fund, a space and cooperation for a
 * housing corporation, policy goals (§3 "Gemeenten en fondsen") for a gemeente or ministerie.
 */
import { BLOCKS } from "./blocks";
import type { Audience, LocalizedText } from "./types";

/** §5's sentence about the report: the `kern-rapport-laat-zien` block, quoted in one place. */
export const CORE_MESSAGE_REPORT_SENTENCE = (() => {
  const block = BLOCKS.find((b) => b.id === "kern-rapport-laat-zien");
  if (!block) throw new Error("The §5 block kern-rapport-laat-zien is missing");
  return block.text;
})();

/** §5's turn from what works to what it needs. */
export const CORE_MESSAGE_TAKES_TIME = "Maar dit werk kost tijd.";

export interface CoreMessageAsk {
  /** The button's words. */
  label: LocalizedText;
  /** Dutch, to follow "Daarom vragen we {addressee} om …". */
  text: string;
}

export interface CoreMessageAudience {
  audience: Audience;
  /** Whom the ask sentence addresses, in "Daarom vragen we {addressee} om …". */
  addressee: string;
  /** Starting points for the ask, the one this audience weighs most first. */
  asks: CoreMessageAsk[];
}

export const CORE_MESSAGE_AUDIENCES: readonly CoreMessageAudience[] = [
  {
    audience: "gemeente",
    addressee: "de gemeente",
    asks: [
      {
        label: { nl: "Beleidsdoelen", en: "Policy goals" },
        text: "structurele steun voor ons werk, omdat het bijdraagt aan haar beleidsdoelen: een sterke sociale basis, leefbaarheid in de wijk en meedoen voor iedereen",
      },
      {
        label: { nl: "Community builder", en: "Community builder" },
        text: "de inzet van een community builder die bewoners met elkaar verbindt en hun ideeën verder helpt",
      },
    ],
  },
  {
    audience: "ministerie",
    addressee: "het ministerie",
    asks: [
      {
        label: { nl: "Landelijke doelen", en: "National goals" },
        text: "steun voor ons werk als bijdrage aan landelijke beleidsdoelen: een sterke sociale basis, minder eenzaamheid en meer meedoen",
      },
      {
        label: { nl: "Meerjarige financiering", en: "Multi-year funding" },
        text: "meerjarige financiering, zodat wat nu in de buurt groeit ook blijft bestaan",
      },
    ],
  },
  {
    audience: "fonds",
    addressee: "het fonds",
    asks: [
      {
        label: { nl: "Meerjarige financiering", en: "Multi-year funding" },
        text: "meerjarige financiering, zodat wat nu in de buurt groeit ook blijft bestaan",
      },
      {
        label: { nl: "Het werk achter de activiteiten", en: "The work behind the activities" },
        text: "steun voor het werk achter de activiteiten: contact leggen, vertrouwen opbouwen en vrijwilligers begeleiden",
      },
    ],
  },
  {
    audience: "woningcorporatie",
    addressee: "de woningcorporatie",
    asks: [
      {
        label: { nl: "Ontmoetingsruimte", en: "Meeting space" },
        text: "een vaste ontmoetingsruimte in de buurt, waar bewoners elkaar kunnen treffen en zelf iets kunnen organiseren",
      },
      {
        label: { nl: "Gelijkwaardige samenwerking", en: "Equal partnership" },
        text: "een gelijkwaardigere samenwerking met gemeente, woningcorporatie en welzijn, waarin bewoners meebeslissen",
      },
    ],
  },
];

const byAudience = new Map<Audience, CoreMessageAudience>(
  CORE_MESSAGE_AUDIENCES.map((entry) => [entry.audience, entry])
);

export function coreMessageAudience(audience: Audience): CoreMessageAudience {
  const entry = byAudience.get(audience);
  if (!entry) throw new Error(`No core message data for audience: ${audience}`);
  return entry;
}
