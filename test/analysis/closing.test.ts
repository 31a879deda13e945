import { closingStart, isGreeting } from "../../src/analysis/closing";

const p = (text: string, isHeading = false) => ({ text, isHeading });

describe("a letter's closing", () => {
  test.each([
    "Met vriendelijke groet,",
    "Met vriendelijke groet, Ria Jansen",
    "Met vriendelijke groeten",
    "Vriendelijke groet",
    "Hartelijke groet,",
    "Groet,",
    "Groeten",
    "Hoogachtend,",
    "“Met hartelijke groet”",
    "Kind regards,",
    "Yours sincerely,",
    "Best wishes",
  ])("%s opens a closing", (text) => expect(isGreeting(text)).toBe(true));

  test.each([
    "Met vriendelijke groet sluiten wij elke bijeenkomst af, en daarna drinken we samen nog een kop koffie met alle buren.",
    "Groetjesdag in de wijk",
    "Wij groeten de buren elke ochtend.",
    "Tot slot",
    "",
  ])("%s does not", (text) => expect(isGreeting(text)).toBe(false));

  test("starts at the greeting, with the name and role lines under it", () => {
    const draft = [
      p("Aanvraag", true),
      p("Elke dinsdag drinken we koffie met vijftien buren."),
      p("Met vriendelijke groet,"),
      p(""),
      p("Ria Jansen"),
      p("Voorzitter Buurtkamer De Linde"),
      p("06 12345678"),
    ];
    expect(closingStart(draft)).toBe(2);
  });

  test("a greeting and name in one paragraph at the end", () => {
    expect(closingStart([p("Wij vragen € 2 000."), p("Met vriendelijke groet, Ria Jansen")])).toBe(
      1
    );
  });

  test("no closing when the text goes on after the greeting, or has none", () => {
    expect(
      closingStart([p("Wij vragen € 2 000."), p("Tot slot", true), p("Kom eens langs.")])
    ).toBe(null);
    expect(
      closingStart([
        p("Met vriendelijke groet,"),
        p("Resultaten", true),
        p("We bereikten vorig jaar tweehonderd bewoners."),
      ])
    ).toBe(null);
    expect(
      closingStart([
        p("Groet,"),
        p(
          "Daarnaast vragen we de gemeente om mee te denken over een vaste ontmoetingsruimte in de wijk."
        ),
      ])
    ).toBe(null);
    expect(closingStart([])).toBe(null);
  });

  test("the last greeting counts when a draft quotes one earlier", () => {
    const draft = [
      p("Groeten,"),
      p("Ons verhaal begint hier en gaat nog even door."),
      p("Hoogachtend,"),
      p("R. Jansen"),
    ];
    expect(closingStart(draft)).toBe(2);
  });
});
