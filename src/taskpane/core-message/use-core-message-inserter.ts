/**
 * Inserting the core message through the port, where blocks go: after the cursor's paragraph
 * (at the end when the cursor is outside the text), never over a selection, in a content
 * control whose tag says it is the user's core message, not a report block. One insert at a
 * time; a ref guards it, as in the block inserter.
 */
import * as React from "react";
import type { DocumentPort, InsertOutcome, PortResult } from "../../document/port";
import { useAnnounce } from "../announce";
import { LOCATIONS } from "../blocks/use-block-inserter";
import { busyResult, insertMessage } from "../blocks/insert-message";
import { LanguageContext, stringsFor } from "../strings";

export const CORE_MESSAGE_TAG = "argumentenhulp:core-message";

export interface CoreMessageInserter {
  insert(text: string): Promise<PortResult<InsertOutcome>>;
  pending: boolean;
}

export function useCoreMessageInserter(
  port: DocumentPort,
  onResult: (result: PortResult<InsertOutcome>) => void
): CoreMessageInserter {
  const language = React.useContext(LanguageContext);
  const announce = useAnnounce();
  const [pending, setPending] = React.useState(false);
  const inFlight = React.useRef(false);
  const latest = React.useRef({ port, onResult, language, announce });
  React.useLayoutEffect(() => {
    latest.current = { port, onResult, language, announce };
  });

  const insert = React.useCallback(async (text: string): Promise<PortResult<InsertOutcome>> => {
    const strings = stringsFor(latest.current.language);
    if (inFlight.current) return busyResult(strings);
    inFlight.current = true;
    setPending(true);
    let result: PortResult<InsertOutcome>;
    try {
      result = await latest.current.port.insertParagraphs({
        paragraphs: [text.replace(/\s*[\r\n]+\s*/g, " ").trim()],
        tag: CORE_MESSAGE_TAG,
        title: strings.coreInsertTitle,
        where: LOCATIONS["after-cursor"],
      });
    } catch {
      // A port should answer with a result; if Word throws anyway, say so and change nothing.
      result = { ok: false, error: { code: "unknown", message: "" } };
    } finally {
      inFlight.current = false;
      setPending(false);
    }
    const { announce: say, language: lang, onResult: report } = latest.current;
    say(insertMessage(result, stringsFor(lang), lang).text);
    report(result);
    return result;
  }, []);

  return React.useMemo(() => ({ insert, pending }), [insert, pending]);
}
