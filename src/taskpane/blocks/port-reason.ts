/**
 * The reason Word refused, in the pane's language. The port writes Dutch messages that name the
 * actual cause, so Dutch users get those as they are; English users get the reason by its code.
 */
import type { PortError } from "../../document/port";
import type { Language, Strings } from "../strings";

export function portReason(error: PortError, strings: Strings, language: Language): string {
  const byCode = strings[`portError.${error.code}`];
  if (language === "nl" && error.message.trim() !== "") return error.message.trim();
  return byCode;
}
