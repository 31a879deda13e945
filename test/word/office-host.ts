/**
 * The `Office` global for the adapter tests, built with office-addin-mock's OfficeMockObject:
 * requirement sets, the document's settings and the selection-changed event. Enums are set as
 * plain objects after construction (the mock would otherwise hide their values until loaded).
 */
import { OfficeMockObject } from "office-addin-mock";
import type { AsyncOutcome, OfficeHost } from "../../src/document/word-host";

export interface OfficeHostOptions {
  /** WordApi versions the host claims, e.g. ["1.1", "1.2", "1.3"]. */
  wordApiSets: string[];
  /** Leave out Office.context.document.settings (e.g. a host without the Settings API). */
  withoutSettings?: boolean;
  /** Make settings.saveAsync report failure. */
  saveFails?: boolean;
  /** Office.context.document.mode says the document was opened read-only. */
  readOnly?: boolean;
  /** Office.context.platform: "PC", "OfficeOnline", "Mac". */
  platform?: string;
  /** saveAsync answers after this many ms (per call, in order), to model saves that overtake. */
  saveDelays?: number[];
}

export interface OfficeHostFake {
  office: OfficeHost;
  /** What settings.set stored (Word's in-memory copy). */
  memory: Map<string, unknown>;
  /** What the last successful saveAsync persisted. */
  saved: Map<string, unknown>;
  selectionHandlers: Set<(args: unknown) => void>;
}

export const SETS = {
  word2016rtm: ["1.1", "1.2"],
  word2016: ["1.1", "1.2", "1.3"],
  withComments: ["1.1", "1.2", "1.3", "1.4", "1.5"],
  microsoft365: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"],
};

/**
 * The hosts the add-in meets, with the WordApi sets Microsoft's requirement-set table gives
 * them and how each shows tracked deletions in `Paragraph.text` (office-js #1267, #5286, #2314).
 */
export const HOSTS = {
  "Word 2016 (volume licence)": { sets: SETS.word2016rtm, platform: "PC", deletedInText: false },
  "Office 2019": { sets: SETS.word2016, platform: "PC", deletedInText: false },
  "Microsoft 365 (Windows)": { sets: SETS.microsoft365, platform: "PC", deletedInText: false },
  "Word on the web": { sets: SETS.microsoft365, platform: "OfficeOnline", deletedInText: true },
  "Word for Mac": { sets: SETS.microsoft365, platform: "Mac", deletedInText: false },
} as const;

export type HostName = keyof typeof HOSTS;

export function fakeOffice(options: OfficeHostOptions): OfficeHostFake {
  const memory = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  const selectionHandlers = new Set<(args: unknown) => void>();
  const outcome = (failed: boolean): AsyncOutcome =>
    failed
      ? { status: "failed", error: { message: "Save failed" } }
      : { status: "succeeded", error: null };

  const document: Record<string, unknown> = {
    addHandlerAsync(
      eventType: string,
      handler: (args: unknown) => void,
      callback?: (result: AsyncOutcome) => void
    ) {
      if (eventType === "documentSelectionChanged") selectionHandlers.add(handler);
      callback?.(outcome(eventType !== "documentSelectionChanged"));
    },
    removeHandlerAsync(
      eventType: string,
      handlerOptions: { handler: (args: unknown) => void },
      callback?: (result: AsyncOutcome) => void
    ) {
      if (eventType === "documentSelectionChanged")
        selectionHandlers.delete(handlerOptions.handler);
      callback?.(outcome(false));
    },
  };
  if (!options.withoutSettings) {
    document.settings = {
      get: (name: string) => (memory.has(name) ? memory.get(name) : null),
      set: (name: string, value: unknown) => memory.set(name, value),
      // A save writes what memory held when it was asked, and lands when it answers: two saves
      // in flight can land in the other order, the older one last.
      saveAsync: (callback?: (result: AsyncOutcome) => void) => {
        const snapshot = [...memory].map(([name, value]) => [name, JSON.stringify(value)]);
        const delay = options.saveDelays?.shift() ?? 0;
        setTimeout(() => {
          if (!options.saveFails)
            for (const [name, value] of snapshot) saved.set(name, JSON.parse(value));
          callback?.(outcome(options.saveFails === true));
        }, delay);
      },
    };
  }
  const mock = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "WordApi" && options.wordApiSets.includes(version ?? "1.1"),
      },
      document,
    },
  }) as unknown as Omit<OfficeHost, "EventType"> & { EventType: unknown };
  mock.EventType = { DocumentSelectionChanged: "documentSelectionChanged" };
  // A plain value, like the enums above: the mock would hide it until loaded.
  if (options.readOnly && mock.context.document) mock.context.document.mode = "readOnly";
  mock.context.platform = options.platform ?? "PC";
  return { office: mock as OfficeHost, memory, saved, selectionHandlers };
}
