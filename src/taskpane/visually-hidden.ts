/**
 * Text for screen readers only (the live region, block notes). Not selectable, so copying the block by hand (when the clipboard
 * is refused) takes the block's own words and none of these notes.
 */
import type * as React from "react";

export const visuallyHidden: React.CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
  userSelect: "none",
};
