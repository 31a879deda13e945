/**
 * `--blocks FILE`: a library file of own blocks, read with the same checks as the pane's import
 * and refused with the same Dutch sentence. A file over 1 MB is refused by its size, unread.
 */
import type { OwnBlock } from "../content/types";
import { MAX_LIBRARY_BYTES, readLibraryFile } from "../own-blocks/library-file";
import { refusalMessage } from "../own-blocks/messages";
import { InputError } from "./input-error";
import { fileError } from "./read-draft";

export interface LibrarySource {
  fileSize(path: string): Promise<number>;
  readFile(path: string): Promise<Uint8Array>;
}

export async function readOwnBlocks(file: string, io: LibrarySource): Promise<OwnBlock[]> {
  let bytes: Uint8Array;
  try {
    const size = await io.fileSize(file);
    if (size > MAX_LIBRARY_BYTES)
      throw new InputError(refusalMessage({ kind: "too-large", bytes: size }, file));
    bytes = await io.readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(file, error);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(refusalMessage({ kind: "not-json" }, file));
  }
  const reading = readLibraryFile(text.replace(/^\uFEFF/, ""));
  if (!reading.ok) throw new InputError(refusalMessage(reading.refusal, file));
  return reading.blocks;
}
