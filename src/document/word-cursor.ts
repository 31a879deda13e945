/**
 * Where the cursor is, read-only (WordApi 1.3): the selection's last paragraph, its text as reads
 * see it, and its index, measured as an insert measures its anchor. Word refuses to build the
 * range from the body's start to a cursor in another story (a header, footer, footnote or
 * comment) with ItemNotFound, which is how "the cursor is not in the text" shows. One sync.
 */
import type { CursorParagraph } from "./port";
import { paragraphText } from "./paragraph-style";
import { wordErrorCode } from "./word-errors";
import { indexOf } from "./word-insert";
import { queueText, type TextView } from "./word-text";

export async function readCursorParagraph(
  context: Word.RequestContext,
  view: TextView
): Promise<CursorParagraph | null> {
  const paragraph = context.document.getSelection().paragraphs.getLast();
  if (view === "text") paragraph.load("text");
  const text = queueText(paragraph, view);
  const index = indexOf(context, paragraph);
  try {
    await context.sync();
  } catch (error) {
    if (wordErrorCode(error) === "ItemNotFound") return null;
    throw error;
  }
  return { index: index(), text: paragraphText(text()) };
}
