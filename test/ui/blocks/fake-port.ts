/**
 * A small in-memory document for the block tests: paragraphs, a cursor, content-control tags
 * and comments, with switches for a read-only document, a host without comments, and a gate
 * that holds an insert open so a test can click again while it runs.
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
  PortResult,
  ReviewComment,
} from "../../../src/document/port";
import { paragraphsToInsert } from "../../../src/document/paragraph-style";

export const READ_ONLY_MESSAGE =
  "Word staat geen wijzigingen toe in dit document: het is alleen-lezen of beveiligd. Er is niets veranderd.";

export const OUTSIDE_TEXT_MESSAGE =
  "Het blok kan niet op de plek van de cursor: die staat niet in de gewone tekst.";

export const EDITED_MESSAGE =
  "De ingevoegde tekst is veranderd sinds het invoegen, of staat er niet meer. Er is niets weggehaald.";

export class FakePort implements DocumentPort {
  paragraphs: string[];
  tags: (string | null)[];
  titles: (string | null)[];
  /** Index of the paragraph holding the cursor; null when it is outside the text (a header, a footnote). */
  cursor: number | null;
  readOnly = false;
  comments: ReviewComment[] = [];
  insertRequests: InsertRequest[] = [];
  calls: string[] = [];
  private gate: Promise<void> | null = null;
  private openGate: (() => void) | null = null;

  constructor(
    paragraphs: string[],
    cursor: number | null = null,
    private readonly caps: Partial<HostCapabilities> = {}
  ) {
    this.paragraphs = [...paragraphs];
    this.tags = paragraphs.map(() => null);
    this.titles = paragraphs.map(() => null);
    this.cursor = cursor;
  }

  /** Inserts wait until `release()`. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.openGate = resolve));
  }

  release(): void {
    this.openGate?.();
    this.gate = null;
  }

  capabilities(): HostCapabilities {
    return {
      wordApiSets: ["1.1", "1.2", "1.3", "1.4"],
      read: true,
      insert: true,
      select: true,
      styles: true,
      comments: true,
      trackChanges: true,
      changeEvents: false,
      settings: true,
      missing: [],
      ...this.caps,
    };
  }

  async readParagraphs(): Promise<PortResult<DocumentParagraph[]>> {
    return {
      ok: true,
      value: this.paragraphs.map((text) => ({
        text,
        style: "Normal",
        isHeading: false,
        isListItem: false,
        inTable: false,
      })),
    };
  }

  async insertParagraphs(request: InsertRequest): Promise<PortResult<InsertOutcome>> {
    this.calls.push("insert");
    this.insertRequests.push(request);
    if (this.gate) await this.gate;
    if (this.readOnly)
      return { ok: false, error: { code: "read-only", message: READ_ONLY_MESSAGE } };
    const last = this.paragraphs.length - 1;
    let afterIndex: number;
    switch (request.where.kind) {
      case "after-cursor":
        // A cursor outside the text (header, footnote): Word refuses, unless asked to use the end.
        if (this.cursor === null && !request.where.orAtEnd) {
          return { ok: false, error: { code: "protected", message: OUTSIDE_TEXT_MESSAGE } };
        }
        afterIndex = this.cursor ?? last;
        break;
      case "end":
        afterIndex = last;
        break;
      case "after-paragraph":
        afterIndex = request.where.index;
        break;
    }
    const at = afterIndex + 1;
    // As Word does (the port contract): a line break inside an entry starts a paragraph.
    const texts = paragraphsToInsert(request.paragraphs);
    this.paragraphs.splice(at, 0, ...texts);
    this.tags.splice(at, 0, ...texts.map(() => request.tag));
    this.titles.splice(at, 0, ...texts.map(() => request.title));
    const atEndInstead = request.where.kind === "after-cursor" && this.cursor === null;
    // Word selects the inserted text afterwards, so the cursor moves with it.
    this.cursor = at + texts.length - 1;
    return {
      ok: true,
      value: atEndInstead
        ? { firstIndex: at, afterIndex, atEndInstead }
        : { firstIndex: at, afterIndex },
    };
  }

  /** What the user selected, as the port would read it. */
  selectedText = "";

  async readSelection(): Promise<PortResult<string>> {
    return { ok: true, value: this.selectedText };
  }

  async cursorParagraph(): Promise<PortResult<CursorParagraph | null>> {
    this.calls.push("cursor");
    if (this.cursor === null) return { ok: true, value: null };
    return { ok: true, value: { index: this.cursor, text: this.paragraphs[this.cursor] } };
  }

  /** The run with the block's tag and unchanged text nearest to where it went in. */
  private findInserted(block: InsertedBlock): number | null {
    const texts = paragraphsToInsert(block.paragraphs);
    let best: number | null = null;
    for (let start = 0; start + texts.length <= this.paragraphs.length; start++) {
      const same = texts.every(
        (text, i) => this.paragraphs[start + i] === text && this.tags[start + i] === block.tag
      );
      if (
        same &&
        (best === null || Math.abs(start - block.firstIndex) < Math.abs(best - block.firstIndex))
      )
        best = start;
    }
    return best;
  }

  async removeInserted(block: InsertedBlock): Promise<PortResult<void>> {
    this.calls.push("remove-inserted");
    if (this.readOnly)
      return { ok: false, error: { code: "read-only", message: READ_ONLY_MESSAGE } };
    const at = this.findInserted(block);
    if (at === null) return { ok: false, error: { code: "edited", message: EDITED_MESSAGE } };
    const n = paragraphsToInsert(block.paragraphs).length;
    this.paragraphs.splice(at, n);
    this.tags.splice(at, n);
    this.titles.splice(at, n);
    return { ok: true, value: undefined };
  }

  async selectInserted(block: InsertedBlock): Promise<PortResult<void>> {
    this.calls.push("select-inserted");
    const at = this.findInserted(block);
    if (at === null) return { ok: false, error: { code: "edited", message: EDITED_MESSAGE } };
    this.cursor = at + paragraphsToInsert(block.paragraphs).length - 1;
    return { ok: true, value: undefined };
  }

  async selectParagraph(index: number): Promise<PortResult<void>> {
    this.cursor = index;
    return { ok: true, value: undefined };
  }

  async addReviewComments(comments: ReviewComment[]): Promise<PortResult<number>> {
    this.calls.push("add-comments");
    if (this.readOnly)
      return { ok: false, error: { code: "read-only", message: READ_ONLY_MESSAGE } };
    this.comments.push(...comments);
    return { ok: true, value: comments.length };
  }

  async removeReviewComments(): Promise<PortResult<number>> {
    this.calls.push("remove-comments");
    if (this.readOnly)
      return { ok: false, error: { code: "read-only", message: READ_ONLY_MESSAGE } };
    const removed = this.comments.length;
    this.comments = [];
    return { ok: true, value: removed };
  }

  async readSettings(): Promise<PortResult<DocumentSettings>> {
    return { ok: true, value: {} };
  }

  async writeSettings(): Promise<PortResult<void>> {
    return { ok: true, value: undefined };
  }

  onChange(): () => void {
    return () => {};
  }
}
