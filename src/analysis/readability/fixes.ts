/**
 * What to fix first in a paragraph, the same in the pane and the CLI: the longest sentence
 * first (splitting it helps most), then words with a plainer wording, then passives (say who
 * does it), then long words. Headings and short lines need no advice.
 */
import { SHORT_FOR_SCORE_WORDS } from "../../content/readability";
import { wordsIn } from "./readability";
import type { ParagraphReadability, TextSpan } from "./types";

export type Fix =
  | { kind: "long-sentence"; span: TextSpan; words: number }
  | { kind: "plain-word"; span: TextSpan; suggestion: string }
  | { kind: "passive"; span: TextSpan }
  | { kind: "long-word"; span: TextSpan };

const span = (s: TextSpan): TextSpan => ({ start: s.start, end: s.end, text: s.text });

/** The paragraph's fixes, most helpful first. */
export function fixesFor(paragraph: ParagraphReadability): Fix[] {
  const sentences = paragraph.longSentences
    .map((s) => ({ kind: "long-sentence" as const, span: span(s), words: wordsIn(s.text) }))
    .sort((a, b) => b.words - a.words);
  const plain: Fix[] = [];
  const long: Fix[] = [];
  for (const word of paragraph.hardWords) {
    if (word.suggestion)
      plain.push({ kind: "plain-word", span: span(word), suggestion: word.suggestion });
    else long.push({ kind: "long-word", span: span(word) });
  }
  const passives: Fix[] = paragraph.passives.map((p) => ({ kind: "passive", span: span(p) }));
  return [...sentences, ...plain, ...passives, ...long];
}

/** Whether the paragraph has too few words for its score to mean much. */
export function tooShortForScore(paragraph: ParagraphReadability): boolean {
  return paragraph.words < SHORT_FOR_SCORE_WORDS;
}
