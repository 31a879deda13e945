/**
 * A paragraph's text as it stands after tracked changes. `Paragraph.text` holds tracked
 * deletions on Word on the web, and on the desktop depending on how revisions are shown
 * (office-js #1267, #5286, #2314), so the engine would judge words the user struck out. Word
 * offers two calls that leave them out:
 *   getText()                    WordApi 1.7, also leaves hidden text out
 *   getReviewedText("Current")   WordApi 1.4
 * Both have failed on some builds and documents (#5386, #4831, #4302), so a view that fails is
 * dropped for the next one down, ending with `.text`.
 */
import { errorLocation } from "./word-errors";

export type TextView = "getText" | "reviewed" | "text";

export function textViewFor(sets: string[]): TextView {
  if (sets.includes("1.7")) return "getText";
  if (sets.includes("1.4")) return "reviewed";
  return "text";
}

/** The view to use after `view` failed. */
export function fallbackView(view: TextView, sets: string[]): TextView {
  if (view === "getText" && sets.includes("1.4")) return "reviewed";
  return "text";
}

/**
 * Queues reading `paragraph`'s text in `view` (for "text" the caller loads `text` itself); the
 * returned function gives the text after the sync.
 */
export function queueText(paragraph: Word.Paragraph, view: TextView): () => string {
  if (view === "text") return () => paragraph.text;
  const result = view === "getText" ? paragraph.getText() : paragraph.getReviewedText("Current");
  // Read only by the caller after its sync.
  return () => result.value;
}

/** The error came from one of the text calls, so a plainer view may work. */
export function failedInTextCall(error: unknown): boolean {
  return /getText|getReviewedText/.test(errorLocation(error));
}
