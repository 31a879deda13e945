/**
 * Composes the §5 core message from the user's answers: pure, no React or Word, so the unit
 * tests judge exactly what the pane would insert. Every sentence is the user's words in §5's
 * order; only CORE_MESSAGE_REPORT_SENTENCE speaks of the report. An answer that cannot make a
 * sentence is named as a problem, and nothing is composed.
 */
import {
  CORE_MESSAGE_REPORT_SENTENCE,
  CORE_MESSAGE_TAKES_TIME,
  coreMessageAudience,
} from "../../content/core-message";
import { AUDIENCES, type Audience } from "../../content/types";
import { CORE_MESSAGE_MAX_ACTIVITIES, type CoreMessageFields } from "./fields";

export type { CoreMessageFields };

export type CoreMessageField = "neighbourhood" | "activities" | "changes" | "ask" | "audience";

export type ComposeResult = { ok: true; text: string } | { ok: false; missing: CoreMessageField[] };

/** One line of plain words: the message is one Word paragraph. */
function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A phrase that goes inside a sentence loses the full stop the user may have typed after it. */
function phrase(text: string): string {
  return clean(text).replace(/[.;,:]+$/, "");
}

function sentence(text: string): string {
  const words = clean(text);
  const capitalised = words.charAt(0).toLocaleUpperCase("nl") + words.slice(1);
  return /[.!?…]["'’”)]*$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** "de Lindenbuurt" and "in de Lindenbuurt" both follow "gemeenschapskracht in". */
function place(text: string): string {
  return phrase(text).replace(/^in\s+/i, "");
}

/** "we organiseren…" typed in the field would read "dat we we organiseren…". */
function activity(text: string): string {
  return phrase(text).replace(/^(we|wij)\s+/i, "");
}

/** "a", "a en b", "a, b en c". */
function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

/** The words a phrase-shaped ask follows, addressed to the audience. */
export function askLead(audience: Audience): string {
  return `Daarom vragen we ${coreMessageAudience(audience).addressee} om `;
}

/** A sentence the user wrote (from the draft, say) stands as it is; a phrase completes the ask. */
function askSentence(ask: string, audience: Audience): string {
  const words = clean(ask);
  if (/[.!?]["'’”)]*$/.test(words)) return sentence(words);
  return `${askLead(audience)}${phrase(words)}.`;
}

export function activitiesOf(fields: CoreMessageFields): string[] {
  return fields.activities
    .slice(0, CORE_MESSAGE_MAX_ACTIVITIES)
    .map(activity)
    .filter((item) => item !== "");
}

/** The fields still to fill, in the form's order. */
export function missingFields(fields: CoreMessageFields): CoreMessageField[] {
  const missing: CoreMessageField[] = [];
  if (!fields.audience || !(AUDIENCES as readonly string[]).includes(fields.audience))
    missing.push("audience");
  if (place(fields.neighbourhood) === "") missing.push("neighbourhood");
  if (activitiesOf(fields).length === 0) missing.push("activities");
  if (phrase(fields.changes) === "") missing.push("changes");
  if (phrase(fields.ask) === "") missing.push("ask");
  return missing;
}

export function composeCoreMessage(fields: CoreMessageFields): ComposeResult {
  const missing = missingFields(fields);
  if (missing.length > 0 || !fields.audience) return { ok: false, missing };
  const text = [
    `Wij werken aan gemeenschapskracht in ${place(fields.neighbourhood)}.`,
    `Dat betekent dat we ${list(activitiesOf(fields))}.`,
    sentence(fields.changes),
    CORE_MESSAGE_REPORT_SENTENCE,
    CORE_MESSAGE_TAKES_TIME,
    askSentence(fields.ask, fields.audience),
  ].join(" ");
  return { ok: true, text };
}
