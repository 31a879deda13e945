/**
 * A small Word for the adapter tests: a document model plus Office.js-like proxies.
 *
 * office-addin-mock (used for the `Office` side in office-host.ts) applies method calls the
 * moment they are made and cannot fail a batch, so it cannot show what matters most here:
 * that nothing is written before `context.sync()`, that Word runs a batch's actions in order and
 * stops at the first failure keeping what ran before it, and that reading a property that was
 * not loaded throws. This fake does those three things, for the subset of Word.* the adapter uses:
 * - proxies queue actions; `sync()` runs them in order; the first throwing action rejects the
 *   sync and the rest are dropped (earlier ones stay applied, as in Word);
 * - an object path (getSelection(), getNext(), …) is resolved the first time an action uses it;
 * - reading a property that was not loaded in an earlier sync throws PropertyNotLoaded;
 * - a read-only document throws AccessDenied on every write, a locked content control NotAllowed,
 *   a range spanning two stories (body and header) and a walk past the end ItemNotFound;
 * - a new paragraph takes the style of the paragraph it was inserted after (Word's behaviour, and
 *   why the adapter must reset the style of an inserted block).
 */

export interface FakeParagraph {
  id: number;
  uniqueLocalId: string;
  text: string;
  style: string;
  styleBuiltIn: string;
  isListItem: boolean;
  tableNestingLevel: number;
  story: Story;
  control?: FakeControl;
}

export interface FakeControl {
  id: number;
  tag: string;
  title: string;
  locked: boolean;
}

export interface FakeComment {
  id: number;
  paragraphId: number;
  content: string;
}

type Story = "main" | "header";

interface RangeSpot {
  story: Story;
  fromId: number;
  toId: number;
  collapsed: boolean;
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
  style?: string;
  styleBuiltIn?: string;
  isListItem?: boolean;
  tableNestingLevel?: number;
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

type EventHandler = (args: unknown) => Promise<unknown>;

export class FakeWordDocument {
  main: FakeParagraph[] = [];
  header: FakeParagraph[] = [];
  comments: FakeComment[] = [];
  selection: RangeSpot;
  readOnly = false;
  changeTrackingMode = "Off";
  /** Every `load(...)` argument, to check that reads load only what they need. */
  loads: string[] = [];
  syncs = 0;
  /** The next sync rejects with this error before running any action. */
  failNextSync?: WordError;
  /** Registered paragraph event handlers, one entry per `add`. */
  readonly paragraphHandlers = new Set<{ event: string; handler: EventHandler }>();
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
    this.selection = this.spotOf(this.storyOf(story)[index]);
  }

  selectParagraphs(start: number, end: number): void {
    this.selection = {
      story: "main",
      fromId: this.main[start].id,
      toId: this.main[end].id,
      collapsed: false,
    };
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

  addComment(index: number, content: string): void {
    this.comments.push({ id: this.nextId++, paragraphId: this.main[index].id, content });
  }

  async fireParagraphChanged(): Promise<void> {
    for (const { event, handler } of [...this.paragraphHandlers]) {
      if (event === "changed") await handler({ type: "paragraphChanged" });
    }
  }

  // ---- used by the proxies ----

  paragraph(seed: ParagraphSeed, story: Story): FakeParagraph {
    const style = seed.style ?? "Normal";
    const id = this.nextId++;
    return {
      id,
      uniqueLocalId: `{00000000-0000-0000-0000-${String(id).padStart(12, "0")}}`,
      text: seed.text,
      style,
      styleBuiltIn: seed.styleBuiltIn ?? BUILT_IN_BY_NAME[style] ?? "Other",
      isListItem: seed.isListItem ?? false,
      tableNestingLevel: seed.tableNestingLevel ?? 0,
      story,
    };
  }

  newId(): number {
    return this.nextId++;
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

  insertAfter(anchor: FakeParagraph, text: string): FakeParagraph {
    const story = this.storyOf(anchor.story);
    const created = {
      ...this.paragraph({ text }, anchor.story),
      style: anchor.style,
      styleBuiltIn: anchor.styleBuiltIn,
    };
    story.splice(story.indexOf(anchor) + 1, 0, created);
    return created;
  }
}

// ---- proxies ----

class FakeContext {
  private queue: (() => void)[] = [];
  readonly document: DocumentProxy;

  constructor(readonly model: FakeWordDocument) {
    this.document = new DocumentProxy(this);
  }

  enqueue(action: () => void): void {
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    this.model.syncs++;
    const actions = this.queue;
    this.queue = [];
    const failure = this.model.failNextSync;
    if (failure) {
      this.model.failNextSync = undefined;
      throw failure;
    }
    for (const action of actions) action(); // a throw stops the batch here, like Word
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
    return this.resolved;
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

const PARAGRAPH_PROPERTIES = [
  "text",
  "style",
  "styleBuiltIn",
  "isListItem",
  "tableNestingLevel",
  "uniqueLocalId",
] as const;

function pick(paragraph: FakeParagraph, properties: string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of properties) {
    if (!(PARAGRAPH_PROPERTIES as readonly string[]).includes(name))
      throw wordError("InvalidArgument", `load ${name}`);
    values[name] = paragraph[name as keyof FakeParagraph];
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
      const paragraph = this.resolve();
      this.model.assertWritable(paragraph);
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
    return pick(paragraph, properties);
  }

  insertParagraph(text: string, location: string): ParagraphProxy {
    const created = new ParagraphProxy(this.context, () => {
      throw new Error("fake: inserted paragraph used before its insert ran");
    });
    this.context.enqueue(() => {
      const anchor = this.resolve();
      this.model.assertWritable(anchor);
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
      const created: FakeControl = { id: this.model.newId(), tag: "", title: "", locked: false };
      paragraph.control = created;
      control.bind({ control: created, story: paragraph.story });
    });
    return control;
  }

  getNext(): ParagraphProxy {
    return new ParagraphProxy(this.context, () => {
      const paragraph = this.resolve();
      const story = this.model.storyOf(paragraph.story);
      const next = story[story.indexOf(paragraph) + 1];
      if (!next) throw wordError("ItemNotFound", "Paragraph.getNext");
      return next;
    });
  }

  getRange(location: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      if (location !== "Whole")
        throw wordError("InvalidArgument", `Paragraph.getRange ${location}`);
      return this.model.spotOf(this.resolve());
    });
  }

  select(): void {
    this.context.enqueue(() => {
      this.model.selection = this.model.spotOf(this.resolve());
    });
  }
}

class ControlProxy extends Proxy<{ control: FakeControl; story: Story }> {
  set tag(value: string) {
    this.context.enqueue(() => {
      this.resolve().control.tag = value;
    });
  }
  set title(value: string) {
    this.context.enqueue(() => {
      this.resolve().control.title = value;
    });
  }

  protected snapshot(): Record<string, unknown> {
    return {};
  }

  private members(): FakeParagraph[] {
    const { control, story } = this.resolve();
    return this.model.storyOf(story).filter((paragraph) => paragraph.control === control);
  }

  insertParagraph(text: string, location: string): ParagraphProxy {
    const created = new ParagraphProxy(this.context, () => {
      throw new Error("fake: inserted paragraph used before its insert ran");
    });
    this.context.enqueue(() => {
      if (location !== "End")
        throw wordError("InvalidArgument", `ContentControl.insertParagraph ${location}`);
      const members = this.members();
      const last = members[members.length - 1];
      this.model.assertWritable();
      const paragraph = this.model.insertAfter(last, text);
      paragraph.control = this.resolve().control;
      created.bind(paragraph);
    });
    return created;
  }

  select(): void {
    this.context.enqueue(() => {
      const members = this.members();
      this.model.selection = {
        story: members[0].story,
        fromId: members[0].id,
        toId: members[members.length - 1].id,
        collapsed: false,
      };
    });
  }
}

class RangeProxy extends Proxy<RangeSpot> {
  get isEmpty(): boolean {
    return this.loaded("isEmpty") as boolean;
  }

  protected snapshot(spot: RangeSpot, properties: string[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const name of properties) {
      if (name !== "isEmpty") throw wordError("InvalidArgument", `load ${name}`);
      values.isEmpty = spot.collapsed;
    }
    return values;
  }

  get paragraphs(): CollectionProxy {
    return new CollectionProxy(this.context, () => this.model.paragraphsIn(this.resolve()));
  }

  expandTo(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.context, () => {
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
      const spot = this.resolve();
      this.model.assertWritable();
      this.model.comments.push({ id: this.model.newId(), paragraphId: spot.fromId, content });
    });
  }

  select(): void {
    this.context.enqueue(() => {
      this.model.selection = { ...this.resolve() };
    });
  }
}

class CollectionProxy extends Proxy<FakeParagraph[]> {
  private itemProxies?: ParagraphProxy[];

  get items(): ParagraphProxy[] {
    if (!this.itemProxies) throw wordError("PropertyNotLoaded", "ParagraphCollection.items");
    return this.itemProxies;
  }

  protected snapshot(paragraphs: FakeParagraph[], properties: string[]): Record<string, unknown> {
    const names = properties.map((property) => {
      if (!property.startsWith("items/")) throw wordError("InvalidArgument", `load ${property}`);
      return property.slice("items/".length);
    });
    this.itemProxies = paragraphs.map((paragraph) => {
      const item = new ParagraphProxy(this.context, () => paragraph);
      item.bind(paragraph);
      item.setLoaded(pick(paragraph, names));
      return item;
    });
    return {};
  }

  getFirst(): ParagraphProxy {
    return new ParagraphProxy(this.context, () => {
      const first = this.resolve()[0];
      if (!first) throw wordError("ItemNotFound", "ParagraphCollection.getFirst");
      return first;
    });
  }

  getLast(): ParagraphProxy {
    return new ParagraphProxy(this.context, () => {
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
    readonly content: string
  ) {}

  delete(): void {
    this.context.enqueue(() => {
      this.context.model.assertWritable();
      this.context.model.comments = this.context.model.comments.filter(
        (comment) => comment !== this.comment
      );
    });
  }
}

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
      if (properties !== "items/content") throw wordError("InvalidArgument", `load ${properties}`);
      this.itemProxies = this.context.model.comments.map(
        (comment) => new CommentProxy(this.context, comment, comment.content)
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
      if (location === "End")
        created.bind(model.insertAfter(model.main[model.main.length - 1], text));
      else if (location === "Start") {
        const paragraph = {
          ...model.paragraph({ text }, "main"),
          style: model.main[0].style,
          styleBuiltIn: model.main[0].styleBuiltIn,
        };
        model.main.unshift(paragraph);
        created.bind(paragraph);
      } else throw wordError("InvalidArgument", `Body.insertParagraph ${location}`);
    });
    return created;
  }

  getRange(location: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      if (location !== "Start") throw wordError("InvalidArgument", `Body.getRange ${location}`);
      return this.context.model.spotOf(this.context.model.main[0], true);
    });
  }

  getComments(): CommentCollectionProxy {
    return new CommentCollectionProxy(this.context);
  }
}

class EventHandlersProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly event: string
  ) {}

  add(handler: EventHandler): { context: FakeContext; remove(): void } {
    const model = this.context.model;
    const entry = { event: this.event, handler };
    this.context.enqueue(() => model.paragraphHandlers.add(entry));
    return {
      context: this.context,
      remove: () => this.context.enqueue(() => model.paragraphHandlers.delete(entry)),
    };
  }
}

class DocumentProxy {
  readonly body: BodyProxy;
  readonly onParagraphAdded: EventHandlersProxy;
  readonly onParagraphChanged: EventHandlersProxy;
  readonly onParagraphDeleted: EventHandlersProxy;

  constructor(private readonly context: FakeContext) {
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
      const found = this.context.model.main.find((paragraph) => paragraph.uniqueLocalId === id);
      if (!found) throw wordError("ItemNotFound", "Document.getParagraphByUniqueLocalId");
      return found;
    });
  }

  getSelection(): RangeProxy {
    return new RangeProxy(this.context, () => ({ ...this.context.model.selection }));
  }
}

/** The `Word` global's `run`, over this model. */
export function fakeWordHost(model: FakeWordDocument): {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
} {
  return {
    run: (batch) => batch(new FakeContext(model) as unknown as Word.RequestContext),
  };
}
