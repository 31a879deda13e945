/** The library's own chunk: the file schema (zod) and the editor, loaded on first use. */
export {
  readLibraryFile,
  libraryFileText,
  libraryFileName,
  MAX_LIBRARY_BYTES,
} from "../../own-blocks/library-file";
export { refusalMessage, problemMessage } from "../../own-blocks/messages";
export { mergeLibrary } from "../../own-blocks/merge";
