/**
 * What the user dragged over in the sample document, for "make a block from the selection": the
 * last selection made inside the document column. Clicking in the pane afterwards does not clear
 * it (as in Word, where the document keeps its selection while the pane has focus); a click or
 * a collapsed cursor back in the document does.
 */
import * as React from "react";
import type { PreviewDocument } from "../document";

export function useSelectedCharacters(
  doc: PreviewDocument,
  column: React.RefObject<HTMLElement | null>
) {
  React.useEffect(() => {
    let last = "";
    const onChange = () => {
      const selection = document.getSelection();
      const anchor = selection?.anchorNode ?? null;
      if (!selection || !anchor || !column.current?.contains(anchor)) return;
      last = selection.isCollapsed ? "" : selection.toString();
    };
    document.addEventListener("selectionchange", onChange);
    doc.readSelectedCharactersWith(() => last);
    return () => {
      document.removeEventListener("selectionchange", onChange);
      doc.readSelectedCharactersWith(null);
    };
  }, [doc, column]);
}
