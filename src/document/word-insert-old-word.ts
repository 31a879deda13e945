/**
 * Inserting on a Word with only WordApi 1.1/1.2 (Word 2016 with a volume licence): no getLast,
 * getNext or ranges, so the anchor paragraph is loaded first and the block written in a second
 * sync. Lists and tables cannot be seen here, so a block after a list item may be numbered.
 */
import type { InsertRequest } from "./port";
import { sameParagraphText } from "./paragraph-style";
import { queueBlock, type BatchLog, type InsertPlan, type InsertResult } from "./word-block";

/**
 * Word with only WordApi 1.1/1.2: no getLast, getNext or ranges, so the anchor paragraph is
 * loaded first (the selection's paragraphs, or the body's) and the block written in a second
 * sync. Lists and tables cannot be seen here, so a block after a list item may be numbered.
 */
export async function insertOnOldWord(
  context: Word.RequestContext,
  request: InsertRequest,
  plan: InsertPlan,
  log: BatchLog
): Promise<InsertResult> {
  const where = request.where;
  const [firstText, ...rest] = plan.texts;
  const body = context.document.body;
  if (where.kind === "end" || (where.kind === "after-paragraph" && where.index < 0)) {
    const all = body.paragraphs;
    all.load("items/style");
    log.firstWrite = "Body.insertParagraph";
    const location = where.kind === "end" ? "End" : "Start";
    queueBlock(log, body.insertParagraph(firstText, location), rest, request, plan);
    await context.sync();
    const afterIndex = where.kind === "end" ? all.items.length - 1 : -1;
    return { afterIndex, firstIndex: afterIndex + 1 };
  }
  const candidates =
    where.kind === "after-cursor" ? context.document.getSelection().paragraphs : body.paragraphs;
  candidates.load(
    where.kind === "after-paragraph" && where.expectedText !== undefined
      ? "items/text"
      : "items/style"
  );
  await context.sync();
  const items = candidates.items;
  const anchor = where.kind === "after-cursor" ? items[items.length - 1] : items[where.index];
  if (!anchor) return "invalid-location";
  if (
    where.kind === "after-paragraph" &&
    where.expectedText !== undefined &&
    !sameParagraphText(anchor.text, where.expectedText)
  )
    return "stale";
  log.firstWrite = "Paragraph.insertParagraph";
  queueBlock(log, anchor.insertParagraph(firstText, "After"), rest, request, plan);
  // The cursor's index is found after the fact, in the same batch, by looking for the inserted
  // texts in the body (ambiguous only if the same block is there twice).
  const after = where.kind === "after-cursor" ? body.paragraphs : undefined;
  after?.load("items/text");
  await context.sync();
  const afterIndex = after
    ? locateInserted(
        after.items.map((p) => p.text),
        plan.texts
      ) - 1
    : anchorIndexOf(where);
  return { afterIndex, firstIndex: afterIndex + 1 };
}

function anchorIndexOf(where: InsertRequest["where"]): number {
  return where.kind === "after-paragraph" ? where.index : -1;
}

/** Index of the first paragraph of the first run of `inserted` in `texts`, or 0 if not found. */
export function locateInserted(texts: string[], inserted: string[]): number {
  for (let start = 0; start + inserted.length <= texts.length; start++) {
    if (inserted.every((text, offset) => texts[start + offset].replace(/\r+$/, "") === text))
      return start;
  }
  return 0;
}
