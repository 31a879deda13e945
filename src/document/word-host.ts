/**
 * The parts of Office.js the Word adapter uses, as interfaces, so the adapter takes them as
 * arguments (the real `Word` and `Office` globals in the task pane, fakes in the tests) instead
 * of reaching for globals that do not exist outside Word.
 */

export interface WordHost {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /**
   * A batch in the RequestContext of an object from an earlier run: the documented way to remove
   * event handlers, which must be removed through the context they were added in.
   */
  run<T>(
    object: OfficeExtension.ClientObject,
    batch: (context: Word.RequestContext) => Promise<T>
  ): Promise<T>;
}

/**
 * Office's callback result. At run time `status` is the string "succeeded" or "failed" although
 * the typings declare a numeric enum, so it is compared as a string.
 */
export interface AsyncOutcome {
  status: unknown;
  error?: { message?: string } | null;
}

export interface OfficeSettingsHost {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: AsyncOutcome) => void): void;
}

export interface OfficeDocumentHost {
  settings?: OfficeSettingsHost;
  /** Office.DocumentMode: the string "readOnly" or "readWrite" at run time. */
  mode?: unknown;
  addHandlerAsync?(
    eventType: Office.EventType,
    handler: (args: unknown) => void,
    callback?: (result: AsyncOutcome) => void
  ): void;
  removeHandlerAsync?(
    eventType: Office.EventType,
    options: { handler: (args: unknown) => void },
    callback?: (result: AsyncOutcome) => void
  ): void;
}

export interface OfficeHost {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document?: OfficeDocumentHost;
    /** Office.PlatformType at run time: "PC", "OfficeOnline", "Mac", … */
    platform?: unknown;
    diagnostics?: { platform?: unknown };
  };
  /** Enums must exist at run time; in tests they are plain objects on the mock. */
  EventType: { DocumentSelectionChanged: Office.EventType };
}

export function succeeded(result: AsyncOutcome | undefined): boolean {
  return result !== undefined && String(result.status) === "succeeded";
}
