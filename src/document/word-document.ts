/**
 * The document port on a real Word document. Together with its word-*.ts siblings this is the
 * only code in the project that touches Word.* and Office.context.document.
 *
 * Batching (the promise this file keeps, counted in test/word): one `context.sync()` per read,
 * per insert and per select on every Word with WordApi 1.3. Exceptions, each on a rare path or an
 * older Word, and each written down where it happens:
 * - a read takes a second sync when the document holds a tracked deletion (word-read.ts);
 * - an insert looks at its anchor first (a second sync) when the last read saw lists, tables or
 *   blocks of the add-in, or when it must check the anchor's text (word-insert.ts);
 * - a select whose paragraph no longer has the expected text takes a second sync to put the
 *   user's selection back;
 * - an after-cursor insert with `orAtEnd` whose cursor was outside the text is retried at the end;
 * - on a Word with only 1.1/1.2, inserting after the cursor or paragraph N and selecting
 *   paragraph N take two syncs, because the paragraph must be loaded before it can be used.
 * Comments take two syncs (load the paragraphs or comments, then change them).
 * Reading where the cursor is takes one sync. Taking an insert back, or showing it, takes two
 * (find its paragraphs, then delete or select them), three where blocks have content controls
 * (their tags are read in between; word-inserted.ts).
 *
 * Nothing here throws to the caller: Word's errors come back as PortResult errors in Dutch.
 */
import type {
  CursorParagraph,
  DocumentParagraph,
  DocumentPort,
  DocumentSettings,
  HostCapabilities,
  InsertOutcome,
  InsertRequest,
  InsertedBlock,
  PortError,
  PortResult,
  ReviewComment,
} from "./port";
import { portError } from "./messages";
import { paragraphsToInsert, sameParagraphText } from "./paragraph-style";
import {
  supportedWordApiSets,
  wordApiLevel,
  openedReadOnly,
  wordCapabilities,
  type WordApiLevel,
} from "./word-capabilities";
import {
  cursorLookupFailed,
  failedAfterFirstWrite,
  wordError,
  wordErrorCode,
  type WordAction,
} from "./word-errors";
import { insertBlock, InsertFailure } from "./word-insert";
import type { InsertPlan } from "./word-block";
import { paragraphLocator } from "./word-paragraphs";
import { readCursorParagraph } from "./word-cursor";
import { findInsertedParagraphs } from "./word-inserted";
import { addComments, removeComments } from "./word-comments";
import { readOfficeSettings, writeOfficeSettings } from "./office-settings";
import { watchWordChanges, type ChangeKind } from "./word-events";
import { bareId, WordReader } from "./word-read";
import { failedInTextCall, queueText } from "./word-text";
import { queueSelectionText } from "./word-selection";
import type { OfficeHost, WordHost } from "./word-host";

/** How long after its own insert or select a "selection moved" notice is the port's own. */
const OWN_SELECTION_MS = 400;

const ok = <T>(value: T): PortResult<T> => ({ ok: true, value });
const fail = <T>(error: PortError): PortResult<T> => ({ ok: false, error });

export class WordDocument implements DocumentPort {
  private readonly host: HostCapabilities;
  private readonly level: WordApiLevel;
  /**
   * What the last read saw: its paragraphs, their ids (WordApi 1.6: the pane's indices come from
   * that read, so "paragraph N" is found by id even after edits above it) and whether the
   * document holds blocks. Forgotten by an insert, which shifts the indices.
   */
  private readonly reader: WordReader;
  /** Ids of paragraphs this port inserted: their change events are the port's own, not the user's. */
  private readonly ownIds = new Set<string>();
  /**
   * Older Word reports only "the selection moved", without saying who moved it; the port's own
   * inserts and selects move it too. Such a notice up to this time (ms) is the port's own.
   */
  private ownSelectionUntil = 0;

  constructor(
    private readonly word: WordHost,
    private readonly office: OfficeHost
  ) {
    const sets = supportedWordApiSets(office);
    this.level = wordApiLevel(sets, office);
    this.host = wordCapabilities(office, sets);
    this.reader = new WordReader(this.level, sets);
  }

  capabilities(): HostCapabilities {
    return {
      ...this.host,
      wordApiSets: [...this.host.wordApiSets],
      missing: [...this.host.missing],
    };
  }

  readParagraphs(scope: "all" | "changed" = "all"): Promise<PortResult<DocumentParagraph[]>> {
    if (!this.host.read) return Promise.resolve(fail(portError("unsupported", "missing-read")));
    return this.attempt("read", async (context) => ok(await this.reader.read(context, scope)));
  }

  async insertParagraphs(request: InsertRequest): Promise<PortResult<InsertOutcome>> {
    if (!this.host.insert)
      return fail(
        openedReadOnly(this.office)
          ? portError("read-only")
          : portError("unsupported", "missing-read")
      );
    const texts = paragraphsToInsert(request.paragraphs);
    if (texts.every((text) => text.trim() === ""))
      return fail(portError("unknown", "empty-insert"));
    const where = request.where;
    if (where.kind === "after-paragraph" && (!Number.isInteger(where.index) || where.index < -1)) {
      return fail(portError("invalid-location"));
    }
    const last = this.reader.last;
    const plan: InsertPlan = {
      texts,
      ranges: this.level.ranges,
      controls: this.level.blockControls,
      locate: paragraphLocator(last?.ids ?? []),
      plain:
        last !== undefined &&
        !last.hasBlocks &&
        last.paragraphs.every((paragraph) => !paragraph.isListItem && !paragraph.inTable),
      view: this.reader.textView(),
      inserted: this.level.paragraphEvents
        ? (ids) => ids.forEach((id) => this.ownIds.add(bareId(id)))
        : undefined,
    };
    const result = await this.insertBlock(request, plan);
    if (result.ok) this.reader.forget();
    this.movedSelection();
    return result;
  }

  private async insertBlock(
    request: InsertRequest,
    plan: InsertPlan
  ): Promise<PortResult<InsertOutcome>> {
    const where = request.where;
    const action: WordAction = where.kind === "after-cursor" ? "insert-after-cursor" : "insert";
    try {
      const outcome = await this.word.run((context) => insertBlock(context, request, plan));
      if (outcome === "invalid-location") return fail(portError("invalid-location"));
      if (outcome === "stale") return fail(portError("not-found"));
      return ok(outcome);
    } catch (thrown) {
      const failure =
        thrown instanceof InsertFailure ? thrown : new InsertFailure(thrown, undefined);
      const error = failure.cause;
      // Only a failed cursor lookup means nothing was written (a batch is not rolled back), so
      // only then may the block go to the end instead without landing twice. A batch that had
      // not queued a write yet (looking at the anchor first) failed in the lookup, whatever
      // Word says about where.
      const notFound = ["ItemNotFound", "InvalidArgument"].includes(wordErrorCode(error));
      const lookupFailed =
        cursorLookupFailed(error) || (failure.firstWrite === undefined && notFound);
      if (where.kind === "after-cursor" && lookupFailed) {
        if (!where.orAtEnd) return fail(portError("invalid-location", "outside-body"));
        const atEnd = await this.insertParagraphs({ ...request, where: { kind: "end" } });
        return atEnd.ok ? ok({ ...atEnd.value, atEndInstead: true }) : atEnd;
      }
      if (failure.firstWrite && failedAfterFirstWrite(error, failure.firstWrite)) {
        this.reader.forget();
        return fail(portError("unknown", "partly-written"));
      }
      return fail(wordError(error, action));
    }
  }

  readSelection(): Promise<PortResult<string>> {
    if (!this.host.read) return Promise.resolve(fail(portError("unsupported", "missing-read")));
    return this.attempt("read", async (context) => {
      try {
        const text = queueSelectionText(context.document.getSelection(), this.reader.textView());
        await context.sync();
        return ok(text());
      } catch (error) {
        if (!failedInTextCall(error)) throw error;
        const text = queueSelectionText(context.document.getSelection(), "text");
        await context.sync();
        return ok(text());
      }
    });
  }

  cursorParagraph(): Promise<PortResult<CursorParagraph | null>> {
    if (!this.host.read || !this.level.ranges)
      return Promise.resolve(fail(portError("unsupported", "missing-styles")));
    return this.attempt("read", async (context) => {
      try {
        return ok(await readCursorParagraph(context, this.reader.textView()));
      } catch (error) {
        if (!failedInTextCall(error)) throw error;
        this.reader.dropTextView();
        return ok(await readCursorParagraph(context, this.reader.textView()));
      }
    });
  }

  async removeInserted(block: InsertedBlock): Promise<PortResult<void>> {
    if (!this.host.insert) return fail(portError("read-only"));
    const result = await this.attempt("insert", async (context) => {
      const paragraphs = await findInsertedParagraphs(context, block, this.insertedLookup());
      if (!paragraphs) return fail<void>(portError("edited"));
      for (const paragraph of paragraphs) paragraph.delete();
      await context.sync();
      return ok(undefined);
    });
    if (result.ok) this.reader.forget();
    this.movedSelection();
    return result;
  }

  async selectInserted(block: InsertedBlock): Promise<PortResult<void>> {
    if (!this.host.select) return fail(portError("unsupported", "missing-read"));
    const result = await this.attempt("select", async (context) => {
      const paragraphs = await findInsertedParagraphs(context, block, this.insertedLookup());
      if (!paragraphs) return fail<void>(portError("edited"));
      const first = paragraphs[0];
      const last = paragraphs[paragraphs.length - 1];
      if (this.level.ranges)
        first.getRange("Start").expandTo(last.getRange("End")).select("Select");
      else first.select("Select");
      await context.sync();
      return ok(undefined);
    });
    this.movedSelection();
    return result;
  }

  private insertedLookup() {
    return { controls: this.level.blockControls && this.level.ranges };
  }

  async selectParagraph(index: number, expectedText?: string): Promise<PortResult<void>> {
    const result = await this.select(index, expectedText);
    this.movedSelection();
    return result;
  }

  /** The selection events Word raises for the port's own move arrive just after it. */
  private movedSelection(): void {
    this.ownSelectionUntil = Date.now() + OWN_SELECTION_MS;
  }

  private select(index: number, expectedText?: string): Promise<PortResult<void>> {
    if (!this.host.select) return Promise.resolve(fail(portError("unsupported", "missing-read")));
    if (!Number.isInteger(index) || index < 0) return Promise.resolve(fail(portError("not-found")));
    const matches = (text: string) =>
      expectedText === undefined || sameParagraphText(text, expectedText);
    return this.attempt("select", async (context) => {
      const paragraphs = context.document.body.paragraphs;
      if (!this.level.ranges) {
        paragraphs.load("items/text");
        await context.sync();
        const target = paragraphs.items[index];
        if (!target || !matches(target.text)) return fail(portError("not-found"));
        target.select("Select");
        await context.sync();
        return ok(undefined);
      }
      // One sync: select optimistically and check the text in the same batch. The selection
      // before it is pinned first (loading it makes Word resolve it now), so a stale index, which
      // is rare, costs a second sync that puts the user's selection back. The text is read the
      // way reads read it, without tracked deletions.
      const check = async (view = this.reader.textView()) => {
        const previous = context.document.getSelection();
        // eslint-disable-next-line office-addins/no-navigational-load -- isEmpty is a scalar; the rule's list lacks it
        previous.load("isEmpty");
        const target = paragraphLocator(this.reader.last?.ids ?? [])(context, index);
        if (view === "text") target.load("text");
        const text = queueText(target, view);
        target.select("Select");
        await context.sync();
        return { previous, text: text() };
      };
      let seen: Awaited<ReturnType<typeof check>>;
      try {
        seen = await check();
      } catch (error) {
        if (!failedInTextCall(error)) throw error;
        this.reader.dropTextView();
        seen = await check();
      }
      if (matches(seen.text)) return ok(undefined);
      seen.previous.select("Select");
      await context.sync();
      return fail(portError("not-found"));
    });
  }

  addReviewComments(comments: ReviewComment[]): Promise<PortResult<number>> {
    if (!this.host.comments)
      return Promise.resolve(fail(portError("unsupported", "missing-comments")));
    if (comments.length === 0) return Promise.resolve(ok(0));
    const last = this.reader.last;
    if (!last) return Promise.resolve(fail(portError("not-found")));
    return this.attempt("comments", async (context) =>
      ok(
        await addComments(context, comments, {
          locate: paragraphLocator(last.ids),
          texts: last.paragraphs.map((paragraph) => paragraph.text),
          view: this.reader.textView(),
        })
      )
    );
  }

  removeReviewComments(): Promise<PortResult<number>> {
    if (!this.host.comments)
      return Promise.resolve(fail(portError("unsupported", "missing-comments")));
    return this.attempt("comments", async (context) => ok(await removeComments(context)));
  }

  readSettings(): Promise<PortResult<DocumentSettings>> {
    return Promise.resolve(readOfficeSettings(this.office.context.document?.settings));
  }

  writeSettings(settings: DocumentSettings): Promise<PortResult<void>> {
    return writeOfficeSettings(this.office.context.document?.settings, settings);
  }

  onChange(listener: () => void): () => void {
    return watchWordChanges(
      this.word,
      this.office,
      this.level.paragraphEvents,
      (kind: ChangeKind, ids?: readonly string[]) => {
        // The port's own inserts raise events too; they are not the user's changes.
        if (ids && ids.length > 0 && ids.every((id) => this.ownIds.has(bareId(id)))) return;
        if (kind === "unknown" && Date.now() <= this.ownSelectionUntil) return;
        this.reader.noteChange(kind, ids);
        listener();
      }
    );
  }

  private async attempt<T>(
    action: WordAction,
    batch: (context: Word.RequestContext) => Promise<PortResult<T>>
  ): Promise<PortResult<T>> {
    try {
      return await this.word.run(batch);
    } catch (error) {
      return fail(wordError(error, action));
    }
  }
}

/** The port for the task pane inside Word: Office.js's own `Word` and `Office` globals. */
export function createWordDocument(
  word: WordHost = Word,
  office: OfficeHost = Office
): WordDocument {
  return new WordDocument(word, office);
}
