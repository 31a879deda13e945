/**
 * Length limits as application forms set them: a number of words, or of characters counted
 * with spaces, for the whole draft or for the part under one heading. Counted the way forms
 * and Word count: a word is what stands between spaces, a character is what the user sees
 * as one (an emoji or "é" is one), and the breaks between paragraphs do not count.
 */
export type LimitUnit = "words" | "characters";

export interface LengthLimit {
  unit: LimitUnit;
  max: number;
  /** The heading whose part is limited, by its text; absent: the whole draft. */
  heading?: string;
}

/** A paragraph as limits see it: its text and whether it is a heading. */
export interface LimitParagraph {
  text: string;
  heading: boolean;
}

export interface LimitMeasure {
  limit: LengthLimit;
  /** Words or characters counted. */
  count: number;
  /** count − max when over, else 0. */
  over: number;
  /** Paragraph indexes the part spans (empty when its heading is gone from the draft). */
  paragraphs: number[];
  /** False when the limit names a heading the draft no longer has. */
  found: boolean;
}

const SEGMENTER =
  typeof Intl !== "undefined" && "Segmenter" in Intl
    ? new Intl.Segmenter("nl", { granularity: "grapheme" })
    : null;

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/u);
  return words.length === 1 && words[0] === "" ? 0 : words.length;
}

export function countCharacters(text: string): number {
  if (!SEGMENTER) return [...text].length;
  let count = 0;
  for (const segment of SEGMENTER.segment(text)) if (segment) count++;
  return count;
}

function countOf(unit: LimitUnit, texts: readonly string[]): number {
  let count = 0;
  for (const text of texts) count += unit === "words" ? countWords(text) : countCharacters(text);
  return count;
}

/** The same heading text, however the user spaced or cased it. */
export function sameHeading(a: string, b: string): boolean {
  const key = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();
  return key(a) === key(b);
}

/** Paragraph indexes under the first heading with this text, up to the next heading. */
export function partUnder(paragraphs: readonly LimitParagraph[], heading: string): number[] | null {
  const at = paragraphs.findIndex((p) => p.heading && sameHeading(p.text, heading));
  if (at < 0) return null;
  const part: number[] = [];
  for (let i = at + 1; i < paragraphs.length && !paragraphs[i].heading; i++) part.push(i);
  return part;
}

/** How the draft measures against each limit, in the limits' order. */
export function measureLimits(
  paragraphs: readonly LimitParagraph[],
  limits: readonly LengthLimit[]
): LimitMeasure[] {
  return limits.map((limit) => {
    const part =
      limit.heading === undefined
        ? paragraphs.map((_, i) => i)
        : partUnder(paragraphs, limit.heading);
    const indexes = part ?? [];
    const count = countOf(
      limit.unit,
      indexes.map((i) => paragraphs[i].text)
    );
    return {
      limit,
      count,
      over: Math.max(0, count - limit.max),
      paragraphs: indexes,
      found: part !== null,
    };
  });
}
