/**
 * Finding a block the add-in inserted, to take it back or show it.
 *
 * By its paragraphs first: the run whose text is still exactly what was inserted, nearest to where
 * it went in (inserted-run.ts). Where the block has a content control (not on Office on the web,
 * see word-capabilities.ts) a second sync reads the control of each such run, and a run inside a
 * control with the block's tag wins; tags can be lost when a document is saved and reopened, so
 * without one the text decides. A block whose text the user changed is not found: taking it back
 * must never delete the user's words.
 *
 * Removing deletes exactly those paragraphs (Paragraph.delete, WordApi 1.1). The content control
 * lives inside the paragraphs' marks, so it goes with them (office-js #4975, "by design"). With
 * track changes on, Word keeps the deletion as a tracked change and may keep the control
 * (#1299); Word on the web then still shows the struck text in `Paragraph.text` (#1267), which
 * the reads already leave out (word-text.ts).
 *
 * The texts are compared as `Paragraph.text` has them: on Word on the web that includes words the
 * user struck out with track changes on, so a block whose only change is a tracked deletion is
 * still found, and removing it removes what the user had struck out anyway.
 */
import type { InsertedBlock } from "./port";
import { paragraphText, paragraphsToInsert } from "./paragraph-style";
import { insertedRunStarts, nearestStart } from "./inserted-run";

export interface InsertedLookup {
  /** The block went in with a content control that Word can name (WordApi 1.3 to read it back). */
  controls: boolean;
}

/** The inserted block's paragraphs, or null when its text changed or it is gone; 1 or 2 syncs. */
export async function findInsertedParagraphs(
  context: Word.RequestContext,
  block: InsertedBlock,
  lookup: InsertedLookup
): Promise<Word.Paragraph[] | null> {
  const texts = paragraphsToInsert(block.paragraphs);
  const all = context.document.body.paragraphs;
  all.load("items/text");
  await context.sync();
  const items = all.items;
  const starts = insertedRunStarts(
    items.map((paragraph) => paragraphText(paragraph.text ?? "")),
    texts
  );
  if (starts.length === 0) return null;
  let chosen = nearestStart(starts, block.firstIndex);
  if (lookup.controls) {
    const controls = starts.map((start) => {
      const control = items[start].parentContentControlOrNullObject;
      control.load("tag");
      return control;
    });
    await context.sync();
    const tagged = starts.filter(
      (_, i) => !controls[i].isNullObject && controls[i].tag === block.tag
    );
    if (tagged.length > 0) chosen = nearestStart(tagged, block.firstIndex);
  }
  if (chosen === null) return null;
  return items.slice(chosen, chosen + texts.length);
}
