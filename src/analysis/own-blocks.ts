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
import { ownBlockParagraphs } from "../own-blocks/paragraphs";
import { blockPattern, findBlock, type BlockPattern, type Found } from "./block-pattern";
import type { ParagraphJudgement } from "./paragraph";
import type { ParagraphTheme } from "./types";

/**
 * A line with fewer fixed words ("Met vriendelijke groet,", "Wij zijn [naam].") stands in many
 * drafts that never took the block: it says nothing about where the words came from.
 */
const MIN_FIXED_WORDS = 5;

interface OwnPart {
  block: OwnBlock;
  pattern: BlockPattern;
  /** The line's words and placeholders: what the pattern is made of. */
  key: string;
}

/** A part standing in a paragraph: its index among the review's parts, and where. */
export interface PartFound {
  part: number;
  at: Found;
}

/** One review's parts, and where each stands in a paragraph's text. */
export interface OwnBlocksInReview {
  parts: readonly OwnPart[];
  find(text: string): readonly PartFound[];
}

export interface OwnBlockSearch {
  /** Call once per review, with that review's own blocks. */
  start(blocks: readonly OwnBlock[]): OwnBlocksInReview;
}

const NOTHING: readonly PartFound[] = [];

/**
 * Every line of every block worth looking for, its pattern taken from `known` when the line's
 * words and placeholders are unchanged; `patterns` holds those of these blocks only, so a
 * deleted block's go.
 */
function ownBlockParts(
  blocks: readonly OwnBlock[],
  known: ReadonlyMap<string, BlockPattern | null>
): { parts: OwnPart[]; patterns: Map<string, BlockPattern | null> } {
  const parts: OwnPart[] = [];
  const patterns = new Map<string, BlockPattern | null>();
  for (const block of blocks) {
    for (const line of ownBlockParagraphs(block.text)) {
      const placeholders = block.placeholders.filter((p) => line.includes(p.original));
      const key = [line, ...placeholders.map((p) => p.original)].join("\u0000");
      let pattern = patterns.has(key) ? patterns.get(key) : known.get(key);
      if (pattern === undefined) {
        const made = blockPattern({ ...block, text: line, placeholders });
        pattern = made && made.fixedWords >= MIN_FIXED_WORDS ? made : null;
      }
      patterns.set(key, pattern);
      if (pattern) parts.push({ block, pattern, key });
    }
  }
  return { parts, patterns };
}

/**
 * Looking for the parts in every paragraph costs more than judging one paragraph, so where they
 * stand is kept per text while the parts' words stay the same: typing in one paragraph looks
 * through that paragraph alone. Only the latest review's texts are kept.
 */
export function createOwnBlockSearch(): OwnBlockSearch {
  let patterns = new Map<string, BlockPattern | null>();
  let words = "";
  let seen = new Map<string, readonly PartFound[]>();
  return {
    start(blocks) {
      const made = ownBlockParts(blocks, patterns);
      patterns = made.patterns;
      const { parts } = made;
      const nextWords = parts.map((part) => part.key).join("\u0001");
      const known = nextWords === words ? seen : new Map<string, readonly PartFound[]>();
      words = nextWords;
      seen = new Map();
      return {
        parts,
        find(text) {
          let found = seen.get(text) ?? known.get(text);
          if (!found) {
            const hits: PartFound[] = [];
            parts.forEach((part, index) => {
              const at = findBlock(part.pattern, text);
              if (at) hits.push({ part: index, at });
            });
            found = hits.length > 0 ? hits : NOTHING;
          }
          seen.set(text, found);
          return found;
        },
      };
    },
  };
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
  own: OwnBlocksInReview,
  found: Set<string>
): ParagraphJudgement {
  // A heading argues nothing, as for the report's blocks.
  if (judgement.kind === "heading" || own.parts.length === 0) return judgement;
  const hits = own.find(text);
  if (hits.length === 0) return judgement;
  const themes = [...judgement.themes];
  for (const { part, at } of hits) {
    const { block } = own.parts[part];
    found.add(block.id);
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
  themes.sort((a, b) => b.score - a.score);
  return { ...judgement, themes };
}
