/**
 * For every missing or weak theme, the report's blocks that would fill it, best fit first, and
 * beside them the user's own blocks for that theme, ranked the same way. The audience reorders
 * (its emphasised themes first, blocks meant for it first) but never hides anything: a volunteer
 * writing to a fund may still want the gemeente block.
 */
import { AUDIENCES_INFO, blocksForTheme, withoutContained } from "../content";
import { THEME_IDS, type Audience, type OwnBlock, type ThemeId } from "../content/types";
import type { Suggestion, ThemeReview } from "./types";

export function suggestBlocks(
  themes: readonly ThemeReview[],
  audience: Audience | null,
  /** Blocks already in the draft: not offered again. */
  inDraft: ReadonlySet<string> = new Set(),
  ownBlocks: readonly OwnBlock[] = [],
  /** Own blocks already in the draft: not offered again either. */
  ownInDraft: ReadonlySet<string> = new Set()
): Suggestion[] {
  const open = themes.filter((theme) => theme.status !== "covered");
  const openIds = new Set<ThemeId>(open.map((theme) => theme.id));
  const emphasis = audience
    ? (AUDIENCES_INFO.find((info) => info.id === audience)?.emphasis ?? [])
    : [];
  const themeRank = (theme: ThemeReview): number => {
    const emphasised = emphasis.indexOf(theme.id);
    return (
      (emphasised >= 0 ? emphasised : emphasis.length) * 100 +
      (theme.status === "missing" ? 0 : 50) +
      THEME_IDS.indexOf(theme.id)
    );
  };
  return [...open]
    .sort((a, b) => themeRank(a) - themeRank(b))
    .map((theme) => {
      const fitOf = (block: { themes: readonly ThemeId[]; audiences: readonly Audience[] }) => {
        const forAudience = audience !== null && block.audiences.includes(audience) ? 4 : 0;
        const ownTheme = block.themes[0] === theme.id ? 2 : 0;
        const alsoFills = block.themes.filter((id) => id !== theme.id && openIds.has(id)).length;
        return forAudience + ownTheme + alsoFills;
      };
      const ranked = <T extends { themes: readonly ThemeId[]; audiences: readonly Audience[] }>(
        blocks: readonly T[]
      ): T[] =>
        blocks
          .map((block, order) => ({ block, fit: fitOf(block), order }))
          .sort((a, b) => b.fit - a.fit || a.order - b.order)
          .map((offer) => offer.block);
      const offered = blocksForTheme(theme.id).filter((block) => !inDraft.has(block.id));
      const own = ownBlocks.filter(
        (block) => block.themes.includes(theme.id) && !ownInDraft.has(block.id)
      );
      return {
        themeId: theme.id,
        blockIds: withoutContained(ranked(offered), (block) => block).map((block) => block.id),
        ...(own.length > 0 ? { ownBlockIds: ranked(own).map((block) => block.id) } : {}),
      };
    });
}
