/**
 * Knowing where the cursor is, for the cards' "Komt na: …" line: read through the port after
 * every review, when the pane window gets focus, and when the pointer or focus comes into the
 * pane (the user moved the cursor in the document and comes back to insert). Read-only; one
 * read at a time. An insert reads it once more, so it goes where the cursor is at that moment.
 */
import * as React from "react";
import type { DocumentParagraph, DocumentPort } from "../../document/port";
import { placementFor, type CursorKnowledge, type Placement } from "./placement";
import type { InsertWhere } from "./use-block-inserter";

export interface PlacementState {
  /** Where "Invoegen" will put a block now; null before the first read. */
  placement: Placement | null;
  /** Where "Aan het einde" will put it. */
  endPlacement: Placement;
  /** Reads the cursor again and says where a block goes now. */
  locate(where: InsertWhere): Promise<Placement>;
  /** Reads the cursor again (a pointer or focus came into the pane). */
  update(): void;
}

export function usePlacement(
  port: DocumentPort,
  paragraphs: readonly DocumentParagraph[]
): PlacementState {
  const [cursor, setCursor] = React.useState<CursorKnowledge | undefined>(undefined);
  const latest = React.useRef({ port, paragraphs });
  React.useLayoutEffect(() => {
    latest.current = { port, paragraphs };
  });
  const reading = React.useRef<Promise<CursorKnowledge | undefined> | null>(null);

  const read = React.useCallback((): Promise<CursorKnowledge | undefined> => {
    if (reading.current) return reading.current;
    const run = (async () => {
      try {
        const result = await latest.current.port.cursorParagraph();
        if (result.ok) return result.value;
        return result.error.code === "unsupported" ? "unknown" : undefined;
      } catch {
        return undefined;
      }
    })().then((value) => {
      reading.current = null;
      if (value !== undefined) setCursor(value);
      return value;
    });
    reading.current = run;
    return run;
  }, []);

  React.useEffect(() => {
    void read();
  }, [read, paragraphs]);

  React.useEffect(() => {
    const onFocus = () => void read();
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [read]);

  const locate = React.useCallback(
    async (where: InsertWhere) => {
      const fresh = where === "after-cursor" ? await read() : undefined;
      return placementFor(fresh ?? "unknown", latest.current.paragraphs, where);
    },
    [read]
  );

  const placement = React.useMemo(
    () => (cursor === undefined ? null : placementFor(cursor, paragraphs, "after-cursor")),
    [cursor, paragraphs]
  );
  const endPlacement = React.useMemo(() => placementFor(null, paragraphs, "end"), [paragraphs]);
  const update = React.useCallback(() => void read(), [read]);
  return React.useMemo(
    () => ({ placement, endPlacement, locate, update }),
    [placement, endPlacement, locate, update]
  );
}

export const PlacementContext = React.createContext<PlacementState | null>(null);
