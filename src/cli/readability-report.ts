/**
 * The Schrijfhulp's part of the text report: the draft's level against B1, then per paragraph
 * the first things to fix, in document order. Short on purpose: the pane shows the rest.
 */
import { fixesFor, tooShortForScore, type Fix, type Readability } from "../analysis/readability";
import { B1_TARGET_SCORE, LONG_SENTENCE_WORDS } from "../content/readability";
import { wrap } from "./wrap";

/** Paragraphs shown, and fixes per paragraph: the report says what to do first, not all. */
const MAX_PARAGRAPHS = 8;
const MAX_FIXES = 3;

function decimal(n: number): string {
  return n.toFixed(1).replace(".", ",");
}

export function fixText(fix: Fix): string {
  switch (fix.kind) {
    case "long-sentence":
      return `zin van ${fix.words} woorden ("${snippet(fix.span.text)}"): knip hem in tweeën`;
    case "plain-word":
      return `"${fix.span.text}": zeg liever ${fix.suggestion}`;
    case "passive":
      return `"${fix.span.text}": zeg wie het doet`;
    case "long-word":
      return `"${fix.span.text}": lang woord, splits of omschrijf het`;
  }
}

function snippet(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 6 ? text : `${words.slice(0, 6).join(" ")} …`;
}

export function readabilityLines(readability: Readability, labels: readonly string[]): string[] {
  const { draft } = readability;
  if (!draft) return [];
  const b1 = draft.fleschDouma >= B1_TARGET_SCORE ? "haalt B1" : "moeilijker dan B1";
  const lines = [
    "Leesbaarheid",
    ...wrap(
      `Niveau: ${draft.level} (Flesch-Douma ${decimal(draft.fleschDouma)}; ${b1}, het doel is ${B1_TARGET_SCORE} of hoger) · ` +
        `${draft.words} woorden in ${draft.sentences} ${draft.sentences === 1 ? "zin" : "zinnen"}, ` +
        `${decimal(draft.words / Math.max(1, draft.sentences))} woorden per zin`,
      "  "
    ),
  ];
  const toFix = readability.paragraphs
    .map((paragraph) => ({ paragraph, fixes: fixesFor(paragraph) }))
    .filter((item) => item.fixes.length > 0);
  if (toFix.length === 0) {
    lines.push(
      ...wrap(
        `Geen zinnen boven ${LONG_SENTENCE_WORDS} woorden, moeilijke woorden of lijdende vormen gevonden.`,
        "  "
      )
    );
    return lines;
  }
  lines.push(`  Eerst verbeteren (${toFix.length} ${toFix.length === 1 ? "alinea" : "alinea's"}):`);
  for (const { paragraph, fixes } of toFix.slice(0, MAX_PARAGRAPHS)) {
    const score = tooShortForScore(paragraph)
      ? "kort"
      : `Flesch-Douma ${decimal(paragraph.fleschDouma)}`;
    const more = fixes.length > MAX_FIXES ? `; en ${fixes.length - MAX_FIXES} meer` : "";
    const line = `${labels[paragraph.index] ?? `alinea ${paragraph.index + 1}`} (${score}): ${fixes
      .slice(0, MAX_FIXES)
      .map(fixText)
      .join("; ")}${more}`;
    lines.push(...wrap(line, "    "));
  }
  if (toFix.length > MAX_PARAGRAPHS)
    lines.push(
      ...wrap(`… en nog ${toFix.length - MAX_PARAGRAPHS} alinea's (alles staat in --json).`, "    ")
    );
  return lines;
}
