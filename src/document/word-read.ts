/**
 * Reading the document's paragraphs, and keeping what the last read saw.
 *
 * One sync per read on every Word: the paragraphs' properties load together, with (WordApi 1.6)
 * the body's tracked changes. Only when a tracked deletion is there does a second sync fetch
 * each paragraph's text without it (word-text.ts); WordApi 1.4–1.5 cannot tell, so it always
 * takes the second sync.
 *
 * Large documents: with WordApi 1.6 the change events name the paragraphs that changed, so a
 * refresh after typing re-reads only those (one sync), and a refresh with no change since the
 * last read reads nothing. A document too large for one response (Office on the web limits it)
 * is read in slices of `SLICE` paragraphs, one sync each.
 */
import type { DocumentParagraph } from "./port";
import { paragraphLoad, toDocumentParagraph } from "./word-paragraphs";
import { fallbackView, queueText, type TextView } from "./word-text";
import { errorLocation, wordErrorCode } from "./word-errors";
import type { WordApiLevel } from "./word-capabilities";

/** Paragraphs per slice when the document is too large to read at once. */
export const SLICE = 500;
/** More changed paragraphs than this, and a full read is cheaper than fetching each by id. */
const MAX_CHANGED = 40;

export interface LastRead {
  paragraphs: DocumentParagraph[];
  /** WordApi 1.6 ids, without braces, in document order; empty on older Word. */
  ids: string[];
  /** The document holds a block the add-in inserted (a content control with its tag). */
  hasBlocks: boolean;
}

/** Tags of the add-in's blocks start with this (see the pane's block inserter). */
export const BLOCK_TAG_PREFIX = "argumentenhulp:";

export function bareId(id: string): string {
  return id.replace(/[{}]/g, "").toLowerCase();
}

export class WordReader {
  last?: LastRead;
  private view: TextView;
  private detectDeletions: boolean;
  /** Paragraph ids the change events named since the last read. */
  private changed = new Set<string>();
  /** A paragraph was added or deleted (or an event came without ids): only a full read will do. */
  private reshaped = true;

  constructor(
    private readonly level: WordApiLevel,
    private readonly sets: string[]
  ) {
    this.view = level.textView;
    this.detectDeletions = level.trackedChanges;
  }

  /** The text view reads use now (it steps down after a failing call). */
  textView(): TextView {
    return this.view;
  }

  dropTextView(): void {
    this.view = fallbackView(this.view, this.sets);
  }

  /** What a change event said; `ids` undefined means "something, somewhere". */
  noteChange(kind: "changed" | "added" | "deleted" | "unknown", ids?: readonly string[]): void {
    if (kind !== "changed" || !ids || ids.length === 0) this.reshaped = true;
    else for (const id of ids) this.changed.add(bareId(id));
  }

  /** The document changed in a way the reader did not see (an insert by the add-in). */
  forget(): void {
    this.last = undefined;
    this.reshaped = true;
    this.changed.clear();
  }

  async read(context: Word.RequestContext, scope: "all" | "changed"): Promise<DocumentParagraph[]> {
    if (scope === "changed" && this.last && !this.reshaped && this.level.paragraphEvents) {
      if (this.changed.size === 0) return this.last.paragraphs;
      if (this.changed.size <= MAX_CHANGED) {
        const patched = await this.readChanged(context, this.last).catch(() => undefined);
        if (patched) return patched;
      }
    }
    return this.readAll(context);
  }

  private async readAll(context: Word.RequestContext): Promise<DocumentParagraph[]> {
    const ids = this.level.paragraphEvents;
    let items: Word.Paragraph[];
    let deletions: boolean;
    let hasBlocks: boolean;
    let sliced = false;
    try {
      ({ items, deletions, hasBlocks } = await this.loadAll(context, 0, Infinity));
    } catch (error) {
      const code = wordErrorCode(error);
      if (
        code === "ResponsePayloadSizeLimitExceeded" ||
        code === "RequestPayloadSizeLimitExceeded"
      ) {
        ({ items, deletions, hasBlocks } = await this.loadInSlices(context));
        sliced = true;
      } else if (this.detectDeletions && /getTrackedChanges/.test(errorLocation(error))) {
        // getTrackedChanges fails on some documents (office-js #6219): read without it.
        this.detectDeletions = false;
        return this.readAll(context);
      } else throw error;
    }
    const texts = await this.textsOf(context, items, deletions, sliced ? SLICE : items.length);
    const paragraphs = items.map((paragraph, i) =>
      toDocumentParagraph(paragraph, this.level.ranges, texts?.[i])
    );
    this.last = {
      paragraphs,
      ids: ids ? items.map((paragraph) => bareId(paragraph.uniqueLocalId)) : [],
      hasBlocks,
    };
    this.reshaped = false;
    this.changed.clear();
    return paragraphs;
  }

  private async loadAll(
    context: Word.RequestContext,
    skip: number,
    top: number
  ): Promise<{ items: Word.Paragraph[]; deletions: boolean; hasBlocks: boolean }> {
    const body = context.document.body;
    const paragraphs = body.paragraphs;
    const load = paragraphLoad(this.level.ranges, this.level.paragraphEvents);
    if (top === Infinity) paragraphs.load(load);
    else paragraphs.load({ select: load.replace(/items\//g, ""), skip, top });
    const first = skip === 0;
    const controls = first && this.level.blockControls ? body.contentControls : undefined;
    controls?.load("items/tag");
    const tracked =
      first && this.view !== "text" && this.detectDeletions ? body.getTrackedChanges() : undefined;
    tracked?.load("items/type");
    await context.sync();
    // Without getTrackedChanges (WordApi 1.4–1.5) a deletion cannot be ruled out.
    const deletions = tracked
      ? tracked.items.some((change) => String(change.type) === "Deleted")
      : first && this.view !== "text";
    const hasBlocks = (controls?.items ?? []).some((control) =>
      (control.tag ?? "").startsWith(BLOCK_TAG_PREFIX)
    );
    return { items: paragraphs.items, deletions, hasBlocks };
  }

  private async loadInSlices(
    context: Word.RequestContext
  ): Promise<{ items: Word.Paragraph[]; deletions: boolean; hasBlocks: boolean }> {
    const items: Word.Paragraph[] = [];
    let deletions = false;
    let hasBlocks = false;
    for (let skip = 0; ; skip += SLICE) {
      const slice = await this.loadAll(context, skip, SLICE);
      items.push(...slice.items);
      deletions ||= slice.deletions;
      hasBlocks ||= slice.hasBlocks;
      if (slice.items.length < SLICE) return { items, deletions, hasBlocks };
    }
  }

  /** The paragraphs' texts without tracked deletions, or undefined when `.text` is right. */
  private async textsOf(
    context: Word.RequestContext,
    items: Word.Paragraph[],
    deletions: boolean,
    slice: number
  ): Promise<string[] | undefined> {
    while (deletions && this.view !== "text") {
      const view = this.view;
      try {
        const texts: string[] = [];
        for (let start = 0; start < items.length; start += Math.max(slice, 1)) {
          const pending = items.slice(start, start + slice).map((p) => queueText(p, view));
          // One sync, unless the document had to be read in slices: then one per slice.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          texts.push(...pending.map((text) => text()));
        }
        return texts;
      } catch {
        // This batch holds only the text calls (the paragraphs loaded already), so whatever
        // failed was one of them, whatever Word puts in errorLocation: step down a view.
        this.dropTextView();
      }
    }
    return undefined;
  }

  /** Re-reads only the paragraphs the change events named, by id; one sync. */
  private async readChanged(
    context: Word.RequestContext,
    last: LastRead
  ): Promise<DocumentParagraph[] | undefined> {
    const load = paragraphLoad(this.level.ranges, false);
    const fetched = [...this.changed].map((id) => {
      const paragraph = context.document.getParagraphByUniqueLocalId(id);
      paragraph.load(load.replace(/items\//g, ""));
      return { id, paragraph, text: queueText(paragraph, this.view) };
    });
    await context.sync();
    const paragraphs = [...last.paragraphs];
    for (const { id, paragraph, text } of fetched) {
      const index = last.ids.indexOf(id);
      if (index < 0) return undefined;
      paragraphs[index] = toDocumentParagraph(paragraph, this.level.ranges, text());
    }
    this.last = { ...last, paragraphs };
    this.changed.clear();
    return paragraphs;
  }
}
