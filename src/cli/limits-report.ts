/**
 * --max-woorden and --max-tekens: a form's limit applies to each part under a heading (a form
 * field per heading), or to the whole draft when it has no headings.
 */
import {
  measureLimits,
  type LengthLimit,
  type LimitMeasure,
  type LimitParagraph,
} from "../analysis/readability";
import { paragraphKind } from "../analysis/paragraph-kind";
import { tokenize } from "../analysis/tokens";
import type { DraftParagraph } from "./draft";
import { wrap } from "./wrap";

export interface CliLimits {
  maxWords?: number;
  maxCharacters?: number;
}

export function limitParagraphs(paragraphs: readonly DraftParagraph[]): LimitParagraph[] {
  return paragraphs.map((p) => ({
    text: p.text,
    heading:
      p.part === "body" && paragraphKind(p.text, tokenize(p.text).tokens, p.style) === "heading",
  }));
}

/** The limits asked for, per heading part when the draft has headings with text under them. */
export function measureCliLimits(
  paragraphs: readonly LimitParagraph[],
  asked: CliLimits
): LimitMeasure[] {
  const headings = paragraphs.filter((p) => p.heading).map((p) => p.text);
  const limits: LengthLimit[] = [];
  for (const [unit, max] of [
    ["words", asked.maxWords],
    ["characters", asked.maxCharacters],
  ] as const) {
    if (max === undefined) continue;
    if (headings.length === 0) limits.push({ unit, max });
    else for (const heading of headings) limits.push({ unit, max, heading });
  }
  // A heading with nothing under it (a title above the first heading) is no form field.
  return measureLimits(paragraphs, limits).filter(
    (m) => m.limit.heading === undefined || m.count > 0
  );
}

const UNIT = { words: ["woord", "woorden"], characters: ["teken", "tekens"] } as const;

function amount(n: number, unit: LengthLimit["unit"]): string {
  return `${n} ${UNIT[unit][n === 1 ? 0 : 1]}`;
}

export function limitLines(measures: readonly LimitMeasure[]): string[] {
  if (measures.length === 0) return [];
  const lines = ["Lengte"];
  for (const measure of measures) {
    const { limit, count, over } = measure;
    const where = limit.heading === undefined ? "Hele tekst" : `"${limit.heading.trim()}"`;
    const verdict = over > 0 ? `${amount(over, limit.unit)} te veel` : "past";
    lines.push(
      ...wrap(
        `${over > 0 ? "✗" : "✓"} ${where}: ${amount(count, limit.unit)} van max. ${limit.max} (${verdict})`,
        "  "
      )
    );
  }
  const overCount = measures.filter((m) => m.over > 0).length;
  lines.push(
    ...wrap(
      overCount === 0
        ? "Alles past binnen de grens. (Tekens tellen met spaties, zoals formulieren.)"
        : `${overCount} ${overCount === 1 ? "deel is" : "delen zijn"} te lang. (Tekens tellen met spaties, zoals formulieren.)`,
      "  "
    )
  );
  return lines;
}
