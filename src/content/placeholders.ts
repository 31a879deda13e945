/**
 * Putting the user's own words into a block. Only the placeholder spans change; an empty value
 * keeps the report's words, so an unfilled block is always the exact seed text. The task pane
 * previews a block from the same segments it inserts, so what the user sees is what goes in.
 */
import type { AnyBlock, Placeholder } from "./types";

export type BlockSegment =
  | { kind: "text"; text: string }
  /** `text` is the user's value when `filled`, otherwise the report's own words. */
  | { kind: "placeholder"; placeholder: Placeholder; text: string; filled: boolean };

/** A block becomes one Word paragraph, so a value typed over several lines joins into one. */
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
  const spans = block.placeholders
    .map((placeholder) => ({ placeholder, start: block.text.indexOf(placeholder.original) }))
    .filter((span) => span.start >= 0)
    .sort((a, b) => a.start - b.start);

  const segments: BlockSegment[] = [];
  let at = 0;
  for (const { placeholder, start } of spans) {
    if (start < at) continue; // overlapping spans cannot both be filled; the first wins
    if (start > at) segments.push({ kind: "text", text: block.text.slice(at, start) });
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
  if (at < block.text.length) segments.push({ kind: "text", text: block.text.slice(at) });
  return segments;
}

export function fillBlock(block: AnyBlock, values: Readonly<Record<string, string>>): string {
  return blockSegments(block, values)
    .map((segment) => segment.text)
    .join("");
}

/** Ends like a sentence: a full stop, question or exclamation mark, perhaps inside a closing quote. */
const SENTENCE_END = /[.!?…]["'”’)]*$/u;

/**
 * What goes into the document, cut as the card shows it: the filled block, and a closing full
 * stop where the report's sentence ends without one (two of its §4 examples do), so the block
 * reads as a sentence in the user's letter. The block's own text stays the report's.
 */
export function insertSegments(
  block: AnyBlock,
  values: Readonly<Record<string, string>>
): BlockSegment[] {
  const segments = blockSegments(block, values);
  const text = segments.map((segment) => segment.text).join("");
  return SENTENCE_END.test(text.trimEnd()) ? segments : [...segments, { kind: "text", text: "." }];
}

/** The text to insert: one paragraph per block. */
export function blockParagraphs(
  block: AnyBlock,
  values: Readonly<Record<string, string>>
): string[] {
  return [
    insertSegments(block, values)
      .map((segment) => segment.text)
      .join(""),
  ];
}
