/**
 * Inserting a block into Word.
 *
 * Where a new paragraph lands: Word gives a paragraph inserted after another that paragraph's
 * style, list numbering, table cell and content control (office-js #3176, #866). So the block is
 * put after the *table* when the anchor is in one (Table.insertParagraph), after the add-in's own
 * block when the anchor is inside one (ContentControl.insertParagraph "After"), and taken out of
 * the anchor's list (detachFromList). Those facts must be known before writing, which takes a
 * sync of its own; the last read tells when no paragraph can need it (no lists, tables or blocks
 * in the document), and then the insert is one batch, one sync.
 *
 * Order inside a batch matters because Word runs a batch's actions in order and stops at the
 * first one that fails, keeping what ran before it (nothing is rolled back). So in the one-batch
 * insert everything that can fail because of *where* the cursor is (finding its paragraph,
 * measuring its index) is queued before the first write. Word refuses to build the range from the
 * body's start to the cursor (expandTo throws ItemNotFound) when the cursor is in another story
 * (header, footer, footnote, comment), which is how such a cursor is caught before writing.
 *
 * Style: with WordApi 1.3 each inserted paragraph gets the built-in Normal style, so a block put
 * after a heading is body text. Without 1.3 the style is left as Word gives it: setting the style
 * *name* "Normal" fails in a Dutch Word (where it is called "Standaard") and would fail the insert.
 * What a block is (control, style, cursor at its end) is in word-block.ts; Word without 1.3 in
 * word-insert-old-word.ts.
 *
 * Track changes: nothing here reads or changes the tracking mode; Word records the insert as a
 * tracked change by itself when tracking is on.
 */
import type { InsertOutcome, InsertRequest } from "./port";
import { BLOCK_TAG_PREFIX } from "./word-read";
import { sameParagraphText } from "./paragraph-style";
import { queueText } from "./word-text";
import {
  queueBlock,
  type BatchLog,
  type FirstWrite,
  type InsertPlan,
  type InsertResult,
} from "./word-block";
import { insertOnOldWord } from "./word-insert-old-word";

export class InsertFailure extends Error {
  constructor(
    readonly cause: unknown,
    readonly firstWrite: FirstWrite | undefined
  ) {
    super("insert failed");
  }
}

/** Inserts the block; throws InsertFailure with what Word threw. */
export async function insertBlock(
  context: Word.RequestContext,
  request: InsertRequest,
  plan: InsertPlan
): Promise<InsertResult> {
  const log: BatchLog = {};
  try {
    const result = await insertBy(context, request, plan, log);
    if (log.ids) plan.inserted?.(log.ids());
    return result;
  } catch (error) {
    throw new InsertFailure(error, log.firstWrite);
  }
}

function insertBy(
  context: Word.RequestContext,
  request: InsertRequest,
  plan: InsertPlan,
  log: BatchLog
): Promise<InsertResult> {
  if (!plan.ranges) return insertOnOldWord(context, request, plan, log);
  const where = request.where;
  const expected = where.kind === "after-paragraph" ? where.expectedText : undefined;
  if (where.kind === "after-paragraph" && where.index < 0)
    return insertAtStart(context, request, plan, log);
  if (plan.plain && expected === undefined) return insertInOneBatch(context, request, plan, log);
  return insertWithCare(context, request, plan, expected, log);
}

function anchorOf(context: Word.RequestContext, request: InsertRequest, plan: InsertPlan) {
  const where = request.where;
  if (where.kind === "after-cursor") return context.document.getSelection().paragraphs.getLast();
  if (where.kind === "end") return context.document.body.paragraphs.getLast();
  return plan.locate(context, where.index);
}

/** The index of `paragraph` in the body, measured in the same batch (WordApi 1.3). */
export function indexOf(context: Word.RequestContext, paragraph: Word.Paragraph): () => number {
  const upTo = context.document.body
    .getRange("Start")
    .expandTo(paragraph.getRange("Whole")).paragraphs;
  upTo.load("items/isListItem");
  return () => upTo.items.length - 1;
}

/** One batch: locate and measure, then write (the last read said no anchor needs care). */
async function insertInOneBatch(
  context: Word.RequestContext,
  request: InsertRequest,
  plan: InsertPlan,
  log: BatchLog
): Promise<InsertOutcome> {
  const anchor = anchorOf(context, request, plan);
  const anchorIndex = indexOf(context, anchor);
  log.firstWrite = "Paragraph.insertParagraph";
  const [firstText, ...rest] = plan.texts;
  queueBlock(log, anchor.insertParagraph(firstText, "After"), rest, request, plan);
  await context.sync();
  const afterIndex = anchorIndex();
  return { afterIndex, firstIndex: afterIndex + 1 };
}

/**
 * Two syncs: first look at the anchor (its list, table and content control, and its text when
 * the caller gave the text it expects), writing nothing; then write where the block belongs.
 */
async function insertWithCare(
  context: Word.RequestContext,
  request: InsertRequest,
  plan: InsertPlan,
  expected: string | undefined,
  log: BatchLog
): Promise<InsertResult> {
  const anchor = anchorOf(context, request, plan);
  anchor.load("isListItem,tableNestingLevel");
  const text = expected === undefined ? undefined : queueText(anchor, plan.view);
  if (expected !== undefined && plan.view === "text") anchor.load("text");
  const control = anchor.parentContentControlOrNullObject;
  control.load("tag");
  // The cursor's paragraph measured here too, so a cursor outside the body fails before writing.
  const anchorIndex = indexOf(context, anchor);
  await context.sync();
  if (text && !sameParagraphText(text(), expected ?? "")) return "stale";
  anchorIndex();

  const [firstText, ...rest] = plan.texts;
  let first: Word.Paragraph;
  if (!control.isNullObject && (control.tag ?? "").startsWith(BLOCK_TAG_PREFIX)) {
    log.firstWrite = "ContentControl.insertParagraph";
    first = control.insertParagraph(firstText, "After");
  } else if ((anchor.tableNestingLevel ?? 0) > 0) {
    log.firstWrite = "Table.insertParagraph";
    first = outermostTable(anchor, anchor.tableNestingLevel).insertParagraph(firstText, "After");
  } else {
    log.firstWrite = "Paragraph.insertParagraph";
    first = anchor.insertParagraph(firstText, "After");
    // The new paragraph took the anchor's numbering; the block is prose, not a list item.
    if (anchor.isListItem) first.detachFromList();
  }
  const firstIndex = indexOf(context, first);
  queueBlock(log, first, rest, request, plan);
  await context.sync();
  const at = firstIndex();
  return { afterIndex: at - 1, firstIndex: at };
}

/** The table a paragraph `levels` deep sits in, from the inside out. */
function outermostTable(paragraph: Word.Paragraph, levels: number): Word.Table {
  let table = paragraph.parentTable;
  for (let level = 1; level < levels; level++) table = table.parentTable;
  return table;
}

async function insertAtStart(
  context: Word.RequestContext,
  request: InsertRequest,
  plan: InsertPlan,
  log: BatchLog
): Promise<InsertOutcome> {
  log.firstWrite = "Body.insertParagraph";
  const [firstText, ...rest] = plan.texts;
  queueBlock(log, context.document.body.insertParagraph(firstText, "Start"), rest, request, plan);
  await context.sync();
  return { afterIndex: -1, firstIndex: 0 };
}
