/**
 * Inserting a block into the document through the port. One insert at a time: a ref, not state,
 * guards it, because a double click fires twice before React renders the disabled button.
 */
import * as React from "react";
import { blockParagraphs, isOwnBlock, themeById, type AnyBlock } from "../../content";
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

/** The user's own words by Placeholder.key, shared by every block that has that placeholder. */
export type PlaceholderValues = Record<string, string>;

export type InsertWhere = "after-cursor" | "end";

export interface BlockInserter {
  insert(
    block: AnyBlock,
    values: PlaceholderValues,
    where: InsertWhere
  ): Promise<PortResult<InsertOutcome>>;
  /** A block being inserted: its buttons are disabled. */
  pendingBlockId: string | null;
  /** The pane reports a successful insert in its banner, so a card shows only failures. */
  reportsInserts?: boolean;
}

export const BLOCK_TAG_PREFIX = "argumentenhulp:block:";
/** The user's own blocks carry their own tag, so a document never passes them off as the report's. */
export const OWN_BLOCK_TAG_PREFIX = "argumentenhulp:own-block:";

export const LOCATIONS: Record<InsertWhere, InsertLocation> = {
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
  onInserted: (block: AnyBlock, outcome: InsertOutcome, inserted: InsertedBlock) => void,
  options: InserterOptions = {}
): BlockInserter {
  const { locate, reportsInserts = false } = options;
  const language = React.useContext(LanguageContext);
  const announce = useAnnounce();
  const [pendingBlockId, setPendingBlockId] = React.useState<string | null>(null);
  const inFlight = React.useRef<{
    blockId: string;
    result: Promise<PortResult<InsertOutcome>>;
  } | null>(null);
  // The latest callback and language without making `insert` change identity on every render.
  const latest = React.useRef({ onInserted, language, announce, port, locate, reportsInserts });
  React.useLayoutEffect(() => {
    latest.current = { onInserted, language, announce, port, locate, reportsInserts };
  });

  const insert = React.useCallback(
    (
      block: AnyBlock,
      values: PlaceholderValues,
      where: InsertWhere
    ): Promise<PortResult<InsertOutcome>> => {
      const strings = stringsFor(latest.current.language);
      if (inFlight.current) {
        // The same block clicked again: the caller gets the running insert's answer, not a second insert.
        if (inFlight.current.blockId === block.id) return inFlight.current.result;
        return Promise.resolve(busyResult(strings));
      }
      const run = async (): Promise<PortResult<InsertOutcome>> => {
        const { port: target, language: lang, locate: place } = latest.current;
        const theme = themeById(block.themes[0]);
        const paragraphs = blockParagraphs(block, values);
        const tag = (isOwnBlock(block) ? OWN_BLOCK_TAG_PREFIX : BLOCK_TAG_PREFIX) + block.id;
        let result: PortResult<InsertOutcome>;
        try {
          result = await target.insertParagraphs({
            paragraphs,
            tag,
            title: isOwnBlock(block)
              ? `Argumentenhulp, eigen tekstblok: ${block.title}`
              : `Argumentenhulp: ${theme.label[lang]}`,
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
            latest.current.onInserted(block, result.value, {
              tag,
              paragraphs,
              firstIndex: result.value.firstIndex,
            });
          } catch (error) {
            // The block is in the document: a failing follow-up must not report the insert as failed.
            setTimeout(() => {
              throw error;
            });
          }
        }
        return result;
      };
      const result = run().finally(() => {
        inFlight.current = null;
        setPendingBlockId(null);
      });
      inFlight.current = { blockId: block.id, result };
      setPendingBlockId(block.id);
      return result;
    },
    []
  );

  return React.useMemo(
    () => ({ insert, pendingBlockId, reportsInserts }),
    [insert, pendingBlockId, reportsInserts]
  );
}
