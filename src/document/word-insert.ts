/**
 * Inserting a block into Word in one batch (one `context.sync()`, so one undo step).
 *
 * Order inside the batch matters because Word runs a batch's actions in order and stops at the
 * first one that fails, keeping what ran before it. So everything that can fail because of *where*
 * the cursor is (finding the anchor paragraph, measuring its index) is queued before the first
 * change, and the first change is the paragraph insert itself: a read-only document, a locked
 * content control or a cursor outside the body fails there, before anything was written.
 *
 * Index without a second sync (WordApi 1.3): the range from the body's start to the end of the
 * anchor paragraph is loaded in the same batch, before the insert; its paragraph count is the
 * anchor's index + 1. Word also refuses to build that range (expandTo throws ItemNotFound: the two
 * ranges have no union) when the cursor is in another story (header, footer, footnote, comment),
 * which is how such a cursor is caught before writing.
 * After paragraph N the same measurement is used; at the end the body's paragraph count gives it.
 *
 * Style: with WordApi 1.3 each inserted paragraph gets the built-in Normal style, so a block put
 * after a heading is body text. Without 1.3 the style is left as Word gives it: setting the style
 * *name* "Normal" fails in a Dutch Word (where it is called "Standaard") and would fail the insert.
 *
 * Track changes: nothing here reads or changes the tracking mode; Word records the insert as a
 * tracked change by itself when tracking is on.
 */
import type { InsertOutcome, InsertRequest } from "./port";
import type { ParagraphLocator } from "./word-paragraphs";

export interface InsertPlan {
  texts: string[];
  /** WordApi 1.3 available (getRange/expandTo/getFirst/getNext/styleBuiltIn). */
  ranges: boolean;
  /** Finds the anchor for "after paragraph N" inside the batch (WordApi 1.3 and later). */
  locate: ParagraphLocator;
}

/** Queues the insert and syncs once. Throws what Word throws; the caller maps it. */
export async function insertBlock(
  context: Word.RequestContext,
  request: InsertRequest,
  plan: InsertPlan
): Promise<InsertOutcome> {
  const body = context.document.body;
  const where = request.where;
  const [firstText, ...restTexts] = plan.texts;
  let first: Word.Paragraph;
  let afterIndex: () => number;

  const countUpTo = (anchor: Word.Paragraph) => {
    const upToAnchor = body.getRange("Start").expandTo(anchor.getRange("Whole")).paragraphs;
    upToAnchor.load("items/isListItem");
    return () => upToAnchor.items.length - 1;
  };

  if (where.kind === "after-cursor") {
    const anchor = context.document.getSelection().paragraphs.getLast();
    afterIndex = plan.ranges ? countUpTo(anchor) : () => -1;
    first = anchor.insertParagraph(firstText, "After");
  } else if (where.kind === "end") {
    const all = body.paragraphs;
    all.load(plan.ranges ? "items/isListItem" : "items/style");
    first = body.insertParagraph(firstText, "End");
    afterIndex = () => all.items.length - 1;
  } else if (where.index < 0) {
    first = body.insertParagraph(firstText, "Start");
    afterIndex = () => -1;
  } else {
    // Only reached with WordApi 1.3 (the caller resolves the anchor itself on older Word). The
    // anchor may be found by the id the last read saw, and the document may have changed since,
    // so its index is measured, not assumed.
    const anchor = plan.locate(context, where.index);
    afterIndex = countUpTo(anchor);
    first = anchor.insertParagraph(firstText, "After");
  }

  queueBlock(first, restTexts, request, plan);

  // Without WordApi 1.3 the cursor's index is found after the fact, in the same batch, by
  // looking for the inserted texts in the body (ambiguous only if the same block is there twice).
  const after = where.kind === "after-cursor" && !plan.ranges ? body.paragraphs : undefined;
  after?.load("items/text");

  await context.sync();

  let index = afterIndex();
  if (after)
    index =
      locateInserted(
        after.items.map((p) => p.text),
        plan.texts
      ) - 1;
  return { afterIndex: index, firstIndex: index + 1 };
}

/** Insert after paragraph `anchor` on a Word without WordApi 1.3, where the anchor must be loaded first. */
export async function insertBlockAfterLoaded(
  context: Word.RequestContext,
  request: InsertRequest,
  plan: InsertPlan,
  anchorIndex: number
): Promise<InsertOutcome | "invalid-location"> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/style");
  await context.sync();
  const anchor = paragraphs.items[anchorIndex];
  if (!anchor) return "invalid-location";
  const [firstText, ...restTexts] = plan.texts;
  queueBlock(anchor.insertParagraph(firstText, "After"), restTexts, request, plan);
  await context.sync();
  return { afterIndex: anchorIndex, firstIndex: anchorIndex + 1 };
}

/**
 * Wraps the just-inserted first paragraph in one content control (tag and title name the block)
 * and adds the other paragraphs inside it, so the block stays one unit; then selects it so the
 * user sees what arrived. Paragraph.insertContentControl and ContentControl.insertParagraph are
 * WordApi 1.1, so this works on every Word the add-in runs in.
 */
function queueBlock(
  first: Word.Paragraph,
  restTexts: string[],
  request: InsertRequest,
  plan: InsertPlan
): void {
  const inserted = [first];
  const control = first.insertContentControl();
  control.tag = request.tag;
  control.title = request.title;
  for (const text of restTexts) inserted.push(control.insertParagraph(text, "End"));
  if (plan.ranges) for (const paragraph of inserted) paragraph.styleBuiltIn = "Normal";
  control.select();
}

/** Index of the first paragraph of the first run of `inserted` in `texts`, or 0 if not found. */
export function locateInserted(texts: string[], inserted: string[]): number {
  for (let start = 0; start + inserted.length <= texts.length; start++) {
    if (inserted.every((text, offset) => texts[start + offset].replace(/\r+$/, "") === text))
      return start;
  }
  return 0;
}
