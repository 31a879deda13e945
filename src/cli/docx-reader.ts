/**
 * Word drafts, read with mammoth (a maintained .docx reader that copes with what Word really
 * writes, Strict Open XML included). We take its document model rather than its HTML so each
 * paragraph keeps its style name, and walk it in reading order: table cells and text boxes give
 * their own paragraphs, as in Word; empty paragraphs are skipped, as a reader skips them;
 * footnotes and endnotes follow the body in the order they are referenced. Comments are left
 * out: they are remarks on the draft by its readers, not the draft's argument.
 */
import mammoth from "mammoth";
import type { DraftParagraph, DraftPart } from "./draft";

/** Thrown when the bytes are not a readable .docx; the caller words the message. */
export class NotWordError extends Error {
  constructor(readonly reason: "pdf" | "old-word" | "encrypted" | "not-zip" | "unreadable") {
    super(reason);
    this.name = "NotWordError";
  }
}

/** The parts of mammoth's document model this reader looks at (mammoth ships no types for it). */
interface ModelElement {
  type: string;
  children?: ModelElement[];
  value?: string;
  styleName?: string | null;
  noteType?: string;
  noteId?: string;
  body?: ModelElement[];
}

interface ModelDocument extends ModelElement {
  notes: { resolve(reference: ModelElement): ModelElement | null };
}

const startsWith = (bytes: Uint8Array, magic: number[]) =>
  magic.every((byte, i) => bytes[i] === byte);
export const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
export const isPdf = (bytes: Uint8Array) => startsWith(bytes, [0x25, 0x50, 0x44, 0x46]);
/** The compound-file header of .doc, .xls and friends (Word 97–2003). */
export const isOldWord = (bytes: Uint8Array) =>
  startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Word saves a password-protected .docx inside the same compound-file container as a .doc,
 * with an "EncryptionInfo" stream; its directory names are UTF-16.
 */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");
export const isEncryptedWord = (bytes: Uint8Array) =>
  isOldWord(bytes) &&
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO);

async function readModel(bytes: Uint8Array): Promise<ModelDocument> {
  if (isPdf(bytes)) throw new NotWordError("pdf");
  if (isEncryptedWord(bytes)) throw new NotWordError("encrypted");
  if (isOldWord(bytes)) throw new NotWordError("old-word");
  if (!isZip(bytes)) throw new NotWordError("not-zip");
  let model: ModelDocument | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Only the model is wanted: handing the HTML converter an empty document skips its
        // work, including base64-encoding every photo in the draft.
        transformDocument: (document: ModelDocument) => {
          model = document;
          return { ...document, children: [] };
        },
      }
    );
  } catch {
    throw new NotWordError("unreadable");
  }
  if (!model) throw new NotWordError("unreadable");
  return model;
}

/** Collects one paragraph's text; notes it references are queued for after the body. */
function paragraphText(paragraph: ModelElement, onNote: (reference: ModelElement) => void): string {
  let text = "";
  const visit = (element: ModelElement) => {
    switch (element.type) {
      case "text":
        text += element.value ?? "";
        return;
      case "tab":
        text += "\t";
        return;
      case "break":
        text += "\n";
        return;
      case "noteReference":
        onNote(element);
        return;
      // A paragraph nested in a run (some text boxes) is its own paragraph, read by the walk.
      case "paragraph":
        return;
    }
    element.children?.forEach(visit);
  };
  paragraph.children?.forEach(visit);
  return text;
}

/**
 * Word stores some built-in style names in lower case ("heading 1") while its interface, the
 * eval data and python-docx files say "Heading 1"; one spelling keeps the engine's checks simple.
 */
function styleName(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  return name.replace(/^heading (\d)$/i, "Heading $1");
}

export async function readDocx(bytes: Uint8Array): Promise<DraftParagraph[]> {
  const model = await readModel(bytes);
  const paragraphs: DraftParagraph[] = [];
  const notes: ModelElement[] = [];
  const queueNote = (reference: ModelElement) => {
    const note = model.notes.resolve(reference);
    if (note && !notes.includes(note)) notes.push(note);
  };

  const walk = (elements: ModelElement[] | undefined, part: DraftPart) => {
    for (const element of elements ?? []) {
      if (element.type === "comment") continue;
      if (element.type === "paragraph") {
        const text = paragraphText(element, queueNote).trim();
        const style = styleName(element.styleName);
        if (text) paragraphs.push({ text, ...(style ? { style } : {}), part });
      }
      walk(element.children, part);
    }
  };

  walk(model.children, "body");
  // Notes can reference notes; the queue grows while it is read.
  for (let i = 0; i < notes.length; i++) {
    walk(notes[i].body, notes[i].noteType === "endnote" ? "endnote" : "footnote");
  }
  return paragraphs;
}
