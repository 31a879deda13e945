/**
 * Negation by meaning. "We hebben geen tijd gehad" denies; "niet alleen activiteiten, maar
 * ook relaties" contrasts; "zonder meerjarige steun valt dit werk weg" states a need. Only
 * the first marks the words after it as denied.
 */
import { CLAUSE_WORDS, NEED_MARKERS, NEGATION_RELEASES, NEGATORS } from "../content/cues";
import type { Token } from "./tokens";

export type Polarity = "plain" | "denied" | "needed";

const negators = new Set(NEGATORS);
const releases = new Set(NEGATION_RELEASES);
const needs = new Set(NEED_MARKERS);
const clauseWords = new Set(CLAUSE_WORDS);
const REACH = 5;

export function polarities(tokens: readonly Token[]): Polarity[] {
  const result: Polarity[] = new Array(tokens.length).fill("plain");
  for (let i = 0; i < tokens.length; i++) {
    const form = tokens[i].form;
    const isNegator = negators.has(form);
    if (!isNegator && !needs.has(form)) continue;
    const next = tokens[i + 1];
    if (isNegator && next && releases.has(next.form)) continue;
    const mark: Polarity = isNegator ? "denied" : "needed";
    for (let j = i + 1; j < tokens.length && j <= i + REACH; j++) {
      if (tokens[j].clauseBreak || clauseWords.has(tokens[j].form)) break;
      result[j] = mark;
    }
  }
  // In Dutch main clauses the negator often follows the word it denies ("ik had tijd niet"):
  // a negator closing its clause denies the clause's last words too.
  for (let i = 1; i < tokens.length; i++) {
    if (!negators.has(tokens[i].form)) continue;
    const next = tokens[i + 1];
    if (next && !next.clauseBreak) continue;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (result[j] === "plain") result[j] = "denied";
      if (tokens[j].clauseBreak) break;
    }
  }
  return result;
}
