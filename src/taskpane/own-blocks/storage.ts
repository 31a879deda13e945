/**
 * The own-block library kept on this computer, in the browser's localStorage of the pane (as the
 * preview keeps its settings). It is stored as a library file, so the file's schema checks it on
 * the way back; that schema loads with the library's own chunk, only when something is stored.
 */
import type { OwnBlock } from "../../content/types";

export const OWN_LIBRARY_KEY = "argumentenhulp:own-blocks";

export interface LibraryStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function browserStorage(): LibraryStorage | null {
  try {
    return window.localStorage;
  } catch {
    // Blocked (private mode, a strict policy): the library holds for this session only.
    return null;
  }
}

export const loadLibraryCode = () =>
  import(/* webpackChunkName: "eigen-tekstblokken" */ "./library-code");

export type StoredLibrary = { ok: true; blocks: OwnBlock[] } | { ok: false; reason: string };

export async function readStoredLibrary(storage: LibraryStorage | null): Promise<StoredLibrary> {
  let text: string | null = null;
  try {
    text = storage?.getItem(OWN_LIBRARY_KEY) ?? null;
  } catch {
    text = null;
  }
  if (text === null) return { ok: true, blocks: [] };
  const { readLibraryFile, refusalMessage } = await loadLibraryCode();
  const reading = readLibraryFile(text);
  return reading.ok
    ? { ok: true, blocks: reading.blocks }
    : { ok: false, reason: refusalMessage(reading.refusal, OWN_LIBRARY_KEY) };
}

/** False when the browser refused (storage full or blocked). */
export async function writeStoredLibrary(
  storage: LibraryStorage | null,
  blocks: readonly OwnBlock[]
): Promise<boolean> {
  if (!storage) return false;
  const { libraryFileText } = await loadLibraryCode();
  try {
    storage.setItem(OWN_LIBRARY_KEY, libraryFileText(blocks));
    return true;
  } catch {
    return false;
  }
}
