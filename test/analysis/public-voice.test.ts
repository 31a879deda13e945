/**
 * Public Dutch texts (municipal pages, funds, knowledge institutes, local news) argue the
 * themes in the third person and in policy words, not in an applicant's "wij". These
 * sentences are written for this test from the themes' meaning.
 */
import { reviewDocument } from "../../src/analysis";
import { matchCues, positionsByKey } from "../../src/analysis/cue-match";
import { paragraphFeatures } from "../../src/analysis/paragraph";
import { formInfo } from "../../src/analysis/form-info";
import { polarities } from "../../src/analysis/negation";
import { tokenize } from "../../src/analysis/tokens";

function cueThemes(text: string): string[] {
  const { tokens } = tokenize(text);
  const infos = tokens.map((token) => formInfo(token.form));
  const hits = matchCues(infos, positionsByKey(infos), polarities(tokens));
  return [...new Set(hits.filter((hit) => hit.cue.weight > 0).map((hit) => hit.cue.theme))];
}

function themesOf(text: string): string[] {
  return reviewDocument([text]).paragraphs[0].themes.map((theme) => theme.id);
}

describe("the lexicon knows the policy voice", () => {
  const hits: Array<[string, string]> = [
    ["het vertrouwen tussen inwoners groeit langzaam", "relaties"],
    ["informele netwerken in de wijk", "relaties"],
    ["de opbouwwerker brengt buurtgenoten met elkaar in contact", "onzichtbaar-werk"],
    ["de buurtwerkers gaan huis aan huis", "onzichtbaar-werk"],
    ["opbouwwerkers vangen signalen op", "onzichtbaar-werk"],
    ["ophalen wat er leeft in de straat", "onzichtbaar-werk"],
    ["inwoners beslissen zelf over het budget", "bewonersregie"],
    ["een buurthuis voor en door de buurt", "bewonersregie"],
    ["de raad is per brief verzocht om een buurtrecht", "vraag"],
    ["de fondsen roepen op tot meerjarige steun", "vraag"],
    ["een kleine ingreep met een groot effect", "kleine-stappen"],
    ["de wijkcentra dreigen te sluiten door bezuinigingen", "tijd-continuiteit"],
    ["het rapport laat zien dat de aanpak werkt", "onderbouwing"],
    ["de toegevoegde waarde van het buurthuis", "maatschappelijke-waarde"],
    ["de kwaliteiten van bewoners benutten", "talenten"],
    ["deelnemers geven aan dat ze zich minder alleen voelen", "resultaten"],
  ];
  test.each(hits)("%s → %s", (text, theme) => {
    expect(cueThemes(text)).toContain(theme);
  });

  test("'kleine en grote groepen' names every size, no small start that grows", () => {
    expect(cueThemes("voor kleine en grote groepen uit de hele stad")).not.toContain(
      "kleine-stappen"
    );
  });

  test("'eerste' (first) is no 'eerst … nu' (before and after)", () => {
    const { tokens } = tokenize("de eerste avond is nu gepland");
    const infos = tokens.map((token) => formInfo(token.form));
    const hits = matchCues(infos, positionsByKey(infos), polarities(tokens));
    const words = hits
      .filter((hit) => hit.cue.theme === "resultaten")
      .flatMap((hit) => hit.tokens.map((i) => tokens[i].form));
    expect(words).not.toContain("eerste");
  });
});

describe("an author-year citation leans on research", () => {
  const feature = (text: string) => paragraphFeatures(text).features.values.get("l:citation");

  test("a name and a year in brackets is a citation; a period or a date is not", () => {
    expect(feature("Dat versterkt de buurt (Verhulst en De Boer, 2019).")).toBe(1);
    expect(feature("Zo werkt het in de praktijk (Movisie, 2021a).")).toBe(1);
    expect(feature("De pilot liep drie jaar (2021–2023).")).toBeUndefined();
    expect(
      feature("Dat zeiden de vrijwilligers (uit de gesprekken, najaar 2024).")
    ).toBeUndefined();
  });

  test("a paragraph that cites argues onderbouwing, with the citation as its evidence", () => {
    const text =
      "Als bewoners en buurtpartijen samen plannen maken, levert dat een betere wijk op (Jansen en Pieters, 2020).";
    const review = reviewDocument([text]);
    const theme = review.paragraphs[0].themes.find((t) => t.id === "onderbouwing");
    expect(theme).toBeDefined();
    const words = theme!.evidence.map((e) => e.text).join(" ");
    expect(words).toMatch(/Jansen/);
    for (const e of theme!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("public texts are judged by what they argue", () => {
  test("a municipal page on why trust between residents matters argues relaties", () => {
    expect(
      themesOf(
        "Sociaal werkers zien dat het vertrouwen tussen inwoners de basis is. Waar buren elkaar kennen en informele netwerken sterk zijn, vragen mensen eerder om hulp."
      )
    ).toContain("relaties");
  });

  test("a fund's page on the work behind activities argues onzichtbaar-werk", () => {
    expect(
      themesOf(
        "Opbouwwerkers gaan huis aan huis, vangen signalen op en brengen bewoners met elkaar in contact. Dat werk blijft vaak onzichtbaar."
      )
    ).toContain("onzichtbaar-werk");
  });

  test("a procedure for submitting applications is no ask", () => {
    expect(
      themesOf(
        "Aanvragen kunnen het hele jaar worden ingediend. De gemeente behandelt ze in volgorde van binnenkomst en beslist binnen acht weken."
      )
    ).not.toContain("vraag");
  });
});
