/**
 * Cues the training pool cannot vouch for: positive cues that fire on no pool paragraph, and
 * look-alikes (negative cues) that silence nothing there. Each one that stays is backed by
 * ../shared/design/labelling.md and pinned here with sentences written for this test from the
 * theme's meaning: a guessed argument must match its sentence and not a look-alike; a
 * look-alike cue must match its look-alike and leave a sentence that argues the theme alone.
 */
import * as fs from "fs";
import { matchCues, positionsByKey } from "../../src/analysis/cue-match";
import { formInfo } from "../../src/analysis/form-info";
import { polarities } from "../../src/analysis/negation";
import { tokenize } from "../../src/analysis/tokens";
import { THEME_CUES } from "../../src/content/cues";
import type { ThemeId } from "../../src/content/types";
import { describeWithShared, sharedPath } from "../shared";

/** The patterns of the cues a text fires, as "theme: pattern". */
function firedCues(text: string): string[] {
  const { tokens } = tokenize(text);
  const infos = tokens.map((token) => formInfo(token.form));
  return matchCues(infos, positionsByKey(infos), polarities(tokens)).map((hit) => {
    const index = Number(hit.cue.id.split("#")[1]);
    return `${hit.cue.theme}: ${THEME_CUES[hit.cue.theme][index][0]}`;
  });
}

interface Guess {
  theme: ThemeId;
  pattern: string;
  /** Must fire the cue. */
  fires: string;
  /** Must not fire it. */
  quiet: string;
}

const GUESSES: Guess[] = [
  {
    theme: "relaties",
    pattern: "relaties bouwen|opbouwen|groeien|versterken",
    fires: "In de eerste maanden wil de buurtwerker vooral relaties opbouwen met de bewoners.",
    quiet: "Het aantal relaties in het klantenbestand van de bakker is gegroeid.",
  },
  {
    theme: "relaties",
    pattern: "bouwen|bouwt|werken|werkt|investeren|investeert aan|in relaties|vertrouwen ~3",
    fires: "Wij werken aan vertrouwen tussen nieuwe en oude bewoners van de straat.",
    quiet: "Wij bouwen aan een nieuwe fietsenstalling; de relaties met de aannemer zijn goed.",
  },
  {
    theme: "bewonersregie",
    pattern: "bewoners aan zet",
    fires: "Bij de herinrichting van het plein zijn de bewoners aan zet: zij kiezen het ontwerp.",
    quiet: "Nu is de gemeente aan zet, niet de bewoners.",
  },
  {
    theme: "bewonersregie",
    pattern: "voor bewoners door bewoners ~5",
    fires: "De moestuin is een project door bewoners, voor bewoners.",
    quiet: "Het plein is ingericht door de gemeente, voor bewoners van de wijk.",
  },
  {
    theme: "kleine-stappen",
    pattern:
      "kleine|klein|kleinschalige|kleinschalig groot|grote effect|verschil|impact|gevolgen ~6",
    fires: "Een klein gebaar kan een groot verschil maken voor een buurvrouw die ziek is.",
    quiet: "In het buurthuis zijn een kleine zaal en een grote keuken.",
  },
  {
    theme: "tijd-continuiteit",
    pattern: "korte adem",
    fires: "Projecten met een korte adem laten een wijk telkens met lege handen achter.",
    quiet: "Na de korte wandeling waren de deelnemers buiten adem.",
  },
  // Was "verhaal kwijt|luisterend oor ~3", which asked for all three words and so never fired
  // ("luisterend" has a cue of its own).
  {
    theme: "onzichtbaar-werk",
    pattern: "verhaal kwijt ~3",
    fires: "Bij de vrijwilligers kunnen bewoners hun verhaal kwijt.",
    quiet: "Het verhaal van de wijk staat in de krant, maar de sleutel van de zaal zijn we kwijt.",
  },
  {
    theme: "onzichtbaar-werk",
    pattern: "werk achter activiteiten|activiteit ~4",
    fires: "Het werk achter de activiteiten, bellen en langsgaan, krijgt nu geen vergoeding.",
    quiet: "De activiteiten zijn in de zaal achter de kerk; het werk aan het dak is klaar.",
  },
  {
    theme: "maatschappelijke-waarde",
    pattern: "waardevol voor samenleving|buurt|maatschappij ~4",
    fires: "Een straat waar mensen naar elkaar omkijken is waardevol voor de samenleving.",
    quiet: "De cursus was waardevol voor mij persoonlijk.",
  },
  {
    theme: "talenten",
    pattern: "wat er wel is|kan ~4",
    fires: "We beginnen bij wat er wel is: buren die kunnen koken, klussen of luisteren.",
    quiet: "Wat er van het budget over is, gaat terug naar het fonds.",
  },
  {
    theme: "talenten",
    pattern: "lokale energie",
    fires: "Het plan steunt op de lokale energie van bewoners die al iets doen.",
    quiet: "De energie van de dag was op; de lokale krant kwam niet.",
  },
];

/** `fires` is the look-alike, `quiet` a sentence that argues the theme. */
const LOOK_ALIKES: Guess[] = [
  {
    theme: "tijd-continuiteit",
    pattern: "looptijd",
    fires: "De looptijd van de regeling is anderhalf jaar.",
    quiet: "Vertrouwen in een wijk groeit pas na jaren; daarvoor is meerjarige steun nodig.",
  },
  {
    theme: "tijd-continuiteit",
    pattern: "leeftijd",
    fires: "Kinderen van elke leeftijd zijn welkom op het speelplein.",
    quiet: "Een buurtnetwerk opbouwen kost tijd.",
  },
  {
    theme: "talenten",
    pattern: "talentenjacht",
    fires: "In juni houdt het buurthuis een talentenjacht voor kinderen.",
    quiet: "We maken de talenten van jongeren in de wijk zichtbaar.",
  },
];

function weightOf(theme: ThemeId, pattern: string): number | undefined {
  return THEME_CUES[theme].find(([p]) => p === pattern)?.[1];
}

function expectFires({ theme, pattern, fires, quiet }: Guess): void {
  expect(firedCues(fires)).toContain(`${theme}: ${pattern}`);
  expect(firedCues(quiet)).not.toContain(`${theme}: ${pattern}`);
}

describe("guessed arguments", () => {
  test.each(GUESSES)("$theme: $pattern", (guess) => {
    expect(weightOf(guess.theme, guess.pattern)).toBeGreaterThan(0);
    expectFires(guess);
  });
});

describe("look-alikes", () => {
  test.each(LOOK_ALIKES)("$theme: $pattern", (lookAlike) => {
    expect(weightOf(lookAlike.theme, lookAlike.pattern)).toBeLessThan(0);
    expectFires(lookAlike);
  });
});

describeWithShared(["eval", "train-real.jsonl"])("the training pool", () => {
  test("every cue that fires on no pool paragraph is a guess tested above", () => {
    const fired = new Set<string>();
    for (const file of ["train.jsonl", "train-real.jsonl", "paragraphs-dev.jsonl"]) {
      for (const line of fs.readFileSync(sharedPath("eval", file), "utf8").split("\n")) {
        if (line.trim() === "") continue;
        for (const cue of firedCues((JSON.parse(line) as { text: string }).text)) fired.add(cue);
      }
    }
    const tested = new Set(GUESSES.map(({ theme, pattern }) => `${theme}: ${pattern}`));
    const untested = Object.entries(THEME_CUES).flatMap(([theme, cues]) =>
      cues.map(([pattern]) => `${theme}: ${pattern}`).filter((cue) => !fired.has(cue))
    );
    expect(untested.filter((cue) => !tested.has(cue))).toEqual([]);
  });
});
