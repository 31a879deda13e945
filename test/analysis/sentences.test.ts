/**
 * A long paragraph that argues several themes, one per sentence, argues each of them: the
 * themes must not drown each other out.
 */
import { reviewDocument } from "../../src/analysis";
import { sentenceRanges } from "../../src/analysis/sentences";
import { tokenize } from "../../src/analysis/tokens";

function themesOf(text: string): string[] {
  return reviewDocument([text]).paragraphs[0].themes.map((theme) => theme.id);
}

describe("sentences of a long paragraph", () => {
  it("splits at sentence ends and joins a short sentence to the next", () => {
    const text =
      "Wij bouwen al jaren aan een netwerk van buren in de wijk. Dat kost tijd. " +
      "Daarom vragen wij het fonds om meerjarige steun voor dit werk.";
    const { tokens } = tokenize(text);
    const ranges = sentenceRanges(text, tokens);
    expect(ranges).toHaveLength(2);
    expect(ranges[0]).toEqual([0, 12]);
    expect(ranges[1][1]).toBe(tokens.length);
    const second = tokens.slice(ranges[1][0], ranges[1][1]).map((token) => token.form);
    expect(second.slice(0, 3)).toEqual(["dat", "kost", "tijd"]);
  });

  it("a paragraph of several themes keeps the themes its sentences argue alone", () => {
    const sentences = [
      "Bewoners maken zelf de plannen voor het buurthuis en beslissen samen over het budget.",
      "Het onderzoek van de hogeschool laat zien dat deze aanpak werkt en de eenzaamheid vermindert.",
      "Daarom vragen wij de woningcorporatie een meerjarige bijdrage voor de buurtwerker.",
    ];
    const themes = ["bewonersregie", "onderbouwing", "vraag"];
    sentences.forEach((sentence, i) => expect(themesOf(sentence)).toContain(themes[i]));
    const together = themesOf(sentences.join(" "));
    for (const id of themes) expect(together).toContain(id);
  });

  it("a short paragraph is judged whole, so a lone sentence cue cannot outvote it", () => {
    const text = "We drinken koffie. Dat is alles.";
    const { tokens } = tokenize(text);
    expect(tokens.length).toBeLessThan(40);
    expect(themesOf(text)).toEqual([]);
  });
});
