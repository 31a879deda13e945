import { createReviewer } from "../../src/analysis";
import { workCounter } from "../../src/analysis/stems";

const draft = [
  "Door de buurtkamer leren buren elkaar kennen en ontstaan nieuwe contacten.",
  "Bewoners bepalen zelf wat er gebeurt en nemen zelf initiatief.",
  "Wij vragen het fonds drie jaar steun voor een opbouwwerker in de wijk.",
  { text: "Resultaten", style: "Heading 2" },
];

describe("re-reviewing reuses the work per paragraph", () => {
  test("an unchanged draft is judged without judging any paragraph again", () => {
    const reviewer = createReviewer();
    const first = reviewer.review(draft);
    const before = { ...workCounter };
    const second = reviewer.review(draft);
    expect(workCounter.paragraphs).toBe(before.paragraphs);
    expect(workCounter.stems).toBe(before.stems);
    expect(second).toEqual(first);
  });

  test("after one paragraph changed only that paragraph is judged again", () => {
    const reviewer = createReviewer();
    reviewer.review(draft);
    const before = workCounter.paragraphs;
    const edited = [...draft];
    edited[1] =
      "Bewoners bepalen zelf wat er gebeurt en nemen zelf het initiatief voor een moestuin.";
    const review = reviewer.review(edited);
    expect(workCounter.paragraphs - before).toBe(1);
    expect(review.paragraphs[1].themes.map((theme) => theme.id)).toContain("bewonersregie");
  });

  test("the same text in another style is another paragraph", () => {
    const reviewer = createReviewer();
    reviewer.review(["Bewoners bepalen zelf wat er gebeurt en nemen zelf initiatief."]);
    const before = workCounter.paragraphs;
    const review = reviewer.review([
      { text: "Bewoners bepalen zelf wat er gebeurt en nemen zelf initiatief.", style: "Kop 1" },
    ]);
    expect(workCounter.paragraphs - before).toBe(1);
    expect(review.paragraphs[0].themes).toEqual([]);
  });

  test("a caller editing the review cannot corrupt the cache", () => {
    const reviewer = createReviewer();
    const first = reviewer.review(draft);
    first.paragraphs[0].themes.length = 0;
    expect(reviewer.review(draft).paragraphs[0].themes.length).toBeGreaterThan(0);
  });
});
