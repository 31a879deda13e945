/**
 * A document that lives in the browser: the preview page's editable sample and the tests'
 * stand-in for Word. It is a plain model (paragraphs, a selection, comments, settings and
 * listeners) with no DOM in it; the preview page renders it and edits it through the methods
 * below, the task pane uses it through the same DocumentPort as Word.
 *
 * It behaves like the Word adapter where the pane can tell: a document always has at least one
 * paragraph, inserts go after the selection's last paragraph (after the whole block when that
 * paragraph is in an inserted block) and leave the cursor at the end of what was inserted,
 * inserted paragraphs get the normal style and remember their block's tag and title (like a
 * content control), a read-only document refuses changes with the same Dutch message and
 * leaves everything as it was, comments move with their paragraphs, and only comments with the
 * add-in's prefix are removed.
 *
 * Like a text editor it keeps an undo history: every change (the user's edits, an insert or its
 * removal by the pane, comments) is one step, and typing in one paragraph is one step until the
 * user does something else; so Ctrl+Z right after an insert takes back the insert.
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
} from "./port";
import { findInsertedRun } from "./inserted-run";
import { portError } from "./messages";
import { isHeadingStyle, paragraphsToInsert, sameParagraphText } from "./paragraph-style";
import { isReviewComment, reviewCommentText } from "./review-comments";
import { isSettingsObject, structuredCopy } from "./office-settings";

export interface PreviewParagraph extends DocumentParagraph {
  /** Set on paragraphs the add-in inserted: the block's content-control tag and title. */
  tag?: string;
  title?: string;
  /** Which insert the paragraph came from: one number per block, like one content control. */
  block?: number;
}

export type PreviewParagraphInput = string | (Partial<DocumentParagraph> & { text: string });

export interface PreviewComment {
  paragraph: number;
  text: string;
}

/** Paragraph indices, inclusive; `start === end` is a cursor in that paragraph. */
export interface PreviewSelection {
  start: number;
  end: number;
}

/** The part of `localStorage` the preview needs, so tests and Node can pass their own. */
export interface PreviewStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A place in the text: paragraph index and character offset in it. */
export interface PreviewPoint {
  paragraph: number;
  offset: number;
}

interface Snapshot {
  items: PreviewParagraph[];
  notes: PreviewComment[];
  selected: PreviewSelection;
}

/** Undo steps kept; older ones are forgotten. */
const HISTORY_LIMIT = 200;

export type PreviewChange = "text" | "selection" | "reveal" | "comments" | "settings";

export interface PreviewDocumentOptions {
  paragraphs?: PreviewParagraphInput[];
  readOnly?: boolean;
  storage?: PreviewStorage;
  storageKey?: string;
}

const NORMAL_STYLE = "Normal";

function toParagraph(input: PreviewParagraphInput): PreviewParagraph {
  if (typeof input === "string") return normalParagraph(input);
  const style = input.style ?? NORMAL_STYLE;
  return {
    text: input.text,
    style,
    isHeading: input.isHeading ?? isHeadingStyle(style),
    isListItem: input.isListItem ?? false,
    inTable: input.inTable ?? false,
  };
}

function normalParagraph(text: string): PreviewParagraph {
  return { text, style: NORMAL_STYLE, isHeading: false, isListItem: false, inTable: false };
}

const ok = <T>(value: T): PortResult<T> => ({ ok: true, value });

export class PreviewDocument implements DocumentPort {
  private items: PreviewParagraph[] = [normalParagraph("")];
  private selected: PreviewSelection = { start: 0, end: 0 };
  private notes: PreviewComment[] = [];
  private settings: DocumentSettings = {};
  private readOnly: boolean;
  private blocks = 0;
  private undoSteps: Snapshot[] = [];
  private redoSteps: Snapshot[] = [];
  /** The paragraph being typed in: more typing there joins the same undo step. */
  private typingIn: number | null = null;
  private readonly changeListeners = new Set<() => void>();
  private readonly viewListeners = new Set<(change: PreviewChange) => void>();
  private readonly storage?: PreviewStorage;
  private readonly storageKey: string;
  /** The page's own reading of the characters the user dragged over, when it has one. */
  private selectedCharacters: (() => string) | null = null;

  constructor(options: PreviewDocumentOptions = {}) {
    this.readOnly = options.readOnly ?? false;
    this.storage = options.storage;
    this.storageKey = options.storageKey ?? "argumentenhulp:preview-settings";
    if (options.paragraphs) this.items = this.nonEmpty(options.paragraphs.map(toParagraph));
    this.settings = this.loadStoredSettings();
  }

  // ---- The preview page's side: look and edit ----

  paragraphs(): readonly PreviewParagraph[] {
    return this.items.map((paragraph) => ({ ...paragraph }));
  }

  selection(): PreviewSelection {
    return { ...this.selected };
  }

  comments(): readonly PreviewComment[] {
    return this.notes.map((comment) => ({ ...comment }));
  }

  isReadOnly(): boolean {
    return this.readOnly;
  }

  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
  }

  setParagraphs(paragraphs: PreviewParagraphInput[]): void {
    this.remember();
    this.items = this.nonEmpty(paragraphs.map(toParagraph));
    this.notes = this.notes.filter((comment) => comment.paragraph < this.items.length);
    this.selected = this.clampSelection(this.selected);
    this.textChanged();
  }

  setParagraphText(index: number, text: string): void {
    const paragraph = this.items[index];
    if (!paragraph || paragraph.text === text) return;
    this.remember(index);
    this.items[index] = { ...paragraph, text };
    this.textChanged();
  }

  /** A new normal paragraph at `index` (0 … length); later paragraphs and their comments move down. */
  insertParagraphAt(index: number, text: string): void {
    const at = Math.min(Math.max(index, 0), this.items.length);
    this.remember();
    this.items.splice(at, 0, normalParagraph(text));
    this.shiftComments(at, 1);
    this.textChanged();
  }

  /** Removes a paragraph (a document keeps at least one); its comments go with it. */
  removeParagraph(index: number): void {
    if (!this.items[index]) return;
    this.remember();
    this.items.splice(index, 1);
    this.items = this.nonEmpty(this.items);
    this.notes = this.notes.filter((comment) => comment.paragraph !== index);
    this.shiftComments(index + 1, -1);
    this.selected = this.clampSelection(this.selected);
    this.textChanged();
  }

  /**
   * Replaces the text from `from` to `to` (which may lie in different paragraphs) with `lines`:
   * one line stays in the paragraph, more lines make paragraphs, as typing over a selection,
   * Enter, joining paragraphs and pasting do in Word. The first paragraph keeps its style; the
   * rest of the last one keeps its own, a new paragraph after it is normal. Comments on removed
   * paragraphs go with them. Returns where the cursor goes: the end of the new text.
   * `typing`: the new text is typed (over a selection), so typing on joins this undo step.
   */
  replaceRange(
    from: PreviewPoint,
    to: PreviewPoint,
    lines: string[],
    typing = false
  ): PreviewPoint {
    const [start, end] = this.ordered(this.clampPoint(from), this.clampPoint(to));
    const texts = lines.length > 0 ? lines : [""];
    this.remember();
    const first = this.items[start.paragraph];
    const last = this.items[end.paragraph];
    const before = first.text.slice(0, start.offset);
    const after = last.text.slice(end.offset);
    const made: PreviewParagraph[] = texts.map((line, i) => {
      const text = (i === 0 ? before : "") + line + (i === texts.length - 1 ? after : "");
      if (i === 0) return { ...first, text };
      if (i === texts.length - 1 && after !== "") return { ...last, text };
      return normalParagraph(text);
    });
    const removed = end.paragraph - start.paragraph + 1;
    this.items.splice(start.paragraph, removed, ...made);
    const lastMade = start.paragraph + made.length - 1;
    this.notes = this.notes.flatMap((comment) => {
      if (comment.paragraph <= start.paragraph) return [comment];
      if (comment.paragraph < end.paragraph) return [];
      if (comment.paragraph === end.paragraph) return [{ ...comment, paragraph: lastMade }];
      return [{ ...comment, paragraph: comment.paragraph + made.length - removed }];
    });
    const offset =
      texts.length === 1 ? before.length + texts[0].length : texts[texts.length - 1].length;
    this.selected = { start: lastMade, end: lastMade };
    if (typing) this.typingIn = lastMade;
    this.textChanged();
    this.emit("selection");
    this.emit("comments");
    return { paragraph: lastMade, offset };
  }

  canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  /** Takes the last change back; false when there is nothing to undo. */
  undo(): boolean {
    const step = this.undoSteps.pop();
    if (!step) return false;
    this.redoSteps.push(this.snapshotNow());
    this.restore(step);
    return true;
  }

  redo(): boolean {
    const step = this.redoSteps.pop();
    if (!step) return false;
    this.undoSteps.push(this.snapshotNow());
    this.restore(step);
    return true;
  }

  setCursor(index: number): void {
    this.setSelection(index, index);
  }

  setSelection(start: number, end: number): void {
    const next = this.clampSelection({ start: Math.min(start, end), end: Math.max(start, end) });
    if (next.start !== this.selected.start || next.end !== this.selected.end) this.typingIn = null;
    this.selected = next;
    this.emit("selection");
  }

  /**
   * The page tells the model how to read the characters selected on screen; without it a
   * selection is whole paragraphs (the model's own granularity) and a cursor selects nothing.
   */
  readSelectedCharactersWith(read: (() => string) | null): void {
    this.selectedCharacters = read;
  }

  /** A comment a person wrote (not the add-in's), for the page and for tests. */
  addComment(paragraph: number, text: string): void {
    this.remember();
    this.notes.push({ paragraph, text });
    this.emit("comments");
  }

  /** For the page's rendering: every change, including selection moves. Returns an unsubscribe. */
  subscribe(listener: (change: PreviewChange) => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  // ---- DocumentPort ----

  capabilities(): HostCapabilities {
    return {
      wordApiSets: [],
      read: true,
      insert: true,
      select: true,
      styles: true,
      comments: true,
      trackChanges: false,
      changeEvents: true,
      settings: true,
      missing: [],
    };
  }

  async readParagraphs(): Promise<PortResult<DocumentParagraph[]>> {
    return ok(
      this.items.map(({ text, style, isHeading, isListItem, inTable }) => ({
        text,
        style,
        isHeading,
        isListItem,
        inTable,
      }))
    );
  }

  async insertParagraphs(request: InsertRequest): Promise<PortResult<InsertOutcome>> {
    const texts = paragraphsToInsert(request.paragraphs);
    if (texts.every((text) => text.trim() === ""))
      return { ok: false, error: portError("unknown", "empty-insert") };
    if (this.readOnly) return { ok: false, error: portError("read-only") };
    const where = request.where;
    let afterIndex: number;
    if (where.kind === "after-cursor") afterIndex = this.endOfBlock(this.selected.end);
    else if (where.kind === "end") afterIndex = this.items.length - 1;
    else afterIndex = where.index;
    if (!Number.isInteger(afterIndex) || afterIndex < -1 || afterIndex >= this.items.length) {
      return { ok: false, error: portError("invalid-location") };
    }
    if (
      where.kind === "after-paragraph" &&
      where.expectedText !== undefined &&
      !sameParagraphText(this.items[afterIndex]?.text ?? "", where.expectedText)
    )
      return { ok: false, error: portError("not-found") };
    // Like Word's content control: a block goes after an earlier block, never inside it.
    if (where.kind !== "after-cursor") afterIndex = this.endOfBlock(afterIndex);
    const firstIndex = afterIndex + 1;
    this.remember();
    const id = ++this.blocks;
    const block = texts.map((text) => ({
      ...normalParagraph(text),
      tag: request.tag,
      title: request.title,
      block: id,
    }));
    this.items.splice(firstIndex, 0, ...block);
    this.shiftComments(firstIndex, block.length);
    // The cursor goes to the end of the block, so the next keystroke does not replace it.
    const last = firstIndex + block.length - 1;
    this.selected = { start: last, end: last };
    this.textChanged();
    this.emit("selection");
    return ok({ firstIndex, afterIndex });
  }

  async readSelection(): Promise<PortResult<string>> {
    const characters = this.selectedCharacters?.() ?? "";
    if (characters.trim() !== "") return ok(characters.replace(/\r\n?/g, "\n").replace(/\n+$/, ""));
    const { start, end } = this.selected;
    if (start === end) return ok("");
    return ok(
      this.items
        .slice(start, end + 1)
        .map((paragraph) => paragraph.text)
        .join("\n")
    );
  }

  async cursorParagraph(): Promise<PortResult<CursorParagraph | null>> {
    const index = this.selected.end;
    return ok({ index, text: this.items[index]?.text ?? "" });
  }

  async removeInserted(block: InsertedBlock): Promise<PortResult<void>> {
    if (this.readOnly) return { ok: false, error: portError("read-only") };
    const run = this.findInserted(block);
    if (!run) return { ok: false, error: portError("edited") };
    this.remember();
    this.items.splice(run.start, run.length);
    this.notes = this.notes.filter(
      (comment) => comment.paragraph < run.start || comment.paragraph >= run.start + run.length
    );
    this.shiftComments(run.start + run.length, -run.length);
    this.items = this.nonEmpty(this.items);
    const at = Math.max(run.start - 1, 0);
    this.selected = this.clampSelection({ start: at, end: at });
    this.textChanged();
    this.emit("selection");
    return ok(undefined);
  }

  async selectInserted(block: InsertedBlock): Promise<PortResult<void>> {
    const run = this.findInserted(block);
    if (!run) return { ok: false, error: portError("edited") };
    this.selected = { start: run.start, end: run.start + run.length - 1 };
    this.typingIn = null;
    this.emit("selection");
    this.emit("reveal");
    return ok(undefined);
  }

  async selectParagraph(index: number, expectedText?: string): Promise<PortResult<void>> {
    const paragraph = this.items[index];
    if (
      !Number.isInteger(index) ||
      !paragraph ||
      (expectedText !== undefined && !sameParagraphText(paragraph.text, expectedText))
    ) {
      return { ok: false, error: portError("not-found") };
    }
    this.selected = { start: index, end: index };
    this.emit("selection");
    this.emit("reveal");
    return ok(undefined);
  }

  async addReviewComments(comments: ReviewComment[]): Promise<PortResult<number>> {
    if (this.readOnly && comments.length > 0) return { ok: false, error: portError("read-only") };
    let placed = 0;
    if (comments.some((comment) => comment.paragraph < this.items.length)) this.remember();
    for (const comment of comments) {
      if (comment.paragraph >= this.items.length) continue;
      this.notes.push({
        paragraph: Math.max(comment.paragraph, 0),
        text: reviewCommentText(comment.text),
      });
      placed++;
    }
    if (placed > 0) this.emit("comments");
    return ok(placed);
  }

  async removeReviewComments(): Promise<PortResult<number>> {
    const removed = this.notes.filter((comment) => isReviewComment(comment.text)).length;
    if (removed === 0) return ok(0);
    if (this.readOnly) return { ok: false, error: portError("read-only") };
    this.remember();
    this.notes = this.notes.filter((comment) => !isReviewComment(comment.text));
    this.emit("comments");
    return ok(removed);
  }

  async readSettings(): Promise<PortResult<DocumentSettings>> {
    return ok(structuredCopy(this.settings));
  }

  async writeSettings(settings: DocumentSettings): Promise<PortResult<void>> {
    let copy: DocumentSettings;
    try {
      copy = structuredCopy(settings);
    } catch {
      return { ok: false, error: portError("unknown", "settings-save") };
    }
    this.settings = copy;
    this.emit("settings");
    if (!this.storage) return ok(undefined);
    try {
      this.storage.setItem(this.storageKey, JSON.stringify(copy));
      return ok(undefined);
    } catch {
      // Storage full or blocked: the settings stay in memory for this session.
      return { ok: false, error: portError("unknown", "settings-save") };
    }
  }

  onChange(listener: () => void): () => void {
    const own = () => listener();
    this.changeListeners.add(own);
    return () => this.changeListeners.delete(own);
  }

  // ---- inside ----

  private loadStoredSettings(): DocumentSettings {
    try {
      const stored = this.storage?.getItem(this.storageKey);
      const parsed: unknown = stored ? JSON.parse(stored) : {};
      return isSettingsObject(parsed) ? parsed : {};
    } catch {
      return {};
    }
  }

  /**
   * An inserted block's paragraphs, as Word finds its content control: paragraphs of one insert
   * with the block's tag whose text is unchanged, nearest to where it went in.
   */
  private findInserted(block: InsertedBlock): { start: number; length: number } | null {
    const texts = paragraphsToInsert(block.paragraphs);
    const start = findInsertedRun(
      this.items.map((paragraph) => paragraph.text),
      texts,
      block.firstIndex,
      (at) => {
        const id = this.items[at].block;
        if (id === undefined || this.items[at].tag !== block.tag) return false;
        const members = this.items.filter((paragraph) => paragraph.block === id).length;
        return (
          members === texts.length &&
          texts.every((_, offset) => this.items[at + offset].block === id)
        );
      }
    );
    return start === null ? null : { start, length: texts.length };
  }

  /** Saves the state before a change as an undo step; typing in `typing` joins the last step. */
  private remember(typing?: number): void {
    if (typing !== undefined && this.typingIn === typing) return;
    this.undoSteps.push(this.snapshotNow());
    if (this.undoSteps.length > HISTORY_LIMIT) this.undoSteps.shift();
    this.redoSteps = [];
    this.typingIn = typing ?? null;
  }

  private snapshotNow(): Snapshot {
    return {
      items: this.items.map((paragraph) => ({ ...paragraph })),
      notes: this.notes.map((comment) => ({ ...comment })),
      selected: { ...this.selected },
    };
  }

  private restore(step: Snapshot): void {
    this.items = step.items;
    this.notes = step.notes;
    this.selected = this.clampSelection(step.selected);
    this.typingIn = null;
    this.textChanged();
    this.emit("selection");
    this.emit("comments");
  }

  private clampPoint(point: PreviewPoint): PreviewPoint {
    const paragraph = Math.min(
      Math.max(Math.trunc(point.paragraph) || 0, 0),
      this.items.length - 1
    );
    const length = this.items[paragraph].text.length;
    return { paragraph, offset: Math.min(Math.max(Math.trunc(point.offset) || 0, 0), length) };
  }

  private ordered(a: PreviewPoint, b: PreviewPoint): [PreviewPoint, PreviewPoint] {
    const aFirst =
      a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset <= b.offset);
    return aFirst ? [a, b] : [b, a];
  }

  /** The last paragraph of the block holding paragraph `index`, or `index` itself. */
  private endOfBlock(index: number): number {
    const block = this.items[index]?.block;
    if (block === undefined) return index;
    let end = index;
    while (this.items[end + 1]?.block === block) end++;
    return end;
  }

  private nonEmpty(paragraphs: PreviewParagraph[]): PreviewParagraph[] {
    return paragraphs.length > 0 ? paragraphs : [normalParagraph("")];
  }

  private clampSelection(selection: PreviewSelection): PreviewSelection {
    const last = this.items.length - 1;
    const clamp = (index: number) =>
      Math.min(Math.max(Number.isFinite(index) ? Math.trunc(index) : 0, 0), last);
    return { start: clamp(selection.start), end: clamp(selection.end) };
  }

  private shiftComments(from: number, by: number): void {
    for (const comment of this.notes) if (comment.paragraph >= from) comment.paragraph += by;
  }

  private textChanged(): void {
    for (const listener of [...this.changeListeners]) listener();
    this.emit("text");
  }

  private emit(change: PreviewChange): void {
    for (const listener of [...this.viewListeners]) listener(change);
  }
}
