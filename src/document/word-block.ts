/**
 * What an inserted block is in Word, whatever its place: the paragraphs in one content control
 * whose tag and title name the block (none on Office on the web, see word-capabilities.ts), in
 * the built-in Normal style with WordApi 1.3, and the cursor at its end afterwards: with the
 * block selected, the next keystroke would replace it.
 *
 * Undo: Word has no documented way to group an add-in's changes into one undo step (office-js
 * #1827). Ctrl+Z removes what was inserted, possibly in more than one step.
 */
import type { InsertOutcome, InsertRequest } from "./port";
import type { ParagraphLocator } from "./word-paragraphs";
import type { TextView } from "./word-text";

export interface InsertPlan {
  texts: string[];
  /** WordApi 1.3 available (getRange/expandTo/getFirst/getNext/styleBuiltIn/parentTable…). */
  ranges: boolean;
  /** Wrap the block in a tagged content control (not on Office on the web, see word-capabilities). */
  controls: boolean;
  /** Finds the anchor for "after paragraph N" inside the batch (WordApi 1.3 and later). */
  locate: ParagraphLocator;
  /** The last read saw no list, table or block of the add-in: no anchor can need care. */
  plain: boolean;
  /** How the anchor's text is read for `expectedText` (word-text.ts). */
  view: TextView;
  /** WordApi 1.6: told the inserted paragraphs' ids after the write, so their events are ignored. */
  inserted?: (ids: string[]) => void;
}

/** Where a batch wrote first: a failure at any later step has left part of the block. */
export type FirstWrite =
  | "Paragraph.insertParagraph"
  | "Body.insertParagraph"
  | "Table.insertParagraph"
  | "ContentControl.insertParagraph";

export type InsertResult = InsertOutcome | "invalid-location" | "stale";

/** What an insert's batches did, for the caller: where they first wrote, and what they wrote. */
export interface BatchLog {
  firstWrite?: FirstWrite;
  /** The inserted paragraphs' ids (WordApi 1.6), readable after the write's sync. */
  ids?: () => string[];
}

/**
 * Wraps the just-inserted first paragraph in one content control (tag and title name the block)
 * and adds the other paragraphs inside it, so the block stays one unit; without controls (Office
 * on the web) the paragraphs follow each other. Then the cursor goes to the block's end.
 * Paragraph.insertContentControl, ContentControl.insertParagraph and select("End") are
 * WordApi 1.1, so this works on every Word the add-in runs in.
 */
export function queueBlock(
  log: BatchLog,
  first: Word.Paragraph,
  restTexts: string[],
  request: InsertRequest,
  plan: InsertPlan
): void {
  const inserted = [first];
  if (plan.controls) {
    const control = first.insertContentControl();
    control.tag = request.tag;
    control.title = request.title;
    for (const text of restTexts) inserted.push(control.insertParagraph(text, "End"));
    if (plan.ranges) for (const paragraph of inserted) paragraph.styleBuiltIn = "Normal";
    control.select("End");
  } else {
    let last = first;
    for (const text of restTexts) inserted.push((last = last.insertParagraph(text, "After")));
    if (plan.ranges) for (const paragraph of inserted) paragraph.styleBuiltIn = "Normal";
    last.select("End");
  }
  if (!plan.inserted) return;
  for (const paragraph of inserted) paragraph.load("uniqueLocalId");
  log.ids = () => inserted.map((paragraph) => paragraph.uniqueLocalId);
}
