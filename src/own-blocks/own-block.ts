/**
 * The rules of a block the user writes: one paragraph, a title, at least one theme and audience,
 * and placeholders written in the text as `[naam buurt]`, each once. The editor and the library
 * file's schema both check a block here, so a block the pane accepts is one the file accepts.
 */
import { AUDIENCES, THEME_IDS, type OwnBlock, type Placeholder } from "../content/types";

export const OWN_BLOCK_LIMITS = { title: 120, text: 4000, placeholders: 12 } as const;

/** Ids end up in a content-control tag ("argumentenhulp:own-block:<id>"): plain characters only. */
export const OWN_BLOCK_ID = /^[A-Za-z0-9_-]{1,64}$/;

const BRACKETED = /\[([^[\]\n]{1,60})\]/g;

/** A block is one Word paragraph: line breaks and runs of spaces become one space. */
export function cleanBlockText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
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
  | { kind: "no-theme" }
  | { kind: "no-audience" }
  | { kind: "unknown-theme"; value: string }
  | { kind: "unknown-audience"; value: string }
  | { kind: "too-many-placeholders" }
  | { kind: "placeholder-not-once"; original: string }
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
  }
  return problems;
}

/** Two blocks say the same when their words are the same, whatever the spacing or case. */
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
