/**
 * Inserting into the document through the port: a block, or anything else the pane inserts (an
 * Insertion: the core message). One insert at a time: a ref, not state, guards it, because a
 * double click fires twice before React renders the disabled button.
 */
import * as React from "react";
import type { AnyBlock } from "../../content";
import type {
  DocumentPort,
  InsertLocation,
  InsertOutcome,
  InsertedBlock,
  PortResult,
} from "../../document/port";
import { useAnnounce } from "../announce";
import { LanguageContext, stringsFor } from "../strings";
import { busyResult, insertMessage } from "./insert-message";
import { blockInsertion, type Insertion } from "./insertion";

/** The user's own words by Placeholder.key, shared by every block that has that placeholder. */
export type PlaceholderValues = Record<string, string>;

export type InsertWhere = "after-cursor" | "end";

export interface BlockInserter {
  insert(
    block: AnyBlock,
    values: PlaceholderValues,
    where: InsertWhere
  ): Promise<PortResult<InsertOutcome>>;
  /** Inserts what is not a block (the core message) the same way. */
  insertItem(item: Insertion, where: InsertWhere): Promise<PortResult<InsertOutcome>>;
  /** The tag of what is being inserted: its buttons are disabled. */
  pendingTag: string | null;
  /** The pane reports a successful insert in its banner, so a card shows only failures. */
  reportsInserts?: boolean;
}

const LOCATIONS: Record<InsertWhere, InsertLocation> = {
  // The design: after the cursor's paragraph, or at the end when the cursor is not in the text.
  "after-cursor": { kind: "after-cursor", orAtEnd: true },
  end: { kind: "end" },
};

/** Where a block goes, decided just before inserting (the pane's placement, see placement.ts). */
export type Locate = (where: InsertWhere) => Promise<InsertLocation>;

export interface InserterOptions {
  /** Decides where each insert goes; without it, after the cursor or at the end. */
  locate?: Locate;
  /** The caller reports (and announces) successful inserts itself. */
  reportsInserts?: boolean;
}

export function useBlockInserter(
  port: DocumentPort,
  onInserted: (item: Insertion, outcome: InsertOutcome, inserted: InsertedBlock) => void,
  options: InserterOptions = {}
): BlockInserter {
  const { locate, reportsInserts = false } = options;
  const language = React.useContext(LanguageContext);
  const announce = useAnnounce();
  const [pendingTag, setPendingTag] = React.useState<string | null>(null);
  const inFlight = React.useRef<{
    tag: string;
    result: Promise<PortResult<InsertOutcome>>;
  } | null>(null);
  // The latest callback and language without making `insert` change identity on every render.
  const latest = React.useRef({ onInserted, language, announce, port, locate, reportsInserts });
  React.useLayoutEffect(() => {
    latest.current = { onInserted, language, announce, port, locate, reportsInserts };
  });

  const insertItem = React.useCallback(
    (item: Insertion, where: InsertWhere): Promise<PortResult<InsertOutcome>> => {
      const strings = stringsFor(latest.current.language);
      if (inFlight.current) {
        // The same one clicked again: the caller gets the running insert's answer, not a second insert.
        if (inFlight.current.tag === item.tag) return inFlight.current.result;
        return Promise.resolve(busyResult(strings));
      }
      const run = async (): Promise<PortResult<InsertOutcome>> => {
        const { port: target, locate: place } = latest.current;
        const { tag, title, paragraphs } = item;
        let result: PortResult<InsertOutcome>;
        try {
          result = await target.insertParagraphs({
            paragraphs,
            tag,
            title,
            where: place ? await place(where) : LOCATIONS[where],
          });
        } catch {
          // A port should answer with a result; if Word throws anyway, say so and change nothing here.
          result = { ok: false, error: { code: "unknown", message: "" } };
        }
        if (!result.ok || !latest.current.reportsInserts)
          latest.current.announce(
            insertMessage(result, stringsFor(latest.current.language), latest.current.language).text
          );
        if (result.ok) {
          try {
            latest.current.onInserted(item, result.value, {
              tag,
              paragraphs,
              firstIndex: result.value.firstIndex,
            });
          } catch (error) {
            // It is in the document: a failing follow-up must not report the insert as failed.
            setTimeout(() => {
              throw error;
            });
          }
        }
        return result;
      };
      const result = run().finally(() => {
        inFlight.current = null;
        setPendingTag(null);
      });
      inFlight.current = { tag: item.tag, result };
      setPendingTag(item.tag);
      return result;
    },
    []
  );

  const insert = React.useCallback(
    (block: AnyBlock, values: PlaceholderValues, where: InsertWhere) =>
      insertItem(blockInsertion(block, values, latest.current.language), where),
    [insertItem]
  );

  return React.useMemo(
    () => ({ insert, insertItem, pendingTag, reportsInserts }),
    [insert, insertItem, pendingTag, reportsInserts]
  );
}
