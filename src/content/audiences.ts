/**
 * Who the application is for. `emphasis` only reorders suggestions (design/themes.md): policy
 * goals for gemeente and ministerie, social value and continuity for fonds, liveability and
 * cooperation for woningcorporatie. The seed ties beleidsdoelen to "Gemeenten en fondsen" (§3);
 * for the corporation, liveability is what the seed says small steps bring (§2) and cooperation
 * with "gemeente, woningbouw en welzijn" is part of the ask (§4).
 */
import type { AudienceInfo } from "./types";

export const AUDIENCES_INFO: readonly AudienceInfo[] = [
  {
    id: "gemeente",
    label: { nl: "Gemeente", en: "Municipality" },
    emphasis: ["beleidsdoelen", "resultaten"],
  },
  {
    id: "ministerie",
    label: { nl: "Ministerie", en: "Ministry" },
    emphasis: ["beleidsdoelen", "maatschappelijke-waarde"],
  },
  {
    id: "fonds",
    label: { nl: "Fonds", en: "Fund" },
    emphasis: ["maatschappelijke-waarde", "tijd-continuiteit", "beleidsdoelen"],
  },
  {
    id: "woningcorporatie",
    label: { nl: "Woningcorporatie", en: "Housing corporation" },
    emphasis: ["kleine-stappen", "vraag", "relaties"],
  },
];
