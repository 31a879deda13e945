import { matchCues, positionsByKey } from "../../src/analysis/cue-match";
import { formInfo } from "../../src/analysis/form-info";
import { LEXICON, keyOf, keysOf } from "../../src/analysis/lexicon";
import { polarities } from "../../src/analysis/negation";
import { stem } from "../../src/analysis/stems";
import { tokenize } from "../../src/analysis/tokens";
import { COMPOUND_PARTS, FORM_ALIASES, THEME_CUES } from "../../src/content/cues";
import { THEME_IDS } from "../../src/content/types";

function cueThemes(text: string): string[] {
  const { tokens } = tokenize(text);
  const infos = tokens.map((token) => formInfo(token.form));
  const hits = matchCues(infos, positionsByKey(infos), polarities(tokens));
  return [...new Set(hits.filter((hit) => hit.cue.weight > 0).map((hit) => hit.cue.theme))];
}

describe("stems and the cue forms the stemmer misses", () => {
  test("Snowball merges regular variants", () => {
    expect(stem("ontmoetingen")).toBe(stem("ontmoeting"));
    expect(stem("bewoners")).toBe(stem("bewoner"));
    expect(stem("leefbaarheid")).toBe(stem("leefbaar"));
  });

  test("irregular forms and participles reach their cue word", () => {
    expect(stem("verbindt")).not.toBe(stem("verbinden"));
    expect(keysOf("verbindt")).toContain(keyOf("verbinden"));
    expect(keysOf("verbonden")).toContain(keyOf("verbinden"));
    expect(keysOf("relaties")).toContain(keyOf("relatie"));
    expect(keysOf("vertrouwd")).toContain(keyOf("vertrouwen"));
    expect(keysOf("gefinancierd")).toContain(keyOf("financiering"));
    expect(keysOf("geluisterd")).toContain(keyOf("luisteren"));
  });

  test("does not strip ge- from words that merely start with it", () => {
    expect(keysOf("gebied")).not.toContain(keyOf("bieden"));
    expect(keysOf("gezond")).not.toContain(keyOf("zonde"));
  });

  test("the lexicon holds cues for every theme, indexed by first key", () => {
    for (const theme of THEME_IDS)
      expect(LEXICON.cues.some((cue) => cue.theme === theme && cue.weight > 0)).toBe(true);
    expect(LEXICON.byFirstKey.size).toBeGreaterThan(100);
  });
});

describe("cues inside compounds", () => {
  const hits: Array<[string, string]> = [
    ["het buurtnetwerk groeit", "relaties"],
    ["een sterk bewonersnetwerk", "relaties"],
    ["zonder meerjarenfinanciering", "tijd-continuiteit"],
    ["het bewonersinitiatief", "bewonersregie"],
    ["een vertrouwensband met de buren", "relaties"],
    ["de wijkgerichte leefbaarheidsaanpak", "beleidsdoelen"],
  ];
  test.each(hits)("%s → %s", (text, theme) => {
    expect(cueThemes(text)).toContain(theme);
  });

  const misses: Array<[string, string]> = [
    ["de leeftijd van de deelnemers", "tijd-continuiteit"],
    ["het tijdschrift van de wijk", "tijd-continuiteit"],
    ["ze fluisteren", "onzichtbaar-werk"],
    ["een eigenaardig verhaal", "bewonersregie"],
    ["relatief weinig kosten", "relaties"],
    ["onder voorwaarde dat", "maatschappelijke-waarde"],
    ["een streng regiem", "bewonersregie"],
    ["de netwerkkabels zijn vervangen", "relaties"],
    ["waardebonnen voor de bakker", "maatschappelijke-waarde"],
    ["de resultatenrekening 2023", "resultaten"],
  ];
  test.each(misses)("%s is not %s", (text, theme) => {
    expect(cueThemes(text)).not.toContain(theme);
  });
});

describe("the cue data itself", () => {
  test("every word in a cue is one word as the tokeniser sees it (no hyphens or spaces inside)", () => {
    const broken: string[] = [];
    for (const theme of THEME_IDS) {
      for (const [pattern] of THEME_CUES[theme]) {
        for (const part of pattern.trim().split(/\s+/)) {
          if (part.startsWith("~")) continue;
          for (const word of part.split("|")) {
            const forms = tokenize(word).tokens.map((token) => token.form);
            if (forms.length !== 1 || forms[0] !== word)
              broken.push(`${theme}: "${word}" in "${pattern}"`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test("every alias points at a word and every compound part is lowercase plain text", () => {
    for (const [form, target] of Object.entries(FORM_ALIASES)) {
      expect(tokenize(form).tokens.map((token) => token.form)).toEqual([form]);
      expect(target).toMatch(/^[a-z]+$/);
    }
    for (const part of COMPOUND_PARTS) expect(part).toMatch(/^[a-z]+$/);
  });
});
