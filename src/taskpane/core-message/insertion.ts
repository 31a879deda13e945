/**
 * The core message as the pane inserts it: one paragraph (the lines the user may have broken
 * it into joined), in a content control whose tag says it is the user's core message, not a
 * report block. It goes through the pane's one inserter, placed and reported like a block.
 */
import type { Insertion } from "../blocks/insertion";

export const CORE_MESSAGE_TAG = "argumentenhulp:core-message";

export function coreMessageInsertion(text: string, title: string): Insertion {
  return {
    kind: "core-message",
    tag: CORE_MESSAGE_TAG,
    title,
    paragraphs: [text.replace(/\s*[\r\n]+\s*/g, " ").trim()],
  };
}
