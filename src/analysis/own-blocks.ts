/**
 * The user's own blocks, recognised in the draft by the report's rule (block-pattern.ts): a
 * paragraph that holds one argues the themes the user gave it, marked as the user's, never the
 * report's. A block of several paragraphs (its text's lines) is looked for line by line, since
 * each line becomes a paragraph of its own once inserted.
 *
 * Applied to a paragraph's cached judgement rather than inside it: the user's blocks change
 * while the draft does not, and changing a block should cost a look at each paragraph, not a
 * fresh judgement of all of them.
 */
import type { OwnBlock } from "../content/types";
import { blockPattern, findBlock, type BlockPattern, type Found } from "./block-pattern";
import type { ParagraphJudgement } from "./paragraph";
import type { ParagraphTheme } from "./types";

/**
 * A line with fewer fixed words ("Met vriendelijke groet,", "Wij zijn [naam].") stands in many
 * drafts that never took the block: it says nothing about where the words came from.
 */
const MIN_FIXED_WORDS = 5;

export interface OwnPart {
  block: OwnBlock;
  pattern: BlockPattern;
}

/** Patterns by the words they are made of, kept across reviews while a block keeps its words. */
export type PartPatterns = Map<string, BlockPattern | null>;

/**
 * Every line of every block worth looking for, its pattern taken from `known` when the line's
 * words and placeholders are unchanged; `patterns` holds those of these blocks only, so a
 * deleted block's go.
 */
export function ownBlockParts(
  blocks: readonly OwnBlock[],
  known: PartPatterns
): { parts: OwnPart[]; patterns: PartPatterns } {
  const parts: OwnPart[] = [];
  const patterns: PartPatterns = new Map();
  for (const block of blocks) {
    for (const line of block.text.split("\n")) {
      if (line.trim() === "") continue;
      const placeholders = block.placeholders.filter((p) => line.includes(p.original));
      const key = [line, ...placeholders.map((p) => p.original)].join("\u0000");
      let pattern = patterns.has(key) ? patterns.get(key) : known.get(key);
      if (pattern === undefined) {
        const made = blockPattern({ ...block, text: line, placeholders });
        pattern = made && made.fixedWords >= MIN_FIXED_WORDS ? made : null;
      }
      patterns.set(key, pattern);
      if (pattern) parts.push({ block, pattern });
    }
  }
  return { parts, patterns };
}

/**
 * Which verdict gives way to the block. The model's does, even when it found the theme outside
 * the block: the block is the user's own words as much as the rest, and it is the part they
 * chose to carry the theme. A report block's gives way only to an own block built around it
 * with words of the user's; an own block that is the report's text word for word is the
 * report's. An earlier own block's verdict stands.
 */
function givesWay(verdict: ParagraphTheme, at: Found): boolean {
  if (verdict.fromOwnBlock) return false;
  if (!verdict.fromReport) return true;
  const { start, end } = verdict.sentence;
  return start >= at.start && end <= at.end && end - start < at.end - at.start;
}

/**
 * The judgement with the own blocks standing in `text` credited, their ids added to `found`;
 * the very same judgement when none stands there (the cached one is never changed).
 */
export function creditOwnBlocks(
  judgement: ParagraphJudgement,
  text: string,
  parts: readonly OwnPart[],
  found: Set<string>
): ParagraphJudgement {
  // A heading argues nothing, as for the report's blocks.
  if (judgement.kind === "heading" || parts.length === 0) return judgement;
  let themes: ParagraphTheme[] | null = null;
  for (const { block, pattern } of parts) {
    const at = findBlock(pattern, text);
    if (!at) continue;
    found.add(block.id);
    themes ??= [...judgement.themes];
    const span = { start: at.start, end: at.end, text: text.slice(at.start, at.end) };
    for (const id of block.themes) {
      const i = themes.findIndex((theme) => theme.id === id);
      if (i >= 0 && !givesWay(themes[i], at)) continue;
      const verdict: ParagraphTheme = {
        id,
        score: 1,
        evidence: [span],
        sentence: span,
        fromOwnBlock: { block: block.id, title: block.title },
      };
      if (i >= 0) themes[i] = verdict;
      else themes.push(verdict);
    }
  }
  if (!themes) return judgement;
  themes.sort((a, b) => b.score - a.score);
  return { ...judgement, themes };
}
