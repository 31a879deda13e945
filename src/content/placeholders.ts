/**
 * Putting the user's own words into a block. Only the placeholder spans change; an empty value
 * keeps the report's words, so an unfilled block is always the exact seed text. The task pane
 * previews a block from the same segments it inserts, so what the user sees is what goes in.
 */
import { ownBlockParagraphs } from "../own-blocks/paragraphs";
import type { AnyBlock, Placeholder } from "./types";

export type BlockSegment =
  | { kind: "text"; text: string }
  /** `text` is the user's value when `filled`, otherwise the report's own words. */
  | { kind: "placeholder"; placeholder: Placeholder; text: string; filled: boolean };

/** A value fills one place inside one paragraph, so a value typed over several lines joins into one. */
function cleanValue(value: string | undefined): string {
  return (value ?? "").replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/**
 * The block's text cut into plain runs and placeholder spans. Positions come from the unfilled
 * text, so a value that happens to contain another placeholder's words is never replaced twice.
 */
export function blockSegments(
  block: AnyBlock,
  values: Readonly<Record<string, string>>
): BlockSegment[] {
  return segmentsOf(block.text, block.placeholders, values);
}

function segmentsOf(
  text: string,
  placeholders: readonly Placeholder[],
  values: Readonly<Record<string, string>>
): BlockSegment[] {
  const spans = placeholders
    .map((placeholder) => ({ placeholder, start: text.indexOf(placeholder.original) }))
    .filter((span) => span.start >= 0)
    .sort((a, b) => a.start - b.start);

  const segments: BlockSegment[] = [];
  let at = 0;
  for (const { placeholder, start } of spans) {
    if (start < at) continue; // overlapping spans cannot both be filled; the first wins
    if (start > at) segments.push({ kind: "text", text: text.slice(at, start) });
    const value = Object.prototype.hasOwnProperty.call(values, placeholder.key)
      ? cleanValue(values[placeholder.key])
      : "";
    segments.push({
      kind: "placeholder",
      placeholder,
      text: value === "" ? placeholder.original : value,
      filled: value !== "",
    });
    at = start + placeholder.original.length;
  }
  if (at < text.length) segments.push({ kind: "text", text: text.slice(at) });
  return segments;
}

export function fillBlock(block: AnyBlock, values: Readonly<Record<string, string>>): string {
  return joined(blockSegments(block, values));
}

/**
 * Ends like a sentence: a full stop, question or exclamation mark, perhaps inside a closing
 * quote; or a colon, after which the user goes on (a list, a quote).
 */
const SENTENCE_END = /[.!?…:]["'”’)]*$/u;

/**
 * What goes into the document, cut as the card shows it: one list of segments per paragraph
 * (a report block is one paragraph, an own block as many as its text has, see own-block.ts),
 * filled, and a closing full stop where the block's last sentence ends without one (two of the
 * report's §4 examples do), so the block reads as a sentence in the user's letter. Only the
 * last paragraph gets it: the lines before it are the user's own, and one that ends without a
 * full stop is a heading or leads into the next. The block's own text stays as it is.
 */
export function insertSegments(
  block: AnyBlock,
  values: Readonly<Record<string, string>>
): BlockSegment[][] {
  const paragraphs = ownBlockParagraphs(block.text).map((text) =>
    segmentsOf(text, block.placeholders, values)
  );
  const last = paragraphs[paragraphs.length - 1];
  if (last && !SENTENCE_END.test(joined(last).trimEnd())) last.push({ kind: "text", text: "." });
  return paragraphs;
}

function joined(segments: readonly BlockSegment[]): string {
  return segments.map((segment) => segment.text).join("");
}

/** The text to insert: one string per paragraph of the block. */
export function blockParagraphs(
  block: AnyBlock,
  values: Readonly<Record<string, string>>
): string[] {
  return insertSegments(block, values).map(joined);
}
