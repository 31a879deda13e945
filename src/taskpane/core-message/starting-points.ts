/**
 * Where the draft already argues a theme, the form offers that paragraph's own sentence as a
 * starting point for the matching answer: what changes (resultaten), what is asked (vraag).
 * Only the user's own words: a report block standing in the draft is the report's, not theirs.
 * An own block standing there is theirs (or their team's), written to carry just this theme, so
 * it stays a starting point, and a strong one: the §5 message is meant to be in their words.
 */
import type { Review } from "../../analysis/types";
import type { ThemeId } from "../../content/types";

export interface StartingPoint {
  /** 0-based paragraph index. */
  paragraph: number;
  text: string;
}

export type StartingField = "changes" | "ask";

const THEME_OF: Record<StartingField, ThemeId> = { changes: "resultaten", ask: "vraag" };

/** The strongest own sentence per answer, or none. */
export function startingPoints(
  review: Review | null
): Partial<Record<StartingField, StartingPoint>> {
  const found: Partial<Record<StartingField, StartingPoint & { score: number }>> = {};
  for (const paragraph of review?.paragraphs ?? []) {
    for (const field of Object.keys(THEME_OF) as StartingField[]) {
      const theme = paragraph.themes.find((t) => t.id === THEME_OF[field] && !t.fromReport);
      const text = theme?.sentence.text.trim();
      if (!theme || !text) continue;
      if ((found[field]?.score ?? -1) < theme.score)
        found[field] = { paragraph: paragraph.index, text, score: theme.score };
    }
  }
  const points: Partial<Record<StartingField, StartingPoint>> = {};
  for (const field of Object.keys(found) as StartingField[]) {
    const { paragraph, text } = found[field]!;
    points[field] = { paragraph, text };
  }
  return points;
}
