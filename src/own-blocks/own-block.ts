/**
 * The rules of a block the user writes: one or a few paragraphs, a title, at least one theme and
 * audience, and placeholders written in the text as `[naam buurt]`, each once in the whole block
 * and inside one paragraph. The editor and the library file's schema both check a block here, so
 * a block the pane accepts is one the file accepts.
 */
import { AUDIENCES, THEME_IDS, type OwnBlock, type Placeholder } from "../content/types";
import { PARAGRAPH_END, ownBlockParagraphs } from "./paragraphs";

export const OWN_BLOCK_LIMITS = {
  title: 120,
  text: 4000,
  paragraphs: 10,
  placeholders: 12,
} as const;

/** Ids end up in a content-control tag ("argumentenhulp:own-block:<id>"): plain characters only. */
export const OWN_BLOCK_ID = /^[A-Za-z0-9_-]{1,64}$/;

const BRACKETED = /\[([^[\]\n]{1,60})\]/g;

// The paragraph rule lives in its own small module so the first load (which inserts blocks)
// carries it without the rest of this file; it is part of this file's API all the same.
export { ownBlockParagraphs };

/** The text as a block keeps it: its paragraphs, separated by a single "\n". */
export function cleanBlockText(text: string): string {
  return ownBlockParagraphs(text).join("\n");
}

/** "naam buurt" → "naam-buurt": the key a value is kept under, shared with same-named fields. */
export function placeholderKey(label: string): string {
  const key = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return key === "" ? "veld" : key;
}

/** The `[…]` spans of the text as placeholders, in order, each label once. */
export function placeholdersIn(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of text.matchAll(BRACKETED)) {
    const label = match[1].trim();
    if (label === "" || found.some((p) => p.original === match[0])) continue;
    found.push({ key: placeholderKey(label), label: { nl: label, en: label }, original: match[0] });
  }
  return found;
}

export type OwnBlockProblem =
  | { kind: "no-title" }
  | { kind: "title-too-long" }
  | { kind: "no-text" }
  | { kind: "text-too-long" }
  | { kind: "too-many-paragraphs" }
  | { kind: "no-theme" }
  | { kind: "no-audience" }
  | { kind: "unknown-theme"; value: string }
  | { kind: "unknown-audience"; value: string }
  | { kind: "too-many-placeholders" }
  | { kind: "placeholder-not-once"; original: string }
  | { kind: "placeholder-across-paragraphs"; original: string }
  | { kind: "placeholder-key-twice"; key: string };

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/** Everything wrong with a block, first problem first; empty when it may be kept. */
export function ownBlockProblems(block: Omit<OwnBlock, "id">): OwnBlockProblem[] {
  const problems: OwnBlockProblem[] = [];
  const title = block.title.trim();
  if (title === "") problems.push({ kind: "no-title" });
  else if (title.length > OWN_BLOCK_LIMITS.title) problems.push({ kind: "title-too-long" });
  const text = block.text.trim();
  if (text === "") problems.push({ kind: "no-text" });
  else if (text.length > OWN_BLOCK_LIMITS.text) problems.push({ kind: "text-too-long" });
  if (ownBlockParagraphs(text).length > OWN_BLOCK_LIMITS.paragraphs)
    problems.push({ kind: "too-many-paragraphs" });
  if (block.themes.length === 0) problems.push({ kind: "no-theme" });
  for (const value of block.themes)
    if (!(THEME_IDS as readonly string[]).includes(value))
      problems.push({ kind: "unknown-theme", value });
  if (block.audiences.length === 0) problems.push({ kind: "no-audience" });
  for (const value of block.audiences)
    if (!(AUDIENCES as readonly string[]).includes(value))
      problems.push({ kind: "unknown-audience", value });
  if (block.placeholders.length > OWN_BLOCK_LIMITS.placeholders)
    problems.push({ kind: "too-many-placeholders" });
  const keys = new Set<string>();
  for (const placeholder of block.placeholders) {
    if (keys.has(placeholder.key))
      problems.push({ kind: "placeholder-key-twice", key: placeholder.key });
    keys.add(placeholder.key);
    // Exactly once, as for the report's blocks: filling a field means one span of the text.
    if (occurrences(block.text, placeholder.original) !== 1)
      problems.push({ kind: "placeholder-not-once", original: placeholder.original });
    // A value fills one place in one paragraph; a field over a break could not be filled.
    else if (PARAGRAPH_END.test(placeholder.original))
      problems.push({ kind: "placeholder-across-paragraphs", original: placeholder.original });
  }
  return problems;
}

/**
 * Two blocks say the same when their paragraphs hold the same words, whatever the spacing or
 * case. The paragraphs count: the same words cut into other paragraphs are another shape of the
 * text, which a team may have chosen on purpose, so importing it keeps it rather than drop it.
 */
export function sameBlockText(a: string, b: string): boolean {
  return cleanBlockText(a).toLocaleLowerCase("nl") === cleanBlockText(b).toLocaleLowerCase("nl");
}

/** A fresh id: random where the browser or Node offers it, else time and chance. */
export function newOwnBlockId(): string {
  const random =
    typeof globalThis.crypto?.randomUUID === "function"
      ? globalThis.crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return `eigen-${random}`;
}
