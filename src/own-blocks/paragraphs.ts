/**
 * What a paragraph of an own block is, apart from the rest of own-block.ts (which re-exports
 * ownBlockParagraphs): the insert and the card need this rule on the first load, the block's
 * other rules can wait for the library's chunk.
 */

/** Where a paragraph ends: a line break as a textarea, the port or a pasted text writes it. */
export const PARAGRAPH_END = /\r\n?|[\n\v\f\u2028\u2029]/;

/**
 * The paragraphs of a block's text: each line is one Word paragraph. Blank lines are no
 * paragraph (Word would insert them as empty ones), and runs of spaces inside a line become one.
 * The one rule for what a paragraph of an own block is: the editor, the file, the insert, the
 * card and the engine all cut a block's text here.
 */
export function ownBlockParagraphs(text: string): string[] {
  return text
    .split(PARAGRAPH_END)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
}
