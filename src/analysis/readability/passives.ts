/**
 * Passive constructions: a form of "worden" or "zijn" with a past participle in the same
 * clause ("wordt … georganiseerd", "is … besloten", and in a subordinate clause
 * "georganiseerd wordt"). They hide who does what; the pane asks the user to say who.
 */
import {
  ACTIVE_WITH_ZIJN,
  NOT_PARTICIPLES,
  PARTICIPLE_PREFIXES,
  SEPARABLE_PARTS,
  STRONG_PARTICIPLES,
  WORDEN_FORMS,
  ZIJN_FORMS,
} from "../../content/readability";
import type { Token } from "../tokens";
import type { TextSpan } from "./types";

/** How far after its verb a participle may stand: "wordt elke week door bewoners georganiseerd". */
const WINDOW = 8;
/**
 * Words that open a new clause or bring their own verb: a participle after them belongs to
 * another verb. "En" and "of" join words as often as clauses ("met bewoners en buren").
 */
const CLAUSE_OPENERS = new Set([
  "dat",
  "die",
  "wat",
  "waar",
  "omdat",
  "als",
  "wanneer",
  "zodat",
  "terwijl",
  "doordat",
  "nadat",
  "voordat",
  "maar",
  "want",
  "dus",
  "hoe",
  "wie",
  "welke",
  // a verb of its own: "het is druk en we hebben veel gedaan"
  "heb",
  "hebt",
  "heeft",
  "hebben",
  "had",
  "hadden",
  "kan",
  "kunnen",
  "moet",
  "moeten",
  "wil",
  "willen",
  "zal",
  "zullen",
  "gaat",
  "gaan",
]);
/** Shortest stem after a prefix: "gezet", "bereikt"; not "best", "bent". */
const SHORTEST_STEM = 3;

const worden = new Set(WORDEN_FORMS);
const zijn = new Set(ZIJN_FORMS);
const activeWithZijn = new Set(ACTIVE_WITH_ZIJN);
const notParticiples = new Set(NOT_PARTICIPLES);

function withoutSeparablePart(form: string): string[] {
  const forms = [form];
  for (const part of SEPARABLE_PARTS)
    if (form.startsWith(part)) forms.push(form.slice(part.length));
  return forms;
}

/** Whether a word form is a past participle: weak (ge…d/t) or a listed strong one. */
export function isParticiple(form: string): boolean {
  if (notParticiples.has(form)) return false;
  for (const stem of withoutSeparablePart(form)) {
    if (STRONG_PARTICIPLES.includes(stem)) return true;
    const last = stem.charCodeAt(stem.length - 1);
    // d or t
    if (last !== 100 && last !== 116) continue;
    for (const prefix of PARTICIPLE_PREFIXES) {
      // Only a separable part may come before ge- ("opgericht"); "be"/"ver" stand first.
      if (stem !== form && prefix !== "ge") continue;
      if (stem.startsWith(prefix) && stem.length - prefix.length >= SHORTEST_STEM) return true;
    }
  }
  return false;
}

function passiveWith(auxiliary: string, participle: string): boolean {
  if (!isParticiple(participle)) return false;
  if (worden.has(auxiliary)) return true;
  return zijn.has(auxiliary) && !activeWithZijn.has(participle);
}

function span(text: string, first: Token, last: Token): TextSpan {
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

/** The paragraph's passive constructions, each from its first to its last word, in order. */
export function findPassives(text: string, tokens: readonly Token[]): TextSpan[] {
  const found: TextSpan[] = [];
  let usedUpTo = -1;
  for (let i = 0; i < tokens.length; i++) {
    const auxiliary = tokens[i].form;
    if (!worden.has(auxiliary) && !zijn.has(auxiliary)) continue;
    // Subordinate order: the participle just before its verb ("dat er besloten is").
    const before = tokens[i - 1];
    if (
      i - 1 > usedUpTo &&
      before &&
      !tokens[i].clauseBreak &&
      passiveWith(auxiliary, before.form)
    ) {
      found.push(span(text, before, tokens[i]));
      usedUpTo = i;
      continue;
    }
    for (let k = i + 1; k < tokens.length && k <= i + WINDOW; k++) {
      const token = tokens[k];
      if (token.clauseBreak || CLAUSE_OPENERS.has(token.form)) break;
      if (worden.has(token.form) || zijn.has(token.form)) break;
      if (passiveWith(auxiliary, token.form)) {
        found.push(span(text, tokens[i], token));
        usedUpTo = k;
        i = k;
        break;
      }
    }
  }
  return found;
}
