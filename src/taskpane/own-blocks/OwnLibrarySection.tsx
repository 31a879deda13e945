/**
 * "Mijn tekstblokken" in the library: the user's own blocks as cards that insert like the
 * report's, with edit, duplicate and delete (undoable), making one from the selection, a
 * colleague's blocks found in this document to keep, and keeping and sharing them as a library
 * file. Loaded as its own chunk with the file's schema.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Review } from "../../analysis/types";
import type { Audience, OwnBlock } from "../../content";
import type { DocumentPort } from "../../document/port";
import { cleanBlockText, newOwnBlockId } from "../../own-blocks/own-block";
import { useAnnounce } from "../announce";
import { BlockCard, type BlockInserter, type PlaceholderValues } from "../blocks";
import { StatusLine } from "../blocks/status-line";
import { formatString } from "../strings";
import { useOwnLibraryStrings } from "../strings/own-library";
import { DocumentBlocks, blocksFromColleagues } from "./DocumentBlocks";
import { OwnBlockEditor, draftOf, type OwnBlockDraft } from "./OwnBlockEditor";
import { ShareLibrary } from "./ShareLibrary";
import { useOwnLibraryContext } from "./use-own-library";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface OwnLibrarySectionProps {
  port: DocumentPort;
  /** The latest review: which own blocks the draft holds. */
  review: Review | null;
  /** The own blocks recorded in the document's settings. */
  recorded: readonly OwnBlock[];
  audience: Audience | null;
  values: PlaceholderValues;
  onValuesChange(values: PlaceholderValues): void;
  inserter: BlockInserter;
}

type Editing = { id: string | null; draft: OwnBlockDraft } | null;
type Note = { tone: "success" | "error" | "info"; text: string; undo?: () => void } | null;

const EMPTY: OwnBlockDraft = { title: "", text: "", themes: [], audiences: [] };

export default function OwnLibrarySection(props: OwnLibrarySectionProps) {
  const styles = useStyles();
  const strings = useOwnLibraryStrings();
  const announce = useAnnounce();
  const library = useOwnLibraryContext();
  const headingId = React.useId();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const section = React.useRef<HTMLElement>(null);
  const [editing, setEditing] = React.useState<Editing>(null);
  const [note, setNote] = React.useState<Note>(null);
  const say = (next: Note) => {
    setNote(next);
    if (next) announce(next.text);
  };
  const fromDocument = blocksFromColleagues(props.review, props.recorded, library.blocks);
  // Where focus goes once the list below has changed: a block's "keep" button, or the heading.
  // A layout effect: it runs in the very commit that changed the list, never one render late.
  const focusNext = React.useRef<string | null>(null);
  React.useLayoutEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    focusNext.current = null;
    const buttons = section.current?.querySelectorAll<HTMLElement>("[data-keep]") ?? [];
    const target = [...buttons].find((button) => button.dataset.keep === id) ?? heading.current;
    target?.focus();
  });

  /** Every block that joins the library comes in here. */
  const add = (block: OwnBlock, done: Note) => {
    library.setBlocks([...library.blocks, block]);
    say(done);
  };

  const fromSelection = async () => {
    const read = await props.port.readSelection();
    if (!read.ok) {
      say({
        tone: "error",
        text: formatString(strings.ownSelectionFailed, { reason: read.error.message }),
      });
      return;
    }
    // Shown as it will be kept: the selection's paragraphs, without empty ones between.
    const text = cleanBlockText(read.value);
    if (text === "") say({ tone: "info", text: strings.ownNoSelection });
    else setNote(null);
    setEditing({ id: null, draft: { ...EMPTY, text } });
  };

  const save = (block: Omit<OwnBlock, "id">) => {
    const id = editing?.id ?? newOwnBlockId();
    const saved: OwnBlock = { id, ...block };
    const at = library.blocks.findIndex((b) => b.id === id);
    const done: Note = {
      tone: "success",
      text: formatString(strings.ownSaved, { title: saved.title }),
    };
    if (at >= 0) {
      library.setBlocks(library.blocks.map((b) => (b.id === id ? saved : b)));
      say(done);
    } else add(saved, done);
    setEditing(null);
  };

  /** A colleague's block, kept as it is; focus moves to the next one (or the heading). */
  const keep = (block: OwnBlock) => {
    const before = library.blocks;
    const at = fromDocument.indexOf(block);
    focusNext.current = (fromDocument[at + 1] ?? fromDocument[at - 1])?.id ?? "";
    add(
      {
        id: block.id,
        title: block.title,
        text: block.text,
        themes: [...block.themes],
        audiences: [...block.audiences],
        placeholders: block.placeholders.map((p) => ({ ...p, label: { ...p.label } })),
      },
      {
        tone: "success",
        text: formatString(strings.ownKept, { title: block.title }),
        undo: () => {
          library.setBlocks(before);
          focusNext.current = block.id;
          say({ tone: "info", text: formatString(strings.ownDeleted, { title: block.title }) });
        },
      }
    );
  };

  const duplicate = (block: OwnBlock) => {
    const copy = {
      ...block,
      id: newOwnBlockId(),
      title: formatString(strings.ownDuplicateTitle, { title: block.title }),
    };
    const at = library.blocks.indexOf(block);
    const next = [...library.blocks];
    next.splice(at + 1, 0, copy);
    library.setBlocks(next);
    setEditing({ id: copy.id, draft: draftOf(copy) });
  };

  const remove = (block: OwnBlock) => {
    const before = library.blocks;
    library.setBlocks(before.filter((b) => b.id !== block.id));
    say({
      tone: "info",
      text: formatString(strings.ownDeleted, { title: block.title }),
      undo: () => {
        library.setBlocks(before);
        say({ tone: "success", text: formatString(strings.ownRestored, { title: block.title }) });
      },
    });
  };

  const count =
    library.blocks.length === 1
      ? strings.ownCountOne
      : formatString(strings.ownCountMany, { n: library.blocks.length });

  return (
    <section
      ref={section}
      className={styles.section}
      aria-labelledby={headingId}
      data-testid="own-library"
    >
      <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        {strings.ownHeading}
      </h2>
      <p className={styles.text}>{strings.ownIntro}</p>
      {library.unreadable && (
        <StatusLine
          tone="error"
          text={formatString(strings.ownStoredUnreadable, { reason: library.unreadable })}
        />
      )}
      {!library.kept && <StatusLine tone="error" text={strings.ownStorageFull} />}
      <DocumentBlocks blocks={fromDocument} onKeep={keep} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void fromSelection()}>
          {strings.ownFromSelection}
        </Button>
        <Button onClick={() => setEditing({ id: null, draft: EMPTY })}>{strings.ownNew}</Button>
      </div>
      {note && (
        <div className={styles.row} data-testid="own-note">
          <StatusLine tone={note.tone === "info" ? "busy" : note.tone} text={note.text} />
          {note.undo && <Button onClick={note.undo}>{strings.ownUndo}</Button>}
        </div>
      )}
      {editing && editing.id === null && (
        <OwnBlockEditor
          key="new"
          initial={editing.draft}
          editing={false}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      <p className={styles.text} data-testid="own-count">
        {library.blocks.length === 0 ? strings.ownEmpty : count}
      </p>
      {library.blocks.length > 0 && (
        <ul className={styles.list} aria-labelledby={headingId}>
          {library.blocks.map((block) => (
            <li key={block.id} className={styles.item} data-testid="own-block">
              <strong>{block.title}</strong>
              {editing?.id === block.id ? (
                <OwnBlockEditor
                  key={block.id}
                  initial={editing.draft}
                  editing
                  onSave={save}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <BlockCard
                  block={block}
                  values={props.values}
                  onValuesChange={props.onValuesChange}
                  inserter={props.inserter}
                  audience={props.audience}
                  headingLevel={3}
                />
              )}
              <div className={styles.row}>
                <Button
                  size="small"
                  aria-label={formatString(strings.ownEditNamed, { title: block.title })}
                  onClick={() => setEditing({ id: block.id, draft: draftOf(block) })}
                >
                  {strings.ownEdit}
                </Button>
                <Button
                  size="small"
                  aria-label={formatString(strings.ownDuplicateNamed, { title: block.title })}
                  onClick={() => duplicate(block)}
                >
                  {strings.ownDuplicate}
                </Button>
                <Button
                  size="small"
                  aria-label={formatString(strings.ownDeleteNamed, { title: block.title })}
                  onClick={() => remove(block)}
                >
                  {strings.ownDelete}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ShareLibrary />
    </section>
  );
}
