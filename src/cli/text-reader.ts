/**
 * Plain text drafts: one paragraph a non-empty line. Volunteers save text from Notepad, Word
 * or a mail program, so the reader takes UTF-8 (with or without BOM), UTF-16 with a BOM and
 * old Windows-1252 files, and refuses bytes that are not text at all.
 */
import type { DraftParagraph } from "./draft";

/** Thrown when the bytes are not text; the caller words the message (it knows the file name). */
export class NotTextError extends Error {
  constructor() {
    super("not text");
    this.name = "NotTextError";
  }
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a file saved as "ANSI" on Windows; Windows-1252 maps every byte to a character.
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * Control characters other than tab, line feed, vertical tab (Word's line break), form feed and
 * carriage return do not occur in text people write; a NUL, or more than one in a hundred,
 * means binary data.
 */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g;

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 0 && controls * 100 > text.length;
}

export function readText(bytes: Uint8Array): DraftParagraph[] {
  let text: string;
  try {
    text = decode(bytes);
  } catch {
    throw new NotTextError();
  }
  if (looksBinary(text)) throw new NotTextError();
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ text: line, part: "body" as const }));
}
