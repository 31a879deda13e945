/**
 * The report as plain data, for the engine, the CLI and the task pane. Small on purpose: it ships
 * in the task-pane bundle. The zod schema (schema.ts) stays out of here; only tests import it.
 */
import { AUDIENCES_INFO } from "./audiences";
import { BLOCKS } from "./blocks";
import { THEMES } from "./themes";
import type {
  AnyBlock,
  ArgumentBlock,
  Audience,
  AudienceInfo,
  OwnBlock,
  Theme,
  ThemeId,
} from "./types";

export * from "./types";
export { THEMES, BLOCKS, AUDIENCES_INFO };
export {
  fillBlock,
  blockParagraphs,
  blockSegments,
  insertSegments,
  type BlockSegment,
} from "./placeholders";
export { withoutContained } from "./contained-blocks";

const themesById = new Map<ThemeId, Theme>(THEMES.map((theme) => [theme.id, theme]));
const blocksById = new Map<string, ArgumentBlock>(BLOCKS.map((block) => [block.id, block]));
const audiencesById = new Map<Audience, AudienceInfo>(
  AUDIENCES_INFO.map((info) => [info.id, info])
);

export function themeById(id: ThemeId): Theme {
  const theme = themesById.get(id);
  // Unreachable while the content test holds (one theme per THEME_IDS entry); loud if it breaks.
  if (!theme) throw new Error(`Unknown theme id: ${id}`);
  return theme;
}

export function blockById(id: string): ArgumentBlock | undefined {
  return blocksById.get(id);
}

export function audienceById(id: Audience): AudienceInfo {
  const info = audiencesById.get(id);
  if (!info) throw new Error(`Unknown audience: ${id}`);
  return info;
}

/**
 * Blocks that argue the theme: those whose first theme it is come first (they were written for
 * it), then the ones that argue it alongside others; the seed's order within each group.
 */
export function blocksForTheme(id: ThemeId): ArgumentBlock[] {
  const arguing = BLOCKS.filter((block) => block.themes.includes(id));
  return [
    ...arguing.filter((block) => block.themes[0] === id),
    ...arguing.filter((block) => block.themes[0] !== id),
  ];
}

/** The user's own block, never the report's: only the report's blocks name a section of it. */
export function isOwnBlock(block: AnyBlock): block is OwnBlock {
  return !("section" in block);
}
