/**
 * The small start that grows (seed §2) as public texts say it: in the third person, as a
 * low threshold, a small budget, a first step that leads to more. Sentences written for this
 * test from the theme's meaning; look-alikes use the same words for something else.
 */
import { matchCues, positionsByKey } from "../../src/analysis/cue-match";
import { formInfo } from "../../src/analysis/form-info";
import { polarities } from "../../src/analysis/negation";
import { tokenize } from "../../src/analysis/tokens";

function smallStepCues(text: string): string[] {
  const { tokens } = tokenize(text);
  const infos = tokens.map((token) => formInfo(token.form));
  return matchCues(infos, positionsByKey(infos), polarities(tokens))
    .filter((hit) => hit.cue.theme === "kleine-stappen" && hit.cue.weight > 0)
    .map((hit) => hit.cue.id);
}

describe("kleine-stappen in the policy voice", () => {
  const hits = [
    "de gemeente steunt initiatieven die op kleine schaal beginnen",
    "een kleinschalige activiteit in het wijkcentrum",
    "met een klein budget kunnen bewoners al veel doen",
    "een bescheiden bijdrage uit het wijkfonds",
    "ook met weinig middelen is er veel mogelijk",
    "een zwerfafvalactie kan uitgroeien tot een vaste groep",
    "het buurtfeest werkt als vliegwiel voor nieuwe plannen",
    "iedereen kan aanschuiven, zonder verplichtingen",
    "de wijkverpleging wil de drempel verlagen voor ouderen",
    "een buurtbankje bij de speeltuin",
    "het ontbijt is vaak het begin van nieuwe contacten",
  ];
  test.each(hits)("%s", (text) => {
    expect(smallStepCues(text).length).toBeGreaterThan(0);
  });

  const lookAlikes = [
    // Large sums and structural funding are no small start.
    "de gemeente trekt een structureel budget van twee miljoen uit",
    // A low level of services is no low threshold.
    "het voorzieningenniveau in de wijk is laag",
    // "Schaal" without "klein" is about size in general.
    "de aanpak wordt op grote schaal uitgerold",
    // Obligations are named, not waived.
    "de verplichtingen uit de subsidieregeling",
  ];
  test.each(lookAlikes)("no small start: %s", (text) => {
    expect(smallStepCues(text)).toEqual([]);
  });
});
