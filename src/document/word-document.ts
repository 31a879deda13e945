/**
 * The document port on a real Word document. Together with its word-*.ts siblings this is the
 * only code in the project that touches Word.* and Office.context.document.
 *
 * Batching (the promise this file keeps, counted in test/word): one `context.sync()` per read,
 * per insert and per select, on every Word with WordApi 1.3 (Word 2016 and later with updates,
 * Word on the web, Microsoft 365). Exceptions, each on a rare path: a select whose paragraph no
 * longer has the expected text takes a second sync to put the user's selection back; an
 * after-cursor insert with `orAtEnd` whose cursor was outside the text is retried at the end.
 * On a Word with only 1.1/1.2, inserting after paragraph N and selecting paragraph N take two
 * syncs, because the paragraph must be loaded before it can be used.
 * Comments take two syncs (load the paragraphs or comments, then change them).
 *
 * Nothing here throws to the caller: Word's errors come back as PortResult errors in Dutch.
 */
import type {
  DocumentParagraph,
  DocumentPort,
  DocumentSettings,
  HostCapabilities,
  InsertOutcome,
  InsertRequest,
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
import { cursorOutsideBody, wordError, type WordAction } from "./word-errors";
import { insertBlock, insertBlockAfterLoaded, type InsertPlan } from "./word-insert";
import { paragraphLoad, paragraphLocator, toDocumentParagraph } from "./word-paragraphs";
import { addComments, removeComments } from "./word-comments";
import { readOfficeSettings, writeOfficeSettings } from "./office-settings";
import { watchWordChanges } from "./word-events";
import type { OfficeHost, WordHost } from "./word-host";

const ok = <T>(value: T): PortResult<T> => ({ ok: true, value });
const fail = <T>(error: PortError): PortResult<T> => ({ ok: false, error });

export class WordDocument implements DocumentPort {
  private readonly host: HostCapabilities;
  private readonly level: WordApiLevel;
  /**
   * Paragraph ids from the last read (WordApi 1.6): the pane's indices come from that read, so
   * "paragraph N" is found by id even when a table or an edit would make walking by index
   * unreliable. Cleared by an insert, which shifts the indices.
   */
  private idsFromLastRead: string[] = [];

  constructor(
    private readonly word: WordHost,
    private readonly office: OfficeHost
  ) {
    const sets = supportedWordApiSets(office);
    this.level = wordApiLevel(sets);
    this.host = wordCapabilities(office, sets);
  }

  capabilities(): HostCapabilities {
    return {
      ...this.host,
      wordApiSets: [...this.host.wordApiSets],
      missing: [...this.host.missing],
    };
  }

  readParagraphs(): Promise<PortResult<DocumentParagraph[]>> {
    if (!this.host.read) return Promise.resolve(fail(portError("unsupported", "missing-read")));
    const ranges = this.level.ranges;
    const ids = this.level.paragraphEvents;
    return this.attempt("read", async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load(paragraphLoad(ranges, ids));
      await context.sync();
      this.idsFromLastRead = ids
        ? paragraphs.items.map((paragraph) => paragraph.uniqueLocalId)
        : [];
      return ok(paragraphs.items.map((paragraph) => toDocumentParagraph(paragraph, ranges)));
    });
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
    const plan = {
      texts,
      ranges: this.level.ranges,
      locate: paragraphLocator(this.idsFromLastRead),
    };
    const result = await this.insertBlock(request, plan);
    if (result.ok) this.idsFromLastRead = [];
    return result;
  }

  private async insertBlock(
    request: InsertRequest,
    plan: InsertPlan
  ): Promise<PortResult<InsertOutcome>> {
    const where = request.where;
    if (where.kind === "after-paragraph" && where.index >= 0 && !plan.ranges) {
      return this.attempt("insert", async (context) => {
        const outcome = await insertBlockAfterLoaded(context, request, plan, where.index);
        return outcome === "invalid-location" ? fail(portError("invalid-location")) : ok(outcome);
      });
    }
    const action: WordAction = where.kind === "after-cursor" ? "insert-after-cursor" : "insert";
    try {
      return ok(await this.word.run((context) => insertBlock(context, request, plan)));
    } catch (error) {
      // The failed batch stopped before its first write (see word-insert.ts), so trying again
      // at the end cannot put the block in twice.
      if (where.kind === "after-cursor" && where.orAtEnd && cursorOutsideBody(error, action)) {
        const atEnd = await this.insertParagraphs({ ...request, where: { kind: "end" } });
        return atEnd.ok ? ok({ ...atEnd.value, atEndInstead: true }) : atEnd;
      }
      return fail(wordError(error, action));
    }
  }

  selectParagraph(index: number, expectedText?: string): Promise<PortResult<void>> {
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
      // is rare, costs a second sync that puts the user's selection back.
      const previous = context.document.getSelection();
      // eslint-disable-next-line office-addins/no-navigational-load -- isEmpty is a scalar; the rule's list lacks it
      previous.load("isEmpty");
      const target = paragraphLocator(this.idsFromLastRead)(context, index);
      target.load("text");
      target.select("Select");
      await context.sync();
      if (matches(target.text)) return ok(undefined);
      previous.select("Select");
      await context.sync();
      return fail(portError("not-found"));
    });
  }

  addReviewComments(comments: ReviewComment[]): Promise<PortResult<number>> {
    if (!this.host.comments)
      return Promise.resolve(fail(portError("unsupported", "missing-comments")));
    if (comments.length === 0) return Promise.resolve(ok(0));
    return this.attempt("comments", async (context) => ok(await addComments(context, comments)));
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
    return watchWordChanges(this.word, this.office, this.level.paragraphEvents, listener);
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
