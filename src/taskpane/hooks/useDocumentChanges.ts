/**
 * Keeps the review in step with the document without getting in the way of typing: a change
 * only schedules a refresh, and the refresh waits until the user pauses. Coming back to the
 * pane (window focus) also refreshes, for hosts that report no change events.
 */
import * as React from "react";
import type { DocumentPort } from "../../document/port";

export const CHANGE_PAUSE_MS = 600;

export function useDocumentChanges(
  port: DocumentPort,
  refresh: () => void,
  pauseMs: number = CHANGE_PAUSE_MS
): void {
  const refreshRef = React.useRef(refresh);
  React.useLayoutEffect(() => {
    refreshRef.current = refresh;
  });

  React.useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        refreshRef.current();
      }, pauseMs);
    };
    const unsubscribe = port.onChange(schedule);
    const onFocus = () => refreshRef.current();
    window.addEventListener("focus", onFocus);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
      window.removeEventListener("focus", onFocus);
    };
  }, [port, pauseMs]);
}
