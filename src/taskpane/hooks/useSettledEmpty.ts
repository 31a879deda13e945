/**
 * Whether to show the empty-document state. A document that opens empty shows it at once; one
 * that had text shows it only once it has stayed empty for a moment, so a user who clears the
 * text to write their own does not see the pane flash "Je document is nog leeg" while typing.
 */
import * as React from "react";

export const EMPTY_SETTLE_MS = 2500;

/** `empty`: null before the first read. */
export function useSettledEmpty(
  empty: boolean | null,
  settleMs: number = EMPTY_SETTLE_MS
): boolean {
  const [settled, setSettled] = React.useState(false);
  const hadText = React.useRef(false);
  React.useEffect(() => {
    if (empty === null) return;
    if (!empty) {
      hadText.current = true;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- follows the document's text
      setSettled(false);
      return;
    }
    if (!hadText.current) {
      setSettled(true);
      return;
    }
    const timer = setTimeout(() => setSettled(true), settleMs);
    return () => clearTimeout(timer);
  }, [empty, settleMs]);
  return empty === true && settled;
}
