/**
 * Something the pane inserts: a block (the report's or the user's own) or the core message the
 * user composed. Both go through the one inserter, so each is placed by the same rule (never
 * after a closing), reported in the same banner with Ongedaan maken and Toon, and announced
 * alike. A block card builds its insertion here; the core message form builds its own.
 */
import { blockParagraphs, isOwnBlock, themeById, type AnyBlock } from "../../content";
import type { Language } from "../strings";
import type { PlaceholderValues } from "./use-block-inserter";

interface InsertionParts {
  /** The content control's tag: what a later review and Ongedaan maken know it by. */
  tag: string;
  /** The content control's title, which Word shows. */
  title: string;
  paragraphs: string[];
}

export type Insertion =
  | ({ kind: "block"; block: AnyBlock } & InsertionParts)
  | ({ kind: "core-message" } & InsertionParts);

export const BLOCK_TAG_PREFIX = "argumentenhulp:block:";
/** The user's own blocks carry their own tag, so a document never passes them off as the report's. */
export const OWN_BLOCK_TAG_PREFIX = "argumentenhulp:own-block:";

export function blockTag(block: AnyBlock): string {
  return (isOwnBlock(block) ? OWN_BLOCK_TAG_PREFIX : BLOCK_TAG_PREFIX) + block.id;
}

export function blockInsertion(
  block: AnyBlock,
  values: PlaceholderValues,
  language: Language
): Insertion {
  return {
    kind: "block",
    block,
    tag: blockTag(block),
    title: isOwnBlock(block)
      ? `Argumentenhulp, eigen tekstblok: ${block.title}`
      : `Argumentenhulp: ${themeById(block.themes[0]).label[language]}`,
    paragraphs: blockParagraphs(block, values),
  };
}
