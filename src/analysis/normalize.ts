/**
 * Lowercase, NFKD and strip combining marks, keeping for every character of the result the
 * span of the user's own characters it came from, so evidence can point back at their text.
 */
export interface Normalized {
  text: string;
  /** Original offset where normalised character i starts; null when offsets are unchanged. */
  from: Int32Array | null;
  /** Original offset just after the character normalised character i came from (null: i + 1). */
  to: Int32Array | null;
}

const COMBINING = /\p{M}/u;
// Typographic apostrophes would split "zo’n"; Word writes them by default.
const APOSTROPHES = new Set(["\u2019", "\u2018", "\u02bc", "`", "\u00b4"]);

const NON_ASCII = /[^\x00-\x7f]/;

export function normalize(original: string): Normalized {
  // Most Dutch paragraphs are plain ASCII: lowercase keeps every offset where it was.
  if (!NON_ASCII.test(original)) return { text: original.toLowerCase(), from: null, to: null };
  return normalizeOneToOne(original) ?? normalizeWithMap(original);
}

const foldCache = new Map<string, string>();

/**
 * A non-ASCII character as the engine reads it: a typographic apostrophe becomes "'", others
 * lose their combining marks after NFKD and are lowercased. Cached: a draft uses few of them.
 */
function fold(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded !== undefined) return folded;
  if (APOSTROPHES.has(ch)) folded = "'";
  else {
    let decomposed = "";
    for (const part of ch.normalize("NFKD")) if (!COMBINING.test(part)) decomposed += part;
    folded = decomposed.toLowerCase();
  }
  if (foldCache.size < 10_000) foldCache.set(ch, folded);
  return folded;
}

/**
 * The usual non-ASCII text (é, ë, ï, €, curly quotes) folds one UTF-16 unit to one: offsets
 * stay where they were and no map is needed. Null as soon as a character folds otherwise
 * (the ĳ ligature, a lone combining mark, a character outside the BMP).
 */
function normalizeOneToOne(original: string): Normalized | null {
  let text = "";
  let copied = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code < 128) continue;
    if (code >= 0xd800 && code <= 0xdbff) return null;
    const folded = fold(original[i]);
    if (folded.length !== 1) return null;
    text += original.slice(copied, i).toLowerCase() + folded;
    copied = i + 1;
  }
  text += original.slice(copied).toLowerCase();
  return { text, from: null, to: null };
}

/** Any text, with a map from every normalised character to the user's characters. */
function normalizeWithMap(original: string): Normalized {
  const n = original.length;
  const from = new Int32Array(n * 2 + 4);
  const to = new Int32Array(n * 2 + 4);
  let out = "";
  let size = 0;
  const push = (s: string, start: number, end: number): void => {
    for (let k = 0; k < s.length; k++) {
      if (size >= from.length) return;
      from[size] = start;
      to[size] = end;
      size++;
    }
    out += s;
  };
  let asciiRun = -1;
  const flushAscii = (end: number): void => {
    if (asciiRun < 0) return;
    const chunk = original.slice(asciiRun, end).toLowerCase();
    for (let k = 0; k < chunk.length && size < from.length; k++) {
      from[size] = asciiRun + k;
      to[size] = asciiRun + k + 1;
      size++;
    }
    out += chunk;
    asciiRun = -1;
  };
  for (let i = 0; i < n;) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      if (asciiRun < 0) asciiRun = i;
      i++;
      continue;
    }
    flushAscii(i);
    const cp = original.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    push(fold(original.slice(i, i + width)), i, i + width);
    i += width;
  }
  flushAscii(n);
  // Case mapping can lengthen text ("İ"); the arrays were sized for twice the input.
  return { text: out.slice(0, size), from: from.subarray(0, size), to: to.subarray(0, size) };
}

/** The user's characters behind normalised range [start, end). */
export function originalSpan(
  norm: Normalized,
  start: number,
  end: number
): { start: number; end: number } {
  if (end <= start || start >= norm.text.length) return { start: 0, end: 0 };
  const last = Math.min(end, norm.text.length) - 1;
  return { start: startOf(norm, start), end: endOf(norm, last) };
}

/** The user's offset where normalised character i starts. */
export function startOf(norm: Normalized, i: number): number {
  return norm.from ? norm.from[i] : i;
}

/** The user's offset just after normalised character i. */
export function endOf(norm: Normalized, i: number): number {
  return norm.to ? norm.to[i] : i + 1;
}
