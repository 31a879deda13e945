/**
 * Turns "the file the user named" into paragraphs: picks the reader by extension (and by the
 * bytes, for standard input and for files that are not what their name says), and turns every
 * way that can fail into one Dutch sentence.
 */
import { STDIN_FILE } from "./arguments";
import type { DraftParagraph } from "./draft";
import { isEncryptedWord, isOldWord, isPdf, isZip, NotWordError, readDocx } from "./docx-reader";
import { InputError } from "./input-error";
import { messages } from "./messages";
import { NotTextError, readText } from "./text-reader";

export interface DraftSource {
  readStdin(): Promise<Uint8Array>;
  readFile(path: string): Promise<Uint8Array>;
}

export interface Draft {
  /** The name to show the user: the path as typed, or "de invoer". */
  name: string;
  paragraphs: DraftParagraph[];
}

const WORD_EXTENSIONS = [".docx", ".docm"];
const TEXT_EXTENSIONS = [".txt", ".text"];

function extensionOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

export function fileError(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError(messages.fileNotFound(file));
  if (code === "EISDIR") return new InputError(messages.isDirectory(file));
  if (code === "EACCES" || code === "EPERM") return new InputError(messages.noAccess(file));
  return new InputError(messages.cannotRead(file));
}

async function readWord(name: string, bytes: Uint8Array): Promise<DraftParagraph[]> {
  try {
    return await readDocx(bytes);
  } catch (error) {
    if (!(error instanceof NotWordError)) throw error;
    if (error.reason === "pdf") throw new InputError(messages.pdf(name));
    if (error.reason === "encrypted") throw new InputError(messages.encrypted(name));
    if (error.reason === "old-word") throw new InputError(messages.oldWord(name));
    throw new InputError(messages.notWord(name));
  }
}

function readPlain(name: string, bytes: Uint8Array): DraftParagraph[] {
  // Name the real format when a known document hides behind a text name or a pipe.
  if (isPdf(bytes)) throw new InputError(messages.pdf(name));
  if (isEncryptedWord(bytes)) throw new InputError(messages.encrypted(name));
  if (isOldWord(bytes)) throw new InputError(messages.oldWord(name));
  try {
    return readText(bytes);
  } catch (error) {
    if (error instanceof NotTextError) throw new InputError(messages.notText(name));
    throw error;
  }
}

export async function readDraft(file: string, source: DraftSource): Promise<Draft> {
  const name = file === STDIN_FILE ? messages.stdinName : file;
  const extension = extensionOf(file);
  if (file !== STDIN_FILE) {
    if (extension === ".pdf") throw new InputError(messages.pdf(file));
    if (extension === ".doc" || extension === ".dot") throw new InputError(messages.oldWord(file));
    if (extension === ".odt") throw new InputError(messages.openDocument(file));
    if (!WORD_EXTENSIONS.includes(extension) && !TEXT_EXTENSIONS.includes(extension)) {
      throw new InputError(messages.unknownType(file));
    }
  }

  let bytes: Uint8Array;
  try {
    bytes = file === STDIN_FILE ? await source.readStdin() : await source.readFile(file);
  } catch (error) {
    throw fileError(name, error);
  }

  // A .docx piped in, or saved with a .txt name, is still a Word file.
  const paragraphs =
    WORD_EXTENSIONS.includes(extension) || isZip(bytes)
      ? await readWord(name, bytes)
      : readPlain(name, bytes);
  if (paragraphs.length === 0) throw new InputError(messages.empty(name));
  return { name, paragraphs };
}
