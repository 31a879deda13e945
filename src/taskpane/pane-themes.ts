/**
 * The review as the pane shows it: each theme with its status, where "niet van toepassing" (a
 * user's choice) overrides the engine's verdict, and the order the lists use.
 */
import type { Review, ThemeStatus, Weakness } from "../analysis/types";
import { THEMES, type Theme, type ThemeId } from "../content";

export type PaneStatus = ThemeStatus | "not-relevant";

export interface PaneTheme {
  theme: Theme;
  status: PaneStatus;
  /** The engine's verdict, also for a theme the user set aside. */
  verdict: ThemeStatus;
  /** Paragraph indexes that argue the theme, strongest first. */
  paragraphs: number[];
  /** Suggested block ids, best fit for the audience first. */
  blockIds: string[];
  /** The user's own blocks for this theme, best fit first (none when the theme is covered). */
  ownBlockIds: string[];
  /** Why the engine calls the theme weak, when it does. */
  weakness?: Weakness;
}

export function paneThemes(review: Review, notRelevant: readonly ThemeId[]): PaneTheme[] {
  const reviewed = new Map(review.themes.map((t) => [t.id, t]));
  const suggested = new Map(review.suggestions.map((s) => [s.themeId, s.blockIds]));
  const own = new Map(review.suggestions.map((s) => [s.themeId, s.ownBlockIds ?? []]));
  return THEMES.map((theme) => {
    const verdict = reviewed.get(theme.id)?.status ?? "missing";
    return {
      theme,
      verdict,
      status: notRelevant.includes(theme.id) ? "not-relevant" : verdict,
      paragraphs: reviewed.get(theme.id)?.paragraphs ?? [],
      blockIds: suggested.get(theme.id) ?? [],
      ownBlockIds: own.get(theme.id) ?? [],
      weakness: reviewed.get(theme.id)?.weakness,
    };
  });
}

/**
 * What to do next, first: the engine ranks suggestions by fit for the audience; missing themes
 * come before weak ones at the same rank.
 */
export function missingFirst(themes: PaneTheme[], review: Review): ThemeId[] {
  const rank = new Map(review.suggestions.map((s, i) => [s.themeId, i]));
  const order = (t: PaneTheme) =>
    rank.get(t.theme.id) ?? review.suggestions.length + THEMES.indexOf(t.theme);
  return themes
    .filter((t) => t.status === "missing" || t.status === "weak")
    .sort(
      (a, b) => order(a) - order(b) || (a.status === b.status ? 0 : a.status === "missing" ? -1 : 1)
    )
    .map((t) => t.theme.id);
}

export function coveredInOrder(themes: PaneTheme[]): ThemeId[] {
  return themes.filter((t) => t.status === "covered").map((t) => t.theme.id);
}

export function countOf(themes: PaneTheme[], status: PaneStatus): number {
  return themes.filter((t) => t.status === status).length;
}

/**
 * The one rule for "a draft that argues little": it covers at most a third of the themes that
 * count (3 of 11). With so few made, eight or more open rows look the same and say nothing about
 * where to start, so the pane picks three. Above it, the draft has its own direction and the
 * ranked list alone serves.
 */
export function arguesLittle(themes: PaneTheme[]): boolean {
  const counted = themes.length - countOf(themes, "not-relevant");
  return countOf(themes, "covered") <= Math.floor(counted / 3);
}

/** How many themes "Begin hier" offers. */
export const START_HERE = 3;

/**
 * "Begin hier": the missing themes (not weak ones: those have a start) that matter most for the
 * recipient, in the order of `missingFirst`, which follows the audience's emphasis
 * (content/audiences.ts) and then the report's order. Empty when the draft does not argue little.
 */
export function startHere(themes: PaneTheme[], order: readonly ThemeId[]): ThemeId[] {
  if (!arguesLittle(themes)) return [];
  const missing = new Set(themes.filter((t) => t.status === "missing").map((t) => t.theme.id));
  return order.filter((id) => missing.has(id)).slice(0, START_HERE);
}
