/**
 * What the pane says after an insert: where the block went, or why Word refused and that nothing
 * changed. Shared by the live-region announcement and the visible line in the block card.
 */
import type { InsertOutcome, PortResult } from "../../document/port";
import type { Language, Strings } from "../strings";
import { message } from "./message";
import { portReason } from "./port-reason";

export type InsertTone = "success" | "busy" | "error";

export interface InsertMessage {
  tone: InsertTone;
  text: string;
}

/** A second insert while one is still running is refused with this, and nothing is inserted. */
export function busyResult(strings: Strings): PortResult<InsertOutcome> {
  return { ok: false, error: { code: "unknown", message: strings.insertBusy } };
}

export function insertMessage(
  result: PortResult<InsertOutcome>,
  strings: Strings,
  language: Language
): InsertMessage {
  if (result.ok) {
    const { afterIndex, atEndInstead } = result.value;
    // The port counts from 0; Word's users count paragraphs ("alinea 6") from 1.
    const text =
      afterIndex < 0
        ? strings.insertedAtStart
        : message(atEndInstead ? strings.insertedAtEndInstead : strings.insertedAfter, {
            n: afterIndex + 1,
          });
    return { tone: "success", text };
  }
  if (result.error.message === strings.insertBusy)
    return { tone: "busy", text: strings.insertBusy };
  return {
    tone: "error",
    text: message(strings.insertFailed, { reason: portReason(result.error, strings, language) }),
  };
}
