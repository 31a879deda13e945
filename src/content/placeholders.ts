/**
 * Putting the user's own words into a block. Only the placeholder spans change; an empty value
 * keeps the report's words, so an unfilled block is always the exact seed text.
 */
import type { ArgumentBlock } from "./types";

/** A block becomes one Word paragraph, so a value typed over several lines joins into one. */
function cleanValue(value: string | undefined): string {
  return (value ?? "").replace(/\s*[\r\n]+\s*/g, " ").trim();
}

export function fillBlock(block: ArgumentBlock, values: Readonly<Record<string, string>>): string {
  // Positions come from the unfilled text and are spliced right to left, so a value that
  // happens to contain another placeholder's words is never replaced a second time.
  const spans = block.placeholders
    .map((placeholder) => ({
      start: block.text.indexOf(placeholder.original),
      length: placeholder.original.length,
      value: cleanValue(Object.prototype.hasOwnProperty.call(values, placeholder.key) ? values[placeholder.key] : ""),
    }))
    .filter((span) => span.start >= 0 && span.value !== "")
    .sort((a, b) => b.start - a.start);

  let text = block.text;
  for (const span of spans) {
    text = text.slice(0, span.start) + span.value + text.slice(span.start + span.length);
  }
  return text;
}

/** The text to insert: one paragraph per block. */
export function blockParagraphs(block: ArgumentBlock, values: Readonly<Record<string, string>>): string[] {
  return [fillBlock(block, values)];
}
