/**
 * Where a letter's closing starts: the greeting ("Met vriendelijke groet,", "Hoogachtend") and
 * the lines under it (name, role, organisation, phone, e-mail). Text put after it would stand
 * under the signature, so the pane offers the place before it instead. A greeting counts only
 * near the end: everything after it is short lines, not another part of the application.
 */

/** What the rule needs of a paragraph. */
export interface ClosingParagraph {
  text: string;
  isHeading?: boolean;
}

/** A greeting line starts with one of these (Dutch and English letter closings). */
const GREETING =
  /^(?:met\s+)?(?:vriendelijke|hartelijke|warme|zonnige|goede|collegiale|beste|lieve)\s+groet(?:en)?\b|^(?:een\s+)?(?:hartelijke\s+)?groet(?:en|jes)?\s*(?:[,.!]|$)|^hoogachtend\b|^(?:with\s+)?(?:kind|best|warm|warmest)\s+(?:regards|wishes)\b|^(?:yours\s+)?(?:sincerely|faithfully|truly)\b|^(?:many\s+)?thanks\s+and\s+regards\b/i;

/** A greeting line with more words than this is a sentence, not a closing. */
const MAX_GREETING_WORDS = 12;
/** Lines under the greeting: a signature has few, each short. */
const MAX_SIGNATURE_LINES = 8;
const MAX_SIGNATURE_WORDS = 10;

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Whether a paragraph opens a letter's closing ("Met vriendelijke groet, Ria Jansen"). */
export function isGreeting(text: string): boolean {
  const trimmed = text.trim().replace(/^[‘’“”"']+/, "");
  return trimmed !== "" && words(trimmed) <= MAX_GREETING_WORDS && GREETING.test(trimmed);
}

/**
 * The index of the paragraph where the closing starts, or null when the text has none: the last
 * greeting line that only short, non-heading lines follow.
 */
export function closingStart(paragraphs: readonly ClosingParagraph[]): number | null {
  let signatureLines = 0;
  for (let index = paragraphs.length - 1; index >= 0; index--) {
    const paragraph = paragraphs[index];
    if (paragraph.isHeading) return null;
    if (isGreeting(paragraph.text)) return index;
    if (paragraph.text.trim() === "") continue;
    signatureLines++;
    if (signatureLines > MAX_SIGNATURE_LINES || words(paragraph.text) > MAX_SIGNATURE_WORDS)
      return null;
  }
  return null;
}
