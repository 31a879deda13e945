/**
 * The length limits as the document's settings keep them, checked on the way in: a document
 * may carry settings from an older version or someone else's hand. Small and free of the
 * readability engine, so the pane's first load reads them without the Schrijfhulp's chunk.
 */
import type { LengthLimit, LimitUnit } from "../../analysis/readability/limits";

export type { LengthLimit, LimitUnit };

/** More than any form asks (a long form field is 10 000 characters). */
export const MAX_LIMIT = 1_000_000;
const MAX_LIMITS = 50;
const MAX_HEADING = 500;

function limitFrom(raw: unknown): LengthLimit | null {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null;
  const { unit, max, heading } = raw as Record<string, unknown>;
  if (unit !== "words" && unit !== "characters") return null;
  if (typeof max !== "number" || !Number.isInteger(max) || max < 1 || max > MAX_LIMIT) return null;
  if (heading === undefined) return { unit, max };
  if (typeof heading !== "string" || heading.trim() === "" || heading.length > MAX_HEADING)
    return null;
  return { unit, max, heading };
}

export function lengthLimitsFrom(raw: unknown): LengthLimit[] {
  if (!Array.isArray(raw)) return [];
  const limits: LengthLimit[] = [];
  for (const item of raw.slice(0, MAX_LIMITS)) {
    const limit = limitFrom(item);
    if (limit) limits.push(limit);
  }
  return limits;
}
