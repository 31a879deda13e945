/**
 * The core message's answers and its composed paragraph, as the document's settings keep them.
 * Whatever the settings hold is checked first: a document may carry an older version's
 * settings, or someone else's. Small on purpose: it loads with the pane, the form does not.
 */
import { AUDIENCES, type Audience } from "../../content/types";

/** §5 names three things; more would no longer be a short message. */
export const CORE_MESSAGE_MAX_ACTIVITIES = 3;

export interface CoreMessageFields {
  /** The neighbourhood, as in "Wij werken aan gemeenschapskracht in {neighbourhood}". */
  neighbourhood: string;
  /** Up to three things, as in "Dat betekent dat we {a}, {b} en {c}". */
  activities: string[];
  /** What changes for residents: one or more sentences of the user's own. */
  changes: string;
  /** What is asked: a phrase after "Daarom vragen we {addressee} om", or a sentence of its own. */
  ask: string;
  /** Null: the audience chosen in the pane. */
  audience: Audience | null;
}

export interface CoreMessageSetting {
  fields: CoreMessageFields;
  /** The paragraph as composed and perhaps edited by the user; null before the first compose. */
  text: string | null;
  /** The user changed the paragraph by hand since it was composed. */
  edited: boolean;
}

export const EMPTY_CORE_MESSAGE: CoreMessageSetting = {
  fields: {
    neighbourhood: "",
    activities: Array.from({ length: CORE_MESSAGE_MAX_ACTIVITIES }, () => ""),
    changes: "",
    ask: "",
    audience: null,
  },
  text: null,
  edited: false,
};

/** Long enough for any real answer; a bigger value is not the user's typing. */
const MAX_LENGTH = 4000;

function text(value: unknown): string {
  return typeof value === "string" ? value.slice(0, MAX_LENGTH) : "";
}

export function coreMessageFrom(raw: unknown): CoreMessageSetting {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return EMPTY_CORE_MESSAGE;
  const { fields, text: paragraph, edited } = raw as Record<string, unknown>;
  const given = (fields && typeof fields === "object" ? fields : {}) as Record<string, unknown>;
  const activities = Array.isArray(given.activities) ? given.activities : [];
  return {
    fields: {
      neighbourhood: text(given.neighbourhood),
      activities: EMPTY_CORE_MESSAGE.fields.activities.map((_, i) => text(activities[i])),
      changes: text(given.changes),
      ask: text(given.ask),
      audience: (AUDIENCES as readonly unknown[]).includes(given.audience)
        ? (given.audience as Audience)
        : null,
    },
    text: typeof paragraph === "string" ? paragraph.slice(0, MAX_LENGTH) : null,
    edited: edited === true && typeof paragraph === "string",
  };
}
