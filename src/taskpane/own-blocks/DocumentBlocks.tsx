/**
 * "In dit document": the own blocks a colleague put in this document that this user's library
 * lacks, each with a button that keeps it in the library (id, title, themes, audiences and
 * placeholders as they are). Only blocks the review finds in the draft, so one deleted from
 * the document does not linger; and only blocks the library file would accept, so keeping one
 * can never make the stored library unreadable.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Review } from "../../analysis/types";
import type { OwnBlock } from "../../content";
import { libraryFileText, readLibraryFile } from "../../own-blocks/library-file";
import { LanguageContext, formatString } from "../strings";
import { useOwnLibraryStrings } from "../strings/own-library";
import { themeNames } from "../theme-names";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
});

/** The recorded blocks, not in the library, that the draft holds, in the order recorded. */
export function blocksFromColleagues(
  review: Review | null,
  recorded: readonly OwnBlock[],
  library: readonly OwnBlock[]
): OwnBlock[] {
  const inDraft = new Set<string>();
  for (const paragraph of review?.paragraphs ?? [])
    for (const theme of paragraph.themes)
      if (theme.fromOwnBlock) inDraft.add(theme.fromOwnBlock.block);
  const mine = new Set(library.map((block) => block.id));
  return recorded.filter(
    (block) =>
      inDraft.has(block.id) && !mine.has(block.id) && readLibraryFile(libraryFileText([block])).ok
  );
}

export function DocumentBlocks(props: {
  blocks: readonly OwnBlock[];
  onKeep(block: OwnBlock): void;
}) {
  const styles = useStyles();
  const strings = useOwnLibraryStrings();
  const language = React.useContext(LanguageContext);
  const headingId = React.useId();
  if (props.blocks.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="own-in-document">
      <h3 id={headingId} className={styles.heading}>
        {strings.ownInDocumentHeading}
      </h3>
      <p className={styles.text}>{strings.ownInDocumentIntro}</p>
      <ul className={styles.list} aria-labelledby={headingId}>
        {props.blocks.map((block) => (
          <li key={block.id} className={styles.item} data-testid="own-in-document-block">
            <h4 className={styles.title}>{block.title}</h4>
            <p className={styles.text}>
              {formatString(strings.ownInDocumentThemes, {
                themes: themeNames(block.themes, language),
              })}
            </p>
            <Button
              size="small"
              data-keep={block.id}
              aria-label={formatString(strings.ownKeepNamed, { title: block.title })}
              onClick={() => props.onKeep(block)}
            >
              {strings.ownKeep}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
