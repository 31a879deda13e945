import {
  countCharacters,
  countWords,
  measureLimits,
  type LimitParagraph,
} from "../../../src/analysis/readability";

const DRAFT: LimitParagraph[] = [
  { text: "Aanleiding", heading: true },
  { text: "Elke dinsdag drinken we koffie.", heading: false },
  { text: "Buren leren elkaar kennen.", heading: false },
  { text: "Aanpak", heading: true },
  { text: "We werken met vrijwilligers en een community-builder.", heading: false },
];

describe("length limits", () => {
  it("counts words between spaces and characters with spaces, as forms do", () => {
    expect(countWords("  Elke dinsdag  drinken\twe koffie. ")).toBe(5);
    expect(countWords("community-builder, zo'n € 18.000")).toBe(4);
    expect(countWords("   ")).toBe(0);
    expect(countCharacters("Buren leren")).toBe(11);
    // One character as the user sees it: é written as e + accent, an emoji.
    expect(countCharacters("cafe\u0301 \ud83d\ude00")).toBe(6);
  });

  it("measures the whole draft and the part under one heading, and says by how much it is over", () => {
    const [draft, part, chars] = measureLimits(DRAFT, [
      { unit: "words", max: 15 },
      { unit: "words", max: 5, heading: "aanleiding" },
      { unit: "characters", max: 100, heading: " Aanpak " },
    ]);
    // 1 + 5 + 4 + 1 + 7 words; headings count in the whole draft, not in their own part.
    expect(draft).toMatchObject({ count: 18, over: 3, found: true, paragraphs: [0, 1, 2, 3, 4] });
    expect(part).toMatchObject({ count: 9, over: 4, found: true, paragraphs: [1, 2] });
    expect(chars).toMatchObject({ count: DRAFT[4].text.length, over: 0, paragraphs: [4] });
  });

  it("says when the heading of a limit is no longer in the draft", () => {
    const [gone] = measureLimits(DRAFT, [{ unit: "words", max: 100, heading: "Begroting" }]);
    expect(gone).toMatchObject({ found: false, count: 0, over: 0, paragraphs: [] });
  });
});
