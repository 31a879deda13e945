/**
 * A block's text cut into plain runs and placeholder spans, so the card can show the user's own
 * words (or the report's, while a placeholder is empty) as chips. Cut the way
 * content/placeholders.ts fills, so the preview reads exactly as the text that will be inserted.
 */
import type { ArgumentBlock, Placeholder } from "../../content";
import type { PlaceholderValues } from "./use-block-inserter";

export type BlockSegment =
  | { kind: "text"; text: string }
  /** `text` is the user's value when `filled`, otherwise the report's own words. */
  | { kind: "placeholder"; placeholder: Placeholder; text: string; filled: boolean };

/** As fillBlock: a value typed over several lines becomes one line; blank keeps the report's words. */
function cleanValue(value: string | undefined): string {
  return (value ?? "").replace(/\s*[\r\n]+\s*/g, " ").trim();
}

export function blockSegments(block: ArgumentBlock, values: PlaceholderValues): BlockSegment[] {
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

/**
 * A short name for a block, for the buttons' accessible names: its opening and closing words.
 * Opening words alone are not enough: two §5 blocks start with the same sentence.
 */
export function blockName(block: ArgumentBlock): string {
  const words = block.text.split(/\s+/).filter(Boolean);
  if (words.length <= 9) return `“${words.join(" ")}”`;
  return `“${words.slice(0, 4).join(" ")} … ${words.slice(-4).join(" ")}”`;
}
