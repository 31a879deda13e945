/** The user's own blocks are suggested for their open themes beside the report's, never in their place. */
import { reviewDocument } from "../../src/analysis";
import type { OwnBlock } from "../../src/content/types";

const own = (
  id: string,
  themes: OwnBlock["themes"],
  audiences: OwnBlock["audiences"]
): OwnBlock => ({
  id,
  title: id,
  text: `Tekst van ${id}.`,
  themes,
  audiences,
  placeholders: [],
});

const DRAFT = ["Wij organiseren een buurtfeest in de zomer."];

test("own blocks appear under each open theme they argue, best fit for the audience first", () => {
  const ownBlocks = [
    own("eigen-a", ["kleine-stappen", "relaties"], ["gemeente"]),
    own("eigen-b", ["relaties"], ["fonds"]),
  ];
  const review = reviewDocument(DRAFT, { audience: "fonds", ownBlocks });
  const relaties = review.suggestions.find((s) => s.themeId === "relaties");
  expect(relaties?.ownBlockIds).toEqual(["eigen-b", "eigen-a"]);
  expect(relaties?.blockIds.length).toBeGreaterThan(0);
  expect(relaties?.blockIds).not.toContain("eigen-a");
  expect(review.suggestions.find((s) => s.themeId === "kleine-stappen")?.ownBlockIds).toEqual([
    "eigen-a",
  ]);
  expect(review.suggestions.find((s) => s.themeId === "vraag")?.ownBlockIds).toBeUndefined();
});

test("without own blocks the suggestions are exactly the report's", () => {
  expect(reviewDocument(DRAFT, { ownBlocks: [] })).toEqual(reviewDocument(DRAFT));
});
