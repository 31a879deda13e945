import { fixesFor, readabilityOf, tooShortForScore } from "../../../src/analysis/readability";

describe("what to fix first", () => {
  it("puts the longest sentence first, then plainer words, passives and long words", () => {
    const long =
      "Op dinsdag en donderdag komen buren uit de hele straat bij elkaar in de buurtkamer om koffie te drinken en te praten over wat er speelt in de taalcafé-avond.";
    const longer = `${long.slice(0, -1)} en over wat de gemeente doet.`;
    const text = `${long} Het feest wordt door buren georganiseerd. Dit doen we middels de ondersteuningsbehoefte. ${longer}`;
    const [paragraph] = readabilityOf([text]).paragraphs;
    const fixes = fixesFor(paragraph);
    expect(fixes.map((f) => f.kind)).toEqual([
      "long-sentence",
      "long-sentence",
      "plain-word",
      "passive",
      "long-word",
    ]);
    // Words as readability counts them: 28 + "taalcafé-avond" as two = 30; 30 + 6 = 36.
    expect(fixes.slice(0, 2).map((f) => (f.kind === "long-sentence" ? f.words : 0))).toEqual([
      36, 30,
    ]);
    expect(fixes[2]).toMatchObject({ span: { text: "middels" }, suggestion: "met, door" });
    expect(tooShortForScore(paragraph)).toBe(false);
    expect(tooShortForScore(readabilityOf(["Kom ook!"]).paragraphs[0])).toBe(true);
  });
});
