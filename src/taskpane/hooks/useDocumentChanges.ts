/**
 * Keeps the review in step with the document without getting in the way of typing: a change
 * only schedules a refresh, and the refresh waits until the user pauses; it asks the port for
 * what changed only (Word re-reads just the paragraphs its events named). Coming back to the
 * pane (window focus) reads the whole document, for hosts that report no change events, but at
 * most once per `focusMs`: focus moves in and out of the pane all the time, and each full read of
 * a long document costs.
 */
import * as React from "react";
import type { DocumentPort } from "../../document/port";

export const CHANGE_PAUSE_MS = 600;
export const FOCUS_REFRESH_MS = 5000;

export type RefreshScope = "all" | "changed";

export function useDocumentChanges(
  port: DocumentPort,
  refresh: (scope?: RefreshScope) => void,
  pauseMs: number = CHANGE_PAUSE_MS,
  focusMs: number = FOCUS_REFRESH_MS
): void {
  const refreshRef = React.useRef(refresh);
  React.useLayoutEffect(() => {
    refreshRef.current = refresh;
  });

  React.useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastFocusRead = -Infinity;
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        refreshRef.current("changed");
      }, pauseMs);
    };
    const unsubscribe = port.onChange(schedule);
    const onFocus = () => {
      // A change is already waiting for its pause; that refresh will come.
      if (timer !== undefined) return;
      const now = Date.now();
      if (now - lastFocusRead < focusMs) return;
      lastFocusRead = now;
      refreshRef.current("all");
    };
    window.addEventListener("focus", onFocus);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
      window.removeEventListener("focus", onFocus);
    };
  }, [port, pauseMs, focusMs]);
}
