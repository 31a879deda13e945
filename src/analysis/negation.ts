/**
 * Negation by meaning. "We hebben geen tijd gehad" denies; "niet alleen activiteiten, maar
 * ook relaties" contrasts; "zonder meerjarige steun valt dit weg" states a need. Only
 * the first marks the words after it as denied.
 */
import { formInfo, type FormInfo } from "./form-info";
import type { Token } from "./tokens";

export type Polarity = "plain" | "denied" | "needed";

const REACH = 5;

/** "Weten we niet", "is niet zeker": a closing denial of knowing puts the clause before in doubt. */
const DOUBT = new Set(["weten", "weet", "wisten", "wist", "zeker", "duidelijk", "bekend"]);

/** Denies the clause that ends before token `at`, back to its own start. */
function denyClauseBefore(tokens: readonly Token[], result: Polarity[], at: number): void {
  for (let j = at - 1; j >= 0 && j >= at - 2 * REACH; j--) {
    if (result[j] === "plain") result[j] = "denied";
    if (tokens[j].clauseBreak) return;
  }
}

/**
 * Each token's polarity. `infos` are the tokens' FormInfo, which say what a word does in
 * negation; the engine has them already, so no word is looked up again.
 */
export function polarities(
  tokens: readonly Token[],
  infos: readonly FormInfo[] = tokens.map((token) => formInfo(token.form))
): Polarity[] {
  const result: Polarity[] = new Array(tokens.length).fill("plain");
  for (let i = 0; i < tokens.length; i++) {
    const info = infos[i];
    const isNegator = info.negator;
    if (!isNegator && !info.needMarker) continue;
    if (isNegator && i + 1 < tokens.length && infos[i + 1].release) continue;
    // "Zonder steun is er geen continuïteit": a negator inside a need states the need again.
    const mark: Polarity = isNegator && result[i] !== "needed" ? "denied" : "needed";
    for (let j = i + 1; j < tokens.length && j <= i + REACH; j++) {
      if (tokens[j].clauseBreak || infos[j].clauseWord) break;
      result[j] = mark;
    }
  }
  // In Dutch main clauses the negator often follows the word it denies ("ik had tijd niet"):
  // a negator closing its clause denies the clause's last words too.
  for (let i = 1; i < tokens.length; i++) {
    if (!infos[i].negator) continue;
    const next = tokens[i + 1];
    if (next && !next.clauseBreak) continue;
    let doubt = false;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (result[j] === "plain") result[j] = "denied";
      if (DOUBT.has(tokens[j].form)) doubt = true;
      if (tokens[j].clauseBreak) {
        // "Of buren elkaar nu beter kennen, weten we niet": the clause in doubt is denied too.
        if (doubt) denyClauseBefore(tokens, result, j);
        break;
      }
    }
  }
  return result;
}
