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
 *
 * Afterwards the cursor is put at the end of the block, not over it: with the block selected, the
 * next keystroke would replace it.
 *
 * Undo: Word has no documented way to group an add-in's changes into one undo step (office-js
 * #1827). Ctrl+Z removes what was inserted, possibly in more than one step.
 *
 * Track changes: nothing here reads or changes the tracking mode; Word records the insert as a
 * tracked change by itself when tracking is on.
 */
import type { InsertOutcome, InsertRequest } from "./port";
import type { ParagraphLocator } from "./word-paragraphs";
import { BLOCK_TAG_PREFIX } from "./word-read";
import { sameParagraphText } from "./paragraph-style";
import { queueText, type TextView } from "./word-text";

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

export class InsertFailure extends Error {
  constructor(
    readonly cause: unknown,
    readonly firstWrite: FirstWrite | undefined
  ) {
    super("insert failed");
  }
}

export type InsertResult = InsertOutcome | "invalid-location" | "stale";

/** What an insert's batches did, for the caller: where they first wrote, and what they wrote. */
interface BatchLog {
  firstWrite?: FirstWrite;
  /** The inserted paragraphs' ids (WordApi 1.6), readable after the write's sync. */
  ids?: () => string[];
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
function indexOf(context: Word.RequestContext, paragraph: Word.Paragraph): () => number {
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

/**
 * Word with only WordApi 1.1/1.2: no getLast, getNext or ranges, so the anchor paragraph is
 * loaded first (the selection's paragraphs, or the body's) and the block written in a second
 * sync. Lists and tables cannot be seen here, so a block after a list item may be numbered.
 */
async function insertOnOldWord(
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

/**
 * Wraps the just-inserted first paragraph in one content control (tag and title name the block)
 * and adds the other paragraphs inside it, so the block stays one unit; without controls (Office
 * on the web) the paragraphs follow each other. Then the cursor goes to the block's end.
 * Paragraph.insertContentControl, ContentControl.insertParagraph and select("End") are
 * WordApi 1.1, so this works on every Word the add-in runs in.
 */
function queueBlock(
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
