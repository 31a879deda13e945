/**
 * The document port: "the document the task pane works on". The task pane only talks to this
 * interface; word-document.ts (the only code that touches Word.*) and preview-document.ts
 * implement it.
 */

export interface DocumentParagraph {
  text: string;
  /** The paragraph's style name as the host reports it (e.g. "Heading 1", "Kop 1", "Normal"). */
  style: string;
  isHeading: boolean;
  isListItem: boolean;
  inTable: boolean;
}

export type InsertLocation =
  /**
   * After the paragraph holding the cursor (or the end of a selection); never over it.
   * `orAtEnd`: when the cursor is not in the document's text (a header, footer, footnote or
   * comment), insert at the end of the document instead of failing; the outcome says so.
   */
  | { kind: "after-cursor"; orAtEnd?: boolean }
  | { kind: "end" }
  /**
   * After paragraph `index`; -1 puts the block at the very start. `expectedText` guards against
   * a stale index, as for selectParagraph: nothing is inserted when the text differs.
   */
  | { kind: "after-paragraph"; index: number; expectedText?: string };

export interface InsertRequest {
  /** One entry per paragraph to insert, plain text. */
  paragraphs: string[];
  /** Content-control tag naming what was inserted, e.g. "argumentenhulp:block:relaties-basis". */
  tag: string;
  /** Content-control title shown in Word. */
  title: string;
  where: InsertLocation;
}

export interface InsertOutcome {
  /** Index of the first inserted paragraph in the document after the insert. */
  firstIndex: number;
  /** Index of the paragraph it went after, or -1 when inserted at the very start. */
  afterIndex: number;
  /** True when an after-cursor insert with `orAtEnd` went to the end because the cursor was outside the text. */
  atEndInstead?: boolean;
}

/** What an insert put in the document, for taking it back or showing it (see removeInserted). */
export interface InsertedBlock {
  /** The request's tag and paragraphs, as they were sent. */
  tag: string;
  paragraphs: string[];
  /** The outcome's firstIndex: where the block started right after the insert. */
  firstIndex: number;
}

/** The paragraph holding the cursor (the end of a selection), as the last insert would see it. */
export interface CursorParagraph {
  index: number;
  text: string;
}

export type PortErrorCode =
  | "read-only"
  | "protected"
  | "unsupported"
  | "invalid-location"
  | "not-found"
  | "edited"
  | "unknown";

export interface PortError {
  code: PortErrorCode;
  /** Dutch, for the user; the UI may translate by code. */
  message: string;
}

export type PortResult<T> = { ok: true; value: T } | { ok: false; error: PortError };

export interface HostCapabilities {
  /** Word API sets this host supports, e.g. ["1.1", "1.2", "1.3"]. Empty for the preview. */
  wordApiSets: string[];
  read: boolean;
  insert: boolean;
  select: boolean;
  styles: boolean;
  comments: boolean;
  trackChanges: boolean;
  changeEvents: boolean;
  settings: boolean;
  /** What is missing and why, in Dutch, for the pane to show. */
  missing: string[];
}

/** A review comment to anchor on a paragraph (index -1: the start of the document). */
export interface ReviewComment {
  paragraph: number;
  text: string;
}

/** Per-document settings the pane remembers (audience, placeholders, "niet van toepassing"). */
export type DocumentSettings = Record<string, unknown>;

export interface DocumentPort {
  capabilities(): HostCapabilities;
  /**
   * The paragraphs' text as it stands after tracked changes. `scope` "changed": the caller only
   * needs what changed since the last read (after a change notification); a port may then read
   * less. "all" (the default) reads everything.
   */
  readParagraphs(scope?: "all" | "changed"): Promise<PortResult<DocumentParagraph[]>>;
  /**
   * Inserts the block as prose (normal style, outside lists, tables and earlier blocks) and puts
   * the cursor at its end; Word tracks it when track changes is on. Word has no documented undo
   * grouping: Ctrl+Z removes it, possibly in more than one step.
   */
  insertParagraphs(request: InsertRequest): Promise<PortResult<InsertOutcome>>;
  /**
   * The text the user selected, paragraphs separated by "\n"; "" when only a cursor stands in
   * the text. Read-only: the selection stays as it is.
   */
  readSelection(): Promise<PortResult<string>>;
  /**
   * Where the cursor is, read-only: its paragraph (the last one of a selection), or null when the
   * cursor is outside the document's text (a header, footer, footnote or comment). "unsupported"
   * when this Word cannot tell (WordApi 1.3 is missing).
   */
  cursorParagraph(): Promise<PortResult<CursorParagraph | null>>;
  /**
   * Takes an insert back: removes exactly the paragraphs it inserted, found by the block's
   * content-control tag and their unchanged text, nearest to where they went in. Nothing is
   * removed ("edited") when the user has changed the block's text since, or it is gone.
   */
  removeInserted(block: InsertedBlock): Promise<PortResult<void>>;
  /** Selects and scrolls to an inserted block, found as removeInserted finds it. */
  selectInserted(block: InsertedBlock): Promise<PortResult<void>>;
  /** Select and scroll to a paragraph; `expectedText` guards against a stale index. */
  selectParagraph(index: number, expectedText?: string): Promise<PortResult<void>>;
  /** Adds comments written by this add-in; returns how many were placed. */
  addReviewComments(comments: ReviewComment[]): Promise<PortResult<number>>;
  /**
   * Removes only the comments this add-in placed; returns how many were removed. A comment a
   * person replied to is resolved instead of deleted (deleting would delete the replies).
   */
  removeReviewComments(): Promise<PortResult<number>>;
  readSettings(): Promise<PortResult<DocumentSettings>>;
  writeSettings(settings: DocumentSettings): Promise<PortResult<void>>;
  /**
   * Calls `listener` when the document's text may have changed, not for the port's own inserts;
   * returns an unsubscribe.
   */
  onChange(listener: () => void): () => void;
}
