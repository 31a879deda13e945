/**
 * Finding blocks in the library. Accents and case do not matter ("continuiteit" finds
 * "continuïteit"), every word typed must occur, and a theme's or section's name finds its blocks.
 * A search or a theme answers with each text once (the whole §5 core message, not also its
 * slices); the unfiltered library lists every block.
 */
import {
  themeById,
  withoutContained,
  type ArgumentBlock,
  type Audience,
  type ThemeId,
} from "../../content";

export interface LibraryFilter {
  query: string;
  theme: ThemeId | "alle";
  audience: Audience | "alle";
}

/** NFKD and no combining marks: ï→i, é→e, and the ligature ĳ→ij. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("nl")
    .replace(/[‘’“”„"']/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const haystacks = new WeakMap<ArgumentBlock, string>();

function haystack(block: ArgumentBlock): string {
  let text = haystacks.get(block);
  if (text === undefined) {
    const themes = block.themes.flatMap((id) => [themeById(id).label.nl, themeById(id).label.en]);
    const placeholders = block.placeholders.flatMap((p) => [p.label.nl, p.label.en]);
    text = normalizeForSearch([block.text, block.section, ...themes, ...placeholders].join(" \n "));
    haystacks.set(block, text);
  }
  return text;
}

export function findBlocks(
  blocks: readonly ArgumentBlock[],
  filter: LibraryFilter
): ArgumentBlock[] {
  const words = normalizeForSearch(filter.query).split(" ").filter(Boolean);
  const found = blocks.filter(
    (block) =>
      (filter.theme === "alle" || block.themes.includes(filter.theme)) &&
      (filter.audience === "alle" || block.audiences.includes(filter.audience)) &&
      words.every((word) => haystack(block).includes(word))
  );
  const searched = words.length > 0 || filter.theme !== "alle";
  return searched ? withoutContained(found, (block) => block) : found;
}
