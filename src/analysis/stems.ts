/**
 * Dutch Snowball stems behind a cache: drafts repeat their words, and a Map lookup is far
 * cheaper than the stemmer. The counter lets tests see that a re-review did no new work.
 */
import { stemmer } from "@orama/stemmers/dutch";

export interface WorkCounter {
  stems: number;
  paragraphs: number;
}

export const workCounter: WorkCounter = { stems: 0, paragraphs: 0 };

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

export function stem(form: string): string {
  const hit = cache.get(form);
  if (hit !== undefined) return hit;
  workCounter.stems++;
  // Very long "words" (pasted data, URLs) are not Dutch words; the stemmer need not see them.
  const result = form.length > 40 ? form : stemmer(form);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(form, result);
  return result;
}
