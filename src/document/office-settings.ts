/**
 * Per-document settings through Office's common Settings API, under one key, saved with the
 * document. `set` keeps the values in Word's memory even when saving fails, so a failed save
 * loses nothing while the pane is open; the user is told and can save the document later.
 */
import type { DocumentSettings, PortResult } from "./port";
import { portError } from "./messages";
import { succeeded, type AsyncOutcome, type OfficeSettingsHost } from "./word-host";

export const SETTINGS_KEY = "argumentenhulp";

export function readOfficeSettings(
  settings: OfficeSettingsHost | undefined
): PortResult<DocumentSettings> {
  if (!settings) return { ok: false, error: portError("unsupported", "settings-unavailable") };
  const stored = settings.get(SETTINGS_KEY);
  return { ok: true, value: isSettingsObject(stored) ? structuredCopy(stored) : {} };
}

export function writeOfficeSettings(
  settings: OfficeSettingsHost | undefined,
  value: DocumentSettings
): Promise<PortResult<void>> {
  if (!settings)
    return Promise.resolve({ ok: false, error: portError("unsupported", "settings-unavailable") });
  let copy: DocumentSettings;
  try {
    // Office stores settings as JSON; a value that cannot be JSON must fail here, not on save.
    copy = structuredCopy(value);
    settings.set(SETTINGS_KEY, copy);
  } catch {
    return Promise.resolve({ ok: false, error: portError("unknown", "settings-save") });
  }
  return new Promise((resolve) => {
    try {
      settings.saveAsync((result: AsyncOutcome) =>
        resolve(
          succeeded(result)
            ? { ok: true, value: undefined }
            : { ok: false, error: portError("unknown", "settings-save") }
        )
      );
    } catch {
      resolve({ ok: false, error: portError("unknown", "settings-save") });
    }
  });
}

export function isSettingsObject(value: unknown): value is DocumentSettings {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON round trip: what Office would store, and a copy the caller cannot mutate behind our back. */
export function structuredCopy(value: DocumentSettings): DocumentSettings {
  return JSON.parse(JSON.stringify(value)) as DocumentSettings;
}
