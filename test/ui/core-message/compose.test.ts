/**
 * The §5 composer, per audience, with answers the way different initiatives would type them:
 * each composed paragraph is judged by the shipped engine and must argue at least four themes,
 * at least three of them with decisive words in the user's own answers: §5's frame (the
 * report's sentence, "Maar dit werk kost tijd.") argues some themes whatever the user types,
 * so the count alone would prove little.
 */
import { judgeParagraph } from "../../../src/analysis/paragraph";
import {
  CORE_MESSAGE_AUDIENCES,
  CORE_MESSAGE_REPORT_SENTENCE,
  CORE_MESSAGE_TAKES_TIME,
} from "../../../src/content/core-message";
import { AUDIENCES, type Audience } from "../../../src/content/types";
import {
  askLead,
  composeCoreMessage,
  missingFields,
  type CoreMessageFields,
} from "../../../src/taskpane/core-message/compose";
import { EMPTY_CORE_MESSAGE, coreMessageFrom } from "../../../src/taskpane/core-message/fields";

type Answers = Omit<CoreMessageFields, "audience">;

/** Five initiatives, written differently: long and short, with and without capitals and stops. */
const INITIATIVES: Record<string, Answers> = {
  buurtkamer: {
    neighbourhood: "de Lindenbuurt",
    activities: [
      "een huiskamer openhouden waar iedereen binnen kan lopen",
      "buren koppelen die elkaar kunnen helpen",
      "bewoners ondersteunen die zelf met een idee komen",
    ],
    changes:
      "Bewoners kennen elkaar beter, vragen elkaar vaker om hulp en durven zelf iets te organiseren",
    ask: "",
  },
  moestuin: {
    neighbourhood: "in Transvaal",
    activities: ["samen een moestuin onderhouden", "kookavonden met de oogst organiseren", ""],
    changes:
      "daardoor ontmoeten oudere en nieuwe bewoners elkaar, en voelen mensen zich minder alleen.",
    ask: "",
  },
  jongeren: {
    neighbourhood: "Overvecht-Noord",
    activities: [
      "we geven jongeren ruimte om zelf activiteiten te bedenken",
      "talenten van jongeren zichtbaar maken",
      "",
    ],
    changes:
      "Jongeren nemen vaker zelf initiatief en er ontstaat meer vertrouwen tussen jongeren en oudere buurtbewoners.",
    ask: "",
  },
  taalcafe: {
    neighbourhood: "de Schilderswijk",
    activities: ["een wekelijks taalcafé draaien", "", ""],
    changes:
      "Nieuwkomers leren de taal en de buren kennen, en een aantal van hen helpt nu zelf als vrijwilliger mee.",
    ask: "",
  },
  dorpshuis: {
    neighbourhood: "het dorp Ulrum",
    activities: [
      "vrijwilligers werven en begeleiden",
      "het dorpshuis samen met bewoners runnen",
      "kleine activiteiten opzetten die mensen over de drempel helpen",
    ],
    changes:
      "Meer inwoners doen mee, het netwerk van vrijwilligers groeit en mensen weten elkaar te vinden als er iets is",
    ask: "",
  },
};

/** Each audience's asks from the data, and one ask typed by hand per audience. */
const OWN_ASKS: Record<Audience, string> = {
  gemeente:
    "een bijdrage van € 18.500 per jaar, zodat we blijven bijdragen aan de sociale basis en de leefbaarheid in de wijk",
  ministerie: "financiering voor drie jaar, zodat dit werk een vaste plek krijgt",
  fonds: "een meerjarige bijdrage voor de coördinator die de vrijwilligers ondersteunt",
  woningcorporatie: "een ruimte in de flat aan het plein die bewoners zelf mogen beheren",
};

/** §5's own words in a composed message; everything else is the user's. */
function frameOf(audience: Audience): string[] {
  return [
    "Wij werken aan gemeenschapskracht in ",
    ". Dat betekent dat we ",
    CORE_MESSAGE_REPORT_SENTENCE,
    CORE_MESSAGE_TAKES_TIME,
    askLead(audience),
  ];
}

/** The themes argued, and those whose decisive words touch the user's own words. */
function judged(text: string, audience: Audience) {
  const frame = new Uint8Array(text.length);
  for (const words of frameOf(audience)) {
    const at = text.indexOf(words);
    if (at >= 0) frame.fill(1, at, at + words.length);
  }
  const touchesOwn = (e: { start: number; end: number }) =>
    frame.subarray(e.start, e.end).some((inFrame) => inFrame === 0);
  const themes = judgeParagraph(text, "Normal").themes;
  return {
    all: themes.map((t) => t.id),
    own: themes.filter((t) => t.evidence.some(touchesOwn)).map((t) => t.id),
  };
}

describe.each(AUDIENCES)("the core message for a %s", (audience) => {
  const asks = [
    ...CORE_MESSAGE_AUDIENCES.find((a) => a.audience === audience)!.asks.map((a) => a.text),
    OWN_ASKS[audience],
  ];
  const cases = Object.entries(INITIATIVES).flatMap(([name, answers]) =>
    asks.map((ask, i) => [name, i, { ...answers, ask, audience }] as const)
  );

  test.each(cases)("%s, ask %i, argues at least four themes", (_name, _ask, fields) => {
    const result = composeCoreMessage(fields);
    if (!result.ok) throw new Error(`not composed: ${result.missing.join(", ")}`);
    const { all, own } = judged(result.text, audience);
    expect({ text: result.text, enough: all.length >= 4 }).toEqual({
      text: result.text,
      enough: true,
    });
    expect({ text: result.text, own: own.length >= 3 }).toEqual({ text: result.text, own: true });
  });

  test("the ask sentence names this audience and the user's ask", () => {
    const addressee = CORE_MESSAGE_AUDIENCES.find((a) => a.audience === audience)!.addressee;
    const result = composeCoreMessage({
      ...INITIATIVES.taalcafe,
      ask: OWN_ASKS[audience],
      audience,
    });
    expect(result.ok && result.text).toContain(
      `Daarom vragen we ${addressee} om ${OWN_ASKS[audience]}.`
    );
  });
});

test("§5's shape, in the user's words: place, things, changes, the report, time, the ask", () => {
  const result = composeCoreMessage({
    neighbourhood: " in  de Lindenbuurt. ",
    activities: ["We organiseren een kookclub.", "buren koppelen", "  "],
    changes: "bewoners helpen elkaar vaker",
    ask: "een vaste ontmoetingsruimte",
    audience: "woningcorporatie",
  });
  if (!result.ok) throw new Error("not composed");
  expect(result.text).toBe(
    [
      "Wij werken aan gemeenschapskracht in de Lindenbuurt.",
      "Dat betekent dat we organiseren een kookclub en buren koppelen.",
      "Bewoners helpen elkaar vaker.",
      CORE_MESSAGE_REPORT_SENTENCE,
      CORE_MESSAGE_TAKES_TIME,
      "Daarom vragen we de woningcorporatie om een vaste ontmoetingsruimte.",
    ].join(" ")
  );
});

test("the count can fail: answers that argue nothing leave the verdict to §5's frame", () => {
  const result = composeCoreMessage({
    neighbourhood: "de wijk",
    activities: ["koffie schenken"],
    changes: "Het is gezellig.",
    ask: "geld",
    audience: "fonds",
  });
  if (!result.ok) throw new Error("not composed");
  expect(judged(result.text, "fonds").own.length).toBeLessThan(3);
});

test("only the seed's own sentence speaks of the report", () => {
  const result = composeCoreMessage({
    ...INITIATIVES.dorpshuis,
    ask: OWN_ASKS.fonds,
    audience: "fonds",
  });
  if (!result.ok) throw new Error("not composed");
  const withoutReport = result.text.replace(CORE_MESSAGE_REPORT_SENTENCE, "");
  expect(result.text).toContain(CORE_MESSAGE_REPORT_SENTENCE);
  expect(withoutReport).not.toMatch(/rapport|Kracht van Samen|onderzoek/i);
});

test("an ask typed as a whole sentence stands as the user wrote it", () => {
  const own = "Wij vragen u om € 25.000 per jaar, drie jaar lang.";
  const result = composeCoreMessage({ ...INITIATIVES.moestuin, ask: own, audience: "gemeente" });
  expect(result.ok && result.text.endsWith(`${CORE_MESSAGE_TAKES_TIME} ${own}`)).toBe(true);
});

test("one, two or three things read as a Dutch list; a fourth is not taken", () => {
  const compose = (activities: string[]) => {
    const result = composeCoreMessage({
      ...INITIATIVES.buurtkamer,
      activities,
      ask: "steun",
      audience: "fonds",
    });
    return result.ok ? result.text.split(". ")[1] : null;
  };
  expect(compose(["a"])).toBe("Dat betekent dat we a");
  expect(compose(["a", "", "b"])).toBe("Dat betekent dat we a en b");
  expect(compose(["a", "b", "c", "d"])).toBe("Dat betekent dat we a, b en c");
});

test("empty fields are named in the form's order, and nothing is composed", () => {
  expect(composeCoreMessage(EMPTY_CORE_MESSAGE.fields)).toEqual({
    ok: false,
    missing: ["audience", "neighbourhood", "activities", "changes", "ask"],
  });
  const blanks = {
    ...INITIATIVES.taalcafe,
    activities: [" ", ".", ""],
    ask: " . ",
    audience: "fonds" as const,
  };
  expect(missingFields(blanks)).toEqual(["activities", "ask"]);
  // An audience the data does not know (an older or foreign setting) is missing too.
  expect(
    missingFields({
      ...blanks,
      audience: "bank" as unknown as Audience,
      activities: ["x"],
      ask: "y",
    })
  ).toEqual(["audience"]);
});

describe("the core message read from a document's settings", () => {
  test("keeps what is valid and drops what is not", () => {
    expect(
      coreMessageFrom({
        fields: {
          neighbourhood: "de Lindenbuurt",
          activities: ["koken", 3, "", "een vierde"],
          changes: null,
          ask: "steun",
          audience: "provincie",
        },
        text: "Onze alinea.",
        edited: true,
      })
    ).toEqual({
      fields: {
        neighbourhood: "de Lindenbuurt",
        activities: ["koken", "", ""],
        changes: "",
        ask: "steun",
        audience: null,
      },
      text: "Onze alinea.",
      edited: true,
    });
  });

  test("a missing, broken or foreign value starts empty; edited needs a paragraph", () => {
    for (const raw of [undefined, null, "tekst", [1], { fields: "x" }])
      expect(coreMessageFrom(raw)).toEqual(EMPTY_CORE_MESSAGE);
    expect(coreMessageFrom({ edited: true }).edited).toBe(false);
    expect(coreMessageFrom({ text: "x".repeat(10_000) }).text).toHaveLength(4000);
  });
});
