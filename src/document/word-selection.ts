/**
 * The text the user selected in Word, for making an own block from it. `Range.text` holds
 * tracked deletions where `Paragraph.text` does (office-js #1267), so on WordApi 1.4 the text
 * comes from `getReviewedText("Current")`, falling back to `.text` if that call fails. Word
 * separates paragraphs with "\r" and manual line breaks with "\v"; the port gives "\n".
 * Known faults: a selection in a footnote on Word on the web may lose its first letter
 * (office-js #5037), and several selected table rows may read wrongly (#5388).
 */
import type { TextView } from "./word-text";

export function plainSelectionText(text: string): string {
  return text
    .replace(/\r\n?|[\v\u2028\u2029]/g, "\n")
    .replace(/[\u0007\f]/g, "") // end-of-cell marks and page breaks
    .replace(/\n+$/, "");
}

/** Queues reading the selection's text in one sync; the returned function gives it afterwards. */
export function queueSelectionText(range: Word.Range, view: TextView): () => string {
  if (view === "text") {
    range.load("text");
    return () => plainSelectionText(range.text);
  }
  const reviewed = range.getReviewedText("Current");
  return () => plainSelectionText(reviewed.value);
}
