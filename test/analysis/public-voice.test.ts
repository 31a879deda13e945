/**
 * Public Dutch texts (municipal pages, funds, knowledge institutes, local news) argue the
 * themes in the third person and in policy words, not in an applicant's "wij". These
 * sentences are written for this test from the themes' meaning (../shared/design/labelling.md),
 * not taken from the labelled paragraphs.
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
    ["het vertrouwen onder buurtgenoten neemt toe", "relaties"],
    ["informele netwerken in de wijk", "relaties"],
    ["de opbouwwerker brengt buurtgenoten met elkaar in contact", "onzichtbaar-werk"],
    ["in de eerste weken gaat de straatcoach huis aan huis", "onzichtbaar-werk"],
    ["de straatcoach vangt signalen van buren op", "onzichtbaar-werk"],
    ["ophalen wat er leeft in de straat", "onzichtbaar-werk"],
    ["inwoners beslissen zelf over het budget", "bewonersregie"],
    ["een speeltuin voor en door ouders uit de straat", "bewonersregie"],
    ["bewoners van de flat verzoeken om een eigen buurtkamer", "vraag"],
    ["de fondsen roepen op tot meerjarige steun", "vraag"],
    ["een kleine ingreep met een groot effect", "kleine-stappen"],
    ["het buurthuis gaat dicht als het geld op is", "tijd-continuiteit"],
    ["het rapport laat zien dat de aanpak werkt", "onderbouwing"],
    ["het repaircafé heeft een toegevoegde waarde voor de hele straat", "maatschappelijke-waarde"],
    ["de kwaliteiten van bewoners benutten", "talenten"],
    ["deelnemers geven aan dat ze zich minder alleen voelen", "resultaten"],
  ];
  test.each(hits)("%s → %s", (text, theme) => {
    expect(cueThemes(text)).toContain(theme);
  });

  test("'kleine en grote groepen' names every size, no small start that grows", () => {
    expect(cueThemes("de zaal is geschikt voor kleine en grote gezelschappen")).not.toContain(
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
    expect(feature("Bewoners voelen zich daar eerder thuis (Hendriks en Van Dam, 2018).")).toBe(1);
    expect(feature("Zo staat het in de handreiking (Kennisplein, 2022b).")).toBe(1);
    expect(feature("De pilot liep drie jaar (2021–2023).")).toBeUndefined();
    expect(
      feature("Dat zeiden de vrijwilligers (uit de gesprekken, najaar 2024).")
    ).toBeUndefined();
  });

  test("a paragraph that cites argues onderbouwing, with the citation as its evidence", () => {
    const text =
      "Straten met een actieve bewonersgroep hebben minder last van zwerfvuil en vandalisme (Bakker en Smits, 2017).";
    const review = reviewDocument([text]);
    const theme = review.paragraphs[0].themes.find((t) => t.id === "onderbouwing");
    expect(theme).toBeDefined();
    const words = theme!.evidence.map((e) => e.text).join(" ");
    expect(words).toMatch(/Bakker/);
    for (const e of theme!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("public texts are judged by what they argue", () => {
  test("a municipal page on why trust between residents matters argues relaties", () => {
    expect(
      themesOf(
        "In straten waar bewoners elkaar bij naam kennen, vragen ze elkaar sneller om een boodschap of een lift. Zo'n netwerk van buren vangt veel op voordat er hulpverlening nodig is."
      )
    ).toContain("relaties");
  });

  test("a fund's page on the work behind activities argues onzichtbaar-werk", () => {
    expect(
      themesOf(
        "De buurtconciërge maakt bij de voordeur een praatje, hoort wie hulp nodig heeft en koppelt buren aan elkaar. Dat werk staat in geen jaarverslag, maar zonder dat werk draait er niets."
      )
    ).toContain("onzichtbaar-werk");
  });

  test("a procedure for submitting applications is no ask", () => {
    expect(
      themesOf(
        "Een aanvraag wordt via het digitale loket ingediend, uiterlijk zes weken voor de activiteit. Binnen een maand is de aanvraag behandeld."
      )
    ).not.toContain("vraag");
  });
});
