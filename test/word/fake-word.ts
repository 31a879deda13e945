/**
 * A small Word for the adapter tests: a document model plus Office.js-like proxies, built to
 * behave as the Word API reference and OfficeDev/office-js issues say real Word behaves, so the
 * adapter is tested against Word's rules rather than against a kind stand-in.
 *
 * office-addin-mock (used for the `Office` side in office-host.ts) applies method calls the
 * moment they are made and cannot fail a batch, so it cannot show what matters most here. This
 * fake does, for the subset of Word.* the adapter uses:
 * - proxies queue actions; `sync()` runs them in order; the first throwing action rejects the
 *   sync and the rest are dropped, while earlier ones stay applied (a batch is not rolled back);
 *   `failAt` makes one named action fail, to raise an error midway through a batch;
 * - an object path (getSelection(), getNext(), …) is resolved the first time an action uses it;
 * - reading a property that was not loaded in an earlier sync throws PropertyNotLoaded;
 * - requirement sets: a member from a WordApi set the host lacks fails with ApiNotFound (see
 *   office-host.ts for the hosts: Word 2016 volume licence, Office 2019, Microsoft 365, web, Mac);
 * - a read-only document throws AccessDenied on every write, a locked content control NotAllowed,
 *   a range spanning two stories (body and header) and a walk past the end ItemNotFound;
 * - a new paragraph inserted after another takes its style, its list numbering, its table cell
 *   and its content control (Word's behaviour, #3176, #866), which is why the adapter must put a
 *   block after a table or a block of its own and detach it from the list;
 * - tracked changes: runs marked inserted, deleted or hidden, and the three text views
 *   (`text`, which on Word on the web also holds deleted text, #1267/#5286; `getText()`, WordApi
 *   1.7, without deleted and hidden text; `getReviewedText("Current"/"Original")`, WordApi 1.4);
 * - comments with replies; deleting a comment deletes its replies;
 * - deleting a paragraph (WordApi 1.1) takes the content control it is in along when the control
 *   holds nothing else (the control sits inside the paragraph marks, #4975) and the comments on
 *   it; with track changes on it stays, its text marked as a tracked deletion, and so does the
 *   control (#1299); the body always keeps one paragraph;
 * - a Word.run context is closed when its batch ends: syncing it later fails unless it is
 *   re-entered with `Word.run(context, …)`, as the docs require for removing event handlers;
 * - a response larger than `responseLimit` paragraphs fails with ResponsePayloadSizeLimitExceeded.
 */

export interface Run {
  text: string;
  /** Tracked insertion, tracked deletion, or hidden text. */
  mark?: "inserted" | "deleted" | "hidden";
}

export interface FakeParagraph {
  id: number;
  uniqueLocalId: string;
  text: string;
  /** When set, the paragraph's text is these runs (tracked changes, hidden text). */
  runs?: Run[];
  style: string;
  styleBuiltIn: string;
  isListItem: boolean;
  listId?: number;
  tableNestingLevel: number;
  tableId?: number;
  story: Story;
  control?: FakeControl;
}

export interface FakeControl {
  id: number;
  tag: string;
  title: string;
  locked: boolean;
  /** The control this one is nested in: a control inserted on a paragraph inside another. */
  parent?: FakeControl;
}

export interface FakeReply {
  id: number;
  content: string;
}

export interface FakeComment {
  id: number;
  paragraphId: number;
  content: string;
  resolved: boolean;
  replies: FakeReply[];
}

type Story = "main" | "header";

interface RangeSpot {
  story: Story;
  fromId: number;
  toId: number;
  collapsed: boolean;
  /** Where a collapsed range sits in its paragraph. */
  at?: "start" | "end";
  /** Part of one paragraph's text (fromId === toId): characters start … end. */
  chars?: { start: number; end: number };
}

export interface WordError extends Error {
  code: string;
  debugInfo: { code: string; errorLocation?: string };
}

export function wordError(code: string, errorLocation?: string): WordError {
  const error = new Error(`${code}${errorLocation ? ` at ${errorLocation}` : ""}`) as WordError;
  error.code = code;
  error.debugInfo = { code, errorLocation };
  return error;
}

export interface ParagraphSeed {
  text: string;
  runs?: Run[];
  style?: string;
  styleBuiltIn?: string;
  isListItem?: boolean;
  listId?: number;
  tableNestingLevel?: number;
  tableId?: number;
}

const BUILT_IN_BY_NAME: Record<string, string> = {
  Normal: "Normal",
  "Heading 1": "Heading1",
  "Heading 2": "Heading2",
  "Kop 1": "Heading1",
  "Kop 2": "Heading2",
  Title: "Title",
  Titel: "Title",
};

const ALL_SETS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"];

type EventHandler = (args: unknown) => Promise<unknown>;

export class FakeWordDocument {
  main: FakeParagraph[] = [];
  header: FakeParagraph[] = [];
  comments: FakeComment[] = [];
  selection: RangeSpot;
  readOnly = false;
  changeTrackingMode = "Off";
  /** WordApi versions this host implements; members of other sets fail with ApiNotFound. */
  apiSets: string[] = [...ALL_SETS];
  /** Word on the web (and desktop with "All markup" shown) puts tracked deletions in `text`. */
  deletedTextInText = false;
  /** `Paragraph.getText()` fails with GeneralException on some builds (#5386), perhaps without saying where. */
  getTextFails: boolean | "without location" = false;
  /** `getReviewedText` fails (or hangs, #4302) on some documents; modelled as GeneralException. */
  reviewedTextFails = false;
  /** `getTrackedChanges` fails with GeneralException after some edits (#6219). */
  trackedChangesFail = false;
  /** `insertComment` is refused with NotAllowed on some Word on the web documents (#6746). */
  commentsRefused = false;
  /** Most paragraphs one response may carry (Office on the web limits a response to 5 MB). */
  responseLimit = Infinity;
  /** Every `load(...)` argument, to check that reads load only what they need. */
  loads: string[] = [];
  /** Paragraphs whose properties were sent back, over all syncs (the cost of a read). */
  paragraphsLoaded = 0;
  syncs = 0;
  /** The next sync rejects with this error before running any action. */
  failNextSync?: WordError;
  /** The action at this location throws this code when it runs (once); earlier actions stay. */
  failAt?: { location: string; code: string };
  /** Registered paragraph event handlers, one entry per `add`. */
  readonly paragraphHandlers = new Set<{
    event: string;
    handler: EventHandler;
    context: unknown;
  }>();
  private nextId = 1;

  constructor(paragraphs: (string | ParagraphSeed)[], headerTexts: string[] = ["Kopregel"]) {
    this.main = paragraphs.map((seed) =>
      this.paragraph(typeof seed === "string" ? { text: seed } : seed, "main")
    );
    this.header = headerTexts.map((text) => this.paragraph({ text, style: "Header" }, "header"));
    this.selection = this.spotOf(this.main[0]);
  }

  texts(): string[] {
    return this.main.map((paragraph) => paragraph.text);
  }

  /** A snapshot that changes when anything in the document changes. */
  snapshot(): string {
    return JSON.stringify({ main: this.main, header: this.header, comments: this.comments });
  }

  setCursor(index: number, story: Story = "main"): void {
    this.selection = this.spotOf(this.storyOf(story)[index], true);
  }

  selectParagraphs(start: number, end: number): void {
    this.selection = {
      story: "main",
      fromId: this.main[start].id,
      toId: this.main[end].id,
      collapsed: false,
    };
  }

  /** The user drags over characters `start` … `end` of one paragraph. */
  selectText(index: number, start: number, end: number): void {
    const paragraph = this.main[index];
    this.selection = { ...this.spotOf(paragraph), chars: { start, end } };
  }

  /**
   * `Range.text` (or a view of it) as Word gives it: "" for a cursor, part of a paragraph's text,
   * or whole paragraphs each ending in "\r".
   */
  rangeText(spot: RangeSpot, view: "text" | "Current"): string {
    if (spot.collapsed) return "";
    const paragraphs = this.paragraphsIn(spot);
    if (spot.chars)
      return this.textView(paragraphs[0], view).slice(spot.chars.start, spot.chars.end);
    return paragraphs.map((paragraph) => `${this.textView(paragraph, view)}\r`).join("");
  }

  selectedTexts(): string[] {
    return this.paragraphsIn(this.selection).map((paragraph) => paragraph.text);
  }

  selectedIndices(): number[] {
    return this.paragraphsIn(this.selection).map((paragraph) => this.main.indexOf(paragraph));
  }

  lockInControl(index: number, tag = "locked"): void {
    this.main[index].control = { id: this.nextId++, tag, title: tag, locked: true };
  }

  /** Puts paragraphs start…end in one (unlocked) content control, as an earlier insert would. */
  wrapInControl(start: number, end: number, tag: string): FakeControl {
    const control = { id: this.nextId++, tag, title: tag, locked: false };
    for (let i = start; i <= end; i++) this.main[i].control = control;
    return control;
  }

  addComment(index: number, content: string, replies: string[] = []): FakeComment {
    const comment: FakeComment = {
      id: this.nextId++,
      paragraphId: this.main[index].id,
      content,
      resolved: false,
      replies: replies.map((reply) => ({ id: this.nextId++, content: reply })),
    };
    this.comments.push(comment);
    return comment;
  }

  /** Fires paragraph events as Word does after a change: type, source and the paragraphs' ids. */
  async fireParagraphEvent(
    event: "added" | "changed" | "deleted",
    indices: number[] = [],
    ids?: string[]
  ): Promise<void> {
    const uniqueLocalIds = ids ?? indices.map((index) => bare(this.main[index].uniqueLocalId));
    const type = {
      added: "ParagraphAdded",
      changed: "ParagraphChanged",
      deleted: "ParagraphDeleted",
    };
    for (const entry of [...this.paragraphHandlers]) {
      if (entry.event === event)
        await entry.handler({ type: type[event], source: "Local", uniqueLocalIds });
    }
  }

  async fireParagraphChanged(indices: number[] = [0]): Promise<void> {
    await this.fireParagraphEvent("changed", indices);
  }

  // ---- used by the proxies ----

  paragraph(seed: ParagraphSeed, story: Story): FakeParagraph {
    const style = seed.style ?? "Normal";
    const id = this.nextId++;
    return {
      id,
      uniqueLocalId: `${String(id).padStart(8, "0")}-0000-4000-8000-000000000000`,
      text: seed.runs ? seed.runs.map((run) => run.text).join("") : seed.text,
      ...(seed.runs ? { runs: seed.runs } : {}),
      style,
      styleBuiltIn: seed.styleBuiltIn ?? BUILT_IN_BY_NAME[style] ?? "Other",
      isListItem: seed.isListItem ?? seed.listId !== undefined,
      ...(seed.listId !== undefined || seed.isListItem ? { listId: seed.listId ?? 1 } : {}),
      tableNestingLevel: seed.tableNestingLevel ?? (seed.tableId !== undefined ? 1 : 0),
      ...(seed.tableId !== undefined || seed.tableNestingLevel
        ? { tableId: seed.tableId ?? 1 }
        : {}),
      story,
    };
  }

  newId(): number {
    return this.nextId++;
  }

  /** Throws ApiNotFound unless the host implements WordApi `set`. */
  requires(set: string, location: string): void {
    if (!this.apiSets.includes(set)) throw wordError("ApiNotFound", location);
  }

  /** Throws the failure planned for `location`, once. */
  reach(location: string): void {
    if (this.failAt?.location === location) {
      const { code } = this.failAt;
      this.failAt = undefined;
      throw wordError(code, location);
    }
  }

  storyOf(story: Story): FakeParagraph[] {
    return story === "main" ? this.main : this.header;
  }

  spotOf(paragraph: FakeParagraph, collapsed = false): RangeSpot {
    return { story: paragraph.story, fromId: paragraph.id, toId: paragraph.id, collapsed };
  }

  paragraphsIn(spot: RangeSpot): FakeParagraph[] {
    const story = this.storyOf(spot.story);
    const from = story.findIndex((paragraph) => paragraph.id === spot.fromId);
    const to = story.findIndex((paragraph) => paragraph.id === spot.toId);
    if (from < 0 || to < 0) throw wordError("ItemNotFound");
    return story.slice(Math.min(from, to), Math.max(from, to) + 1);
  }

  assertWritable(paragraph?: FakeParagraph): void {
    if (this.readOnly) throw wordError("AccessDenied");
    if (paragraph?.control?.locked) throw wordError("NotAllowed");
  }

  /**
   * A new paragraph after `anchor`, as Word makes it: same style, same list, same table cell and
   * same content control as the anchor, unless `outside` says what it is placed after.
   */
  insertAfter(
    anchor: FakeParagraph,
    text: string,
    outside: "table" | "control" | "none" = "none"
  ): FakeParagraph {
    const story = this.storyOf(anchor.story);
    const created: FakeParagraph = {
      ...this.paragraph({ text }, anchor.story),
      style: anchor.style,
      styleBuiltIn: anchor.styleBuiltIn,
    };
    if (outside !== "table" && anchor.tableId !== undefined) {
      created.tableId = anchor.tableId;
      created.tableNestingLevel = anchor.tableNestingLevel;
    }
    if (outside === "none" && anchor.listId !== undefined) {
      created.isListItem = true;
      created.listId = anchor.listId;
    }
    if (outside === "none" && anchor.control) created.control = anchor.control;
    story.splice(story.indexOf(anchor) + 1, 0, created);
    return created;
  }

  /** Paragraph.delete as Word does it (see the header). */
  deleteParagraph(paragraph: FakeParagraph): void {
    if (this.changeTrackingMode !== "Off") {
      const runs = paragraph.runs ?? [{ text: paragraph.text }];
      paragraph.runs = runs.map((run) => ({ ...run, mark: "deleted" as const }));
      return;
    }
    const story = this.storyOf(paragraph.story);
    story.splice(story.indexOf(paragraph), 1);
    this.comments = this.comments.filter((comment) => comment.paragraphId !== paragraph.id);
    if (story.length === 0) story.push(this.paragraph({ text: "" }, paragraph.story));
  }

  /** The paragraph's text as the view asks: `text`, `getText()` or `getReviewedText(version)`. */
  textView(paragraph: FakeParagraph, view: "text" | "getText" | "Current" | "Original"): string {
    const runs = paragraph.runs ?? [{ text: paragraph.text }];
    const keep = (run: Run) => {
      if (view === "text") return run.mark !== "deleted" || this.deletedTextInText;
      if (view === "getText") return run.mark !== "deleted" && run.mark !== "hidden";
      if (view === "Current") return run.mark !== "deleted";
      return run.mark !== "inserted";
    };
    return runs
      .filter(keep)
      .map((run) => run.text)
      .join("");
  }
}

/** A uniqueLocalId as the change events give it: no braces (the docs' 8-4-4-4-12 form). */
function bare(id: string): string {
  return id.replace(/[{}]/g, "");
}

// ---- proxies ----

class FakeContext {
  private queue: (() => void)[] = [];
  readonly document: DocumentProxy;
  /** False once the Word.run that made this context has ended. */
  open = true;
  /** Paragraph items loaded in the current batch (for the response size limit). */
  responseItems = 0;

  constructor(readonly model: FakeWordDocument) {
    this.document = new DocumentProxy(this);
  }

  enqueue(action: () => void): void {
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    if (!this.open) throw wordError("InvalidRequestContext", "RequestContext.sync");
    this.model.syncs++;
    const actions = this.queue;
    this.queue = [];
    this.responseItems = 0;
    const failure = this.model.failNextSync;
    if (failure) {
      this.model.failNextSync = undefined;
      throw failure;
    }
    for (const action of actions) action(); // a throw stops the batch here, like Word
    this.model.paragraphsLoaded += this.responseItems;
    if (this.responseItems > this.model.responseLimit)
      throw wordError("ResponsePayloadSizeLimitExceeded");
  }
}

/** Base for proxies: resolution once per batch, loads, and PropertyNotLoaded on early reads. */
abstract class Proxy<T> {
  private resolved?: T;
  private values?: Record<string, unknown>;

  constructor(
    protected readonly context: FakeContext,
    private readonly locate: () => T
  ) {}

  protected get model(): FakeWordDocument {
    return this.context.model;
  }

  resolve(): T {
    if (this.resolved === undefined) this.resolved = this.locate();
    return this.resolved as T;
  }

  bind(value: T): void {
    this.resolved = value;
  }

  load(properties: string): this {
    this.model.loads.push(properties);
    this.context.enqueue(() => {
      this.values = this.snapshot(
        this.resolve(),
        properties.split(",").map((name) => name.trim())
      );
    });
    return this;
  }

  /** Collection loads fill their items' values directly. */
  setLoaded(values: Record<string, unknown>): void {
    this.values = values;
  }

  protected abstract snapshot(value: T, properties: string[]): Record<string, unknown>;

  protected loaded(name: string): unknown {
    if (!this.values || !(name in this.values)) {
      throw wordError("PropertyNotLoaded", `${this.constructor.name}.${name}`);
    }
    return this.values[name];
  }
}

/** An OfficeExtension.ClientResult: its value exists after the sync that ran it. */
class ClientResult<T> {
  private filled = false;
  private result?: T;

  fill(value: T): void {
    this.result = value;
    this.filled = true;
  }

  get value(): T {
    if (!this.filled) throw wordError("ValueNotLoaded", "ClientResult.value");
    return this.result as T;
  }
}

/** Which WordApi set each loadable paragraph property belongs to. */
const PARAGRAPH_PROPERTIES: Record<string, string> = {
  text: "1.1",
  style: "1.1",
  styleBuiltIn: "1.3",
  isListItem: "1.3",
  tableNestingLevel: "1.3",
  uniqueLocalId: "1.6",
};

function pick(
  model: FakeWordDocument,
  paragraph: FakeParagraph,
  properties: string[]
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of properties) {
    const set = PARAGRAPH_PROPERTIES[name];
    if (!set) throw wordError("InvalidArgument", `load ${name}`);
    model.requires(set, `Paragraph.${name}`);
    values[name] =
      name === "text" ? model.textView(paragraph, "text") : paragraph[name as keyof FakeParagraph];
  }
  return values;
}

class ParagraphProxy extends Proxy<FakeParagraph> {
  get text(): string {
    return this.loaded("text") as string;
  }
  get style(): string {
    return this.loaded("style") as string;
  }
  get styleBuiltIn(): string {
    return this.loaded("styleBuiltIn") as string;
  }
  set styleBuiltIn(value: string) {
    this.context.enqueue(() => {
      this.model.requires("1.3", "Paragraph.styleBuiltIn");
      const paragraph = this.resolve();
      this.model.assertWritable(paragraph);
      this.model.reach("Paragraph.styleBuiltIn");
      paragraph.styleBuiltIn = value;
      paragraph.style = value === "Normal" ? "Normal" : value;
    });
  }
  get isListItem(): boolean {
    return this.loaded("isListItem") as boolean;
  }
  get tableNestingLevel(): number {
    return this.loaded("tableNestingLevel") as number;
  }
  get uniqueLocalId(): string {
    return this.loaded("uniqueLocalId") as string;
  }

  protected snapshot(paragraph: FakeParagraph, properties: string[]): Record<string, unknown> {
    this.context.responseItems++;
    return pick(this.model, paragraph, properties);
  }

  /** WordApi 1.7: the text without tracked deletions and hidden text. */
  getText(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.context.enqueue(() => {
      this.model.requires("1.7", "Paragraph.getText");
      const fails = this.model.getTextFails;
      if (fails)
        throw wordError("GeneralException", fails === true ? "Paragraph.getText" : undefined);
      result.fill(this.model.textView(this.resolve(), "getText"));
    });
    return result;
  }

  /** WordApi 1.4: the text as it stands after ("Current") or before ("Original") the changes. */
  getReviewedText(version: "Current" | "Original" = "Current"): ClientResult<string> {
    const result = new ClientResult<string>();
    this.context.enqueue(() => {
      this.model.requires("1.4", "Paragraph.getReviewedText");
      if (this.model.reviewedTextFails)
        throw wordError("GeneralException", "Paragraph.getReviewedText");
      result.fill(this.model.textView(this.resolve(), version));
    });
    return result;
  }

  insertParagraph(text: string, location: string): ParagraphProxy {
    const created = new ParagraphProxy(this.context, () => {
      throw new Error("fake: inserted paragraph used before its insert ran");
    });
    this.context.enqueue(() => {
      const anchor = this.resolve();
      this.model.assertWritable(anchor);
      this.model.reach("Paragraph.insertParagraph");
      if (location !== "After")
        throw wordError("InvalidArgument", `Paragraph.insertParagraph ${location}`);
      created.bind(this.model.insertAfter(anchor, text));
    });
    return created;
  }

  insertContentControl(): ControlProxy {
    const control = new ControlProxy(this.context, () => {
      throw new Error("fake: content control used before it was inserted");
    });
    this.context.enqueue(() => {
      const paragraph = this.resolve();
      this.model.assertWritable(paragraph);
      this.model.reach("Paragraph.insertContentControl");
      const created: FakeControl = { id: this.model.newId(), tag: "", title: "", locked: false };
      if (paragraph.control) created.parent = paragraph.control;
      paragraph.control = created;
      control.bind({ control: created, story: paragraph.story });
    });
    return control;
  }

  /** WordApi 1.1: deletes the paragraph and its content. */
  delete(): void {
    this.context.enqueue(() => {
      const paragraph = this.resolve();
      this.model.assertWritable(paragraph);
      this.model.reach("Paragraph.delete");
      this.model.deleteParagraph(paragraph);
    });
  }

  /** WordApi 1.3: takes the paragraph out of its list. */
  detachFromList(): void {
    this.context.enqueue(() => {
      this.model.requires("1.3", "Paragraph.detachFromList");
      const paragraph = this.resolve();
      this.model.assertWritable(paragraph);
      this.model.reach("Paragraph.detachFromList");
      // Word refuses to detach a paragraph that is in no list.
      if (!paragraph.isListItem) throw wordError("GeneralException", "Paragraph.detachFromList");
      paragraph.isListItem = false;
      delete paragraph.listId;
    });
  }

  getNext(): ParagraphProxy {
    return new ParagraphProxy(this.context, () => {
      this.model.requires("1.3", "Paragraph.getNext");
      const paragraph = this.resolve();
      const story = this.model.storyOf(paragraph.story);
      const next = story[story.indexOf(paragraph) + 1];
      if (!next) throw wordError("ItemNotFound", "Paragraph.getNext");
      return next;
    });
  }

  /** WordApi 1.3: the table holding the paragraph; ItemNotFound when there is none. */
  get parentTable(): TableProxy {
    return new TableProxy(this.context, () => {
      this.model.requires("1.3", "Paragraph.parentTable");
      const paragraph = this.resolve();
      if (paragraph.tableId === undefined) throw wordError("ItemNotFound", "Paragraph.parentTable");
      return { tableId: paragraph.tableId, story: paragraph.story };
    });
  }

  /** WordApi 1.3: the content control holding the paragraph, or a null object. */
  get parentContentControlOrNullObject(): ControlProxy {
    return new ControlProxy(this.context, () => {
      this.model.requires("1.3", "Paragraph.parentContentControlOrNullObject");
      const paragraph = this.resolve();
      return paragraph.control ? { control: paragraph.control, story: paragraph.story } : null;
    });
  }

  getRange(location: string = "Whole"): RangeProxy {
    return new RangeProxy(this.context, () => {
      const paragraph = this.resolve();
      if (location === "Whole") return this.model.spotOf(paragraph);
      if (location === "End" || location === "Start")
        return { ...this.model.spotOf(paragraph, true), at: location === "End" ? "end" : "start" };
      throw wordError("InvalidArgument", `Paragraph.getRange ${location}`);
    });
  }

  select(mode: string = "Select"): void {
    this.context.enqueue(() => {
      const spot = this.model.spotOf(this.resolve(), mode !== "Select");
      this.model.selection = mode === "End" ? { ...spot, at: "end" } : spot;
    });
  }
}

class TableProxy extends Proxy<{ tableId: number; story: Story }> {
  protected snapshot(): Record<string, unknown> {
    return {};
  }

  /** WordApi 1.3: a paragraph before or after the table, outside it. */
  insertParagraph(text: string, location: string): ParagraphProxy {
    const created = new ParagraphProxy(this.context, () => {
      throw new Error("fake: inserted paragraph used before its insert ran");
    });
    this.context.enqueue(() => {
      this.model.requires("1.3", "Table.insertParagraph");
      const { tableId, story } = this.resolve();
      if (location !== "After")
        throw wordError("InvalidArgument", `Table.insertParagraph ${location}`);
      this.model.assertWritable();
      this.model.reach("Table.insertParagraph");
      const cells = this.model.storyOf(story).filter((p) => p.tableId === tableId);
      created.bind(this.model.insertAfter(cells[cells.length - 1], text, "table"));
    });
    return created;
  }
}

class ControlProxy extends Proxy<{ control: FakeControl; story: Story } | null> {
  get tag(): string {
    return this.loaded("tag") as string;
  }
  set tag(value: string) {
    this.context.enqueue(() => {
      this.present().control.tag = value;
    });
  }
  set title(value: string) {
    this.context.enqueue(() => {
      this.present().control.title = value;
    });
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject") as boolean;
  }

  /** Acting on a null object fails; the adapter must check isNullObject after a sync first. */
  private present(): { control: FakeControl; story: Story } {
    const value = this.resolve();
    if (!value) throw wordError("ItemNotFound", "ContentControl (null object)");
    return value;
  }

  protected snapshot(
    value: { control: FakeControl } | null,
    properties: string[]
  ): Record<string, unknown> {
    const values: Record<string, unknown> = { isNullObject: value === null };
    for (const name of properties) {
      if (name !== "tag") throw wordError("InvalidArgument", `load ${name}`);
      values.tag = value?.control.tag ?? "";
    }
    return values;
  }

  private members(): FakeParagraph[] {
    const { control, story } = this.present();
    return this.model.storyOf(story).filter((paragraph) => paragraph.control === control);
  }

  insertParagraph(text: string, location: string): ParagraphProxy {
    const created = new ParagraphProxy(this.context, () => {
      throw new Error("fake: inserted paragraph used before its insert ran");
    });
    this.context.enqueue(() => {
      const members = this.members();
      const last = members[members.length - 1];
      this.model.assertWritable(last);
      this.model.reach(`ContentControl.insertParagraph ${location}`);
      if (location === "End") {
        const paragraph = this.model.insertAfter(last, text);
        paragraph.control = this.present().control;
        created.bind(paragraph);
      } else if (location === "After") {
        created.bind(this.model.insertAfter(last, text, "control"));
      } else throw wordError("InvalidArgument", `ContentControl.insertParagraph ${location}`);
    });
    return created;
  }

  select(mode: string = "Select"): void {
    this.context.enqueue(() => {
      const members = this.members();
      const last = members[members.length - 1];
      this.model.selection =
        mode === "End"
          ? { ...this.model.spotOf(last, true), at: "end" }
          : {
              story: members[0].story,
              fromId: members[0].id,
              toId: last.id,
              collapsed: false,
            };
    });
  }
}

class RangeProxy extends Proxy<RangeSpot> {
  get isEmpty(): boolean {
    return this.loaded("isEmpty") as boolean;
  }

  get text(): string {
    return this.loaded("text") as string;
  }

  protected snapshot(spot: RangeSpot, properties: string[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const name of properties) {
      if (name === "isEmpty") values.isEmpty = spot.collapsed;
      else if (name === "text") values.text = this.model.rangeText(spot, "text");
      else throw wordError("InvalidArgument", `load ${name}`);
    }
    return values;
  }

  /** WordApi 1.4: the range's text after tracked changes. */
  getReviewedText(version: "Current" | "Original" = "Current"): ClientResult<string> {
    const result = new ClientResult<string>();
    this.context.enqueue(() => {
      this.model.requires("1.4", "Range.getReviewedText");
      if (this.model.reviewedTextFails)
        throw wordError("GeneralException", "Range.getReviewedText");
      if (version !== "Current") throw wordError("InvalidArgument", "Range.getReviewedText");
      result.fill(this.model.rangeText(this.resolve(), "Current"));
    });
    return result;
  }

  get paragraphs(): CollectionProxy {
    return new CollectionProxy(this.context, () => this.model.paragraphsIn(this.resolve()));
  }

  expandTo(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.context, () => {
      this.model.requires("1.3", "Range.expandTo");
      const mine = this.resolve();
      const theirs = other.resolve();
      // Word: "Throws an ItemNotFound error if the two ranges don't have a union."
      if (mine.story !== theirs.story) throw wordError("ItemNotFound", "Range.expandTo");
      const story = this.model.storyOf(mine.story);
      const at = (id: number) => story.findIndex((paragraph) => paragraph.id === id);
      const ids = [mine.fromId, mine.toId, theirs.fromId, theirs.toId].sort(
        (a, b) => at(a) - at(b)
      );
      return { story: mine.story, fromId: ids[0], toId: ids[3], collapsed: false };
    });
  }

  insertComment(content: string): void {
    this.context.enqueue(() => {
      this.model.requires("1.4", "Range.insertComment");
      const spot = this.resolve();
      this.model.assertWritable();
      if (this.model.commentsRefused) throw wordError("NotAllowed", "Range.insertComment");
      this.model.comments.push({
        id: this.model.newId(),
        paragraphId: spot.fromId,
        content,
        resolved: false,
        replies: [],
      });
    });
  }

  select(mode: string = "Select"): void {
    this.context.enqueue(() => {
      this.model.selection = { ...this.resolve() };
      if (mode !== "Select") this.model.selection.collapsed = true;
    });
  }
}

interface LoadOptions {
  select?: string;
  top?: number;
  skip?: number;
}

class CollectionProxy extends Proxy<FakeParagraph[]> {
  private itemProxies?: ParagraphProxy[];
  private window: { top: number; skip: number } = { top: Infinity, skip: 0 };

  get items(): ParagraphProxy[] {
    if (!this.itemProxies) throw wordError("PropertyNotLoaded", "ParagraphCollection.items");
    return this.itemProxies;
  }

  load(properties: string | LoadOptions): this {
    if (typeof properties === "string") return super.load(properties);
    this.window = { top: properties.top ?? Infinity, skip: properties.skip ?? 0 };
    const names = (properties.select ?? "")
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => `items/${name}`)
      .join(",");
    return super.load(names);
  }

  protected snapshot(paragraphs: FakeParagraph[], properties: string[]): Record<string, unknown> {
    const names = properties.map((property) => {
      if (!property.startsWith("items/")) throw wordError("InvalidArgument", `load ${property}`);
      return property.slice("items/".length);
    });
    const { skip, top } = this.window;
    const shown = paragraphs.slice(skip, top === Infinity ? undefined : skip + top);
    this.context.responseItems += shown.length;
    this.itemProxies = shown.map((paragraph) => {
      const item = new ParagraphProxy(this.context, () => paragraph);
      item.bind(paragraph);
      item.setLoaded(pick(this.model, paragraph, names));
      return item;
    });
    return {};
  }

  getFirst(): ParagraphProxy {
    return new ParagraphProxy(this.context, () => {
      this.model.requires("1.3", "ParagraphCollection.getFirst");
      const first = this.resolve()[0];
      if (!first) throw wordError("ItemNotFound", "ParagraphCollection.getFirst");
      return first;
    });
  }

  getLast(): ParagraphProxy {
    return new ParagraphProxy(this.context, () => {
      this.model.requires("1.3", "ParagraphCollection.getLast");
      const paragraphs = this.resolve();
      const last = paragraphs[paragraphs.length - 1];
      if (!last) throw wordError("ItemNotFound", "ParagraphCollection.getLast");
      return last;
    });
  }
}

class CommentProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly comment: FakeComment,
    readonly content: string,
    readonly resolvedValue: boolean,
    readonly replyCount: number
  ) {}

  get resolved(): boolean {
    return this.resolvedValue;
  }

  set resolved(value: boolean) {
    this.context.enqueue(() => {
      this.context.model.assertWritable();
      this.comment.resolved = value;
    });
  }

  get replies(): { items: { id: number }[] } {
    return { items: this.comment.replies.slice(0, this.replyCount).map(({ id }) => ({ id })) };
  }

  /** Word: deleting a comment deletes its whole thread, replies included. */
  delete(): void {
    this.context.enqueue(() => {
      this.context.model.assertWritable();
      this.context.model.comments = this.context.model.comments.filter(
        (comment) => comment !== this.comment
      );
    });
  }
}

const COMMENT_LOADS = ["content", "resolved", "replies/items/id"];

class CommentCollectionProxy {
  private itemProxies?: CommentProxy[];

  constructor(private readonly context: FakeContext) {}

  get items(): CommentProxy[] {
    if (!this.itemProxies) throw wordError("PropertyNotLoaded", "CommentCollection.items");
    return this.itemProxies;
  }

  load(properties: string): this {
    this.context.model.loads.push(properties);
    this.context.enqueue(() => {
      this.context.model.requires("1.4", "Body.getComments");
      const names = properties.split(",").map((name) => name.trim().replace(/^items\//, ""));
      for (const name of names)
        if (!COMMENT_LOADS.includes(name)) throw wordError("InvalidArgument", `load ${name}`);
      this.itemProxies = this.context.model.comments.map(
        (comment) =>
          new CommentProxy(
            this.context,
            comment,
            comment.content,
            comment.resolved,
            names.includes("replies/items/id") ? comment.replies.length : 0
          )
      );
    });
    return this;
  }
}

class BodyProxy {
  constructor(private readonly context: FakeContext) {}

  get paragraphs(): CollectionProxy {
    return new CollectionProxy(this.context, () => this.context.model.main);
  }

  insertParagraph(text: string, location: string): ParagraphProxy {
    const model = this.context.model;
    const created = new ParagraphProxy(this.context, () => {
      throw new Error("fake: inserted paragraph used before its insert ran");
    });
    this.context.enqueue(() => {
      model.assertWritable();
      model.reach(`Body.insertParagraph ${location}`);
      if (location === "End")
        created.bind(model.insertAfter(model.main[model.main.length - 1], text));
      else if (location === "Start") {
        const first = model.main[0];
        const paragraph = {
          ...model.paragraph({ text }, "main"),
          style: first.style,
          styleBuiltIn: first.styleBuiltIn,
        };
        model.main.unshift(paragraph);
        created.bind(paragraph);
      } else throw wordError("InvalidArgument", `Body.insertParagraph ${location}`);
    });
    return created;
  }

  getRange(location: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      this.context.model.requires("1.3", "Body.getRange");
      if (location !== "Start") throw wordError("InvalidArgument", `Body.getRange ${location}`);
      return this.context.model.spotOf(this.context.model.main[0], true);
    });
  }

  getComments(): CommentCollectionProxy {
    return new CommentCollectionProxy(this.context);
  }

  /** WordApi 1.1: the content controls in the body, each once. */
  get contentControls(): { load(properties: string): unknown; items: { tag: string }[] } {
    const context = this.context;
    let tags: string[] | undefined;
    return {
      load(properties: string) {
        context.model.loads.push(properties);
        context.enqueue(() => {
          if (properties !== "items/tag") throw wordError("InvalidArgument", `load ${properties}`);
          const controls = new Set(context.model.main.map((p) => p.control).filter(Boolean));
          tags = [...controls].map((control) => control!.tag);
        });
        return this;
      },
      get items() {
        if (!tags) throw wordError("PropertyNotLoaded", "ContentControlCollection.items");
        return tags.map((tag) => ({ tag }));
      },
    };
  }

  /** WordApi 1.6: the tracked changes in the body (one per marked run). */
  getTrackedChanges(): TrackedChangesProxy {
    return new TrackedChangesProxy(this.context);
  }
}

class TrackedChangesProxy {
  private types?: string[];

  constructor(private readonly context: FakeContext) {}

  get items(): { type: string }[] {
    if (!this.types) throw wordError("PropertyNotLoaded", "TrackedChangeCollection.items");
    return this.types.map((type) => ({ type }));
  }

  load(properties: string): this {
    this.context.model.loads.push(properties);
    this.context.enqueue(() => {
      const model = this.context.model;
      model.requires("1.6", "Body.getTrackedChanges");
      if (model.trackedChangesFail) throw wordError("GeneralException", "Body.getTrackedChanges");
      if (properties !== "items/type") throw wordError("InvalidArgument", `load ${properties}`);
      this.types = model.main.flatMap((paragraph) =>
        (paragraph.runs ?? [])
          .filter((run) => run.mark === "inserted" || run.mark === "deleted")
          .map((run) => (run.mark === "inserted" ? "Added" : "Deleted"))
      );
    });
    return this;
  }
}

class EventHandlersProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly event: string
  ) {}

  add(handler: EventHandler): { context: FakeContext; remove(): void } {
    const model = this.context.model;
    const context = this.context;
    const entry = { event: this.event, handler, context };
    this.context.enqueue(() => {
      model.requires("1.6", `Document.onParagraph${this.event}`);
      model.paragraphHandlers.add(entry);
    });
    return {
      context,
      // The docs: a handler is removed through the same RequestContext it was added in.
      remove: () => context.enqueue(() => model.paragraphHandlers.delete(entry)),
    };
  }
}

class DocumentProxy {
  readonly body: BodyProxy;
  readonly onParagraphAdded: EventHandlersProxy;
  readonly onParagraphChanged: EventHandlersProxy;
  readonly onParagraphDeleted: EventHandlersProxy;

  constructor(readonly context: FakeContext) {
    this.body = new BodyProxy(context);
    this.onParagraphAdded = new EventHandlersProxy(context, "added");
    this.onParagraphChanged = new EventHandlersProxy(context, "changed");
    this.onParagraphDeleted = new EventHandlersProxy(context, "deleted");
  }

  set changeTrackingMode(value: string) {
    this.context.enqueue(() => {
      this.context.model.changeTrackingMode = value;
    });
  }

  getParagraphByUniqueLocalId(id: string): ParagraphProxy {
    return new ParagraphProxy(this.context, () => {
      this.context.model.requires("1.6", "Document.getParagraphByUniqueLocalId");
      const found = this.context.model.main.find(
        (paragraph) => bare(paragraph.uniqueLocalId) === bare(id)
      );
      if (!found) throw wordError("ItemNotFound", "Document.getParagraphByUniqueLocalId");
      return found;
    });
  }

  getSelection(): RangeProxy {
    return new RangeProxy(this.context, () => ({ ...this.context.model.selection }));
  }
}

type Batch<T> = (context: Word.RequestContext) => Promise<T>;

/** The `Word` global's `run`, over this model: `run(batch)` or `run(object, batch)`. */
export function fakeWordHost(model: FakeWordDocument): {
  run<T>(first: Batch<T> | object, second?: Batch<T>): Promise<T>;
} {
  return {
    async run<T>(first: Batch<T> | object, second?: Batch<T>): Promise<T> {
      // run(object, batch) re-enters the RequestContext the object was made in.
      const reused =
        typeof first === "function" ? undefined : (first as { context: FakeContext }).context;
      const batch = (typeof first === "function" ? first : second) as Batch<T>;
      const context = reused ?? new FakeContext(model);
      const wasOpen = context.open;
      context.open = true;
      try {
        return await batch(context as unknown as Word.RequestContext);
      } finally {
        context.open = reused ? wasOpen : false;
      }
    },
  };
}
