/**
 * One argument block: its exact text, the fields for its placeholders, where it comes from and
 * whom it suits, and insert / copy. Errors are shown here and spoken; nothing the user typed is
 * ever cleared by a failed insert.
 */
import * as React from "react";
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { blockParagraphs, themeById, type ArgumentBlock, type Audience } from "../../content";
import { useAnnounce } from "../announce";
import { LanguageContext, useStrings } from "../strings";
import { BlockActions } from "./block-actions";
import { blockName } from "./block-segments";
import { BlockSource } from "./block-source";
import { BlockText } from "./block-text";
import { copyToClipboard } from "./clipboard";
import { insertMessage } from "./insert-message";
import { message } from "./message";
import { PlaceholderFields } from "./placeholder-fields";
import { PlacementLine } from "./placement-line";
import { StatusLine, type StatusTone } from "./status-line";
import type { BlockInserter, InsertWhere, PlaceholderValues } from "./use-block-inserter";
import { visuallyHidden } from "../visually-hidden";

const useStyles = makeStyles({
  // Fluent's Card look (filled, shadow4, medium radius, 12 px padding) without its ~24 KB of script.
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    position: "relative",
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
    "@media (forced-colors: active)": { ...shorthands.border("1px", "solid", "CanvasText") },
  },
  themes: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  // Fluent's brand tint Badge, as a plain label.
  badge: {
    display: "inline-flex",
    alignItems: "center",
    boxSizing: "border-box",
    maxWidth: "100%",
    minHeight: "20px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorBrandStroke2),
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    textAlign: "start",
  },
});

export interface BlockCardProps {
  block: ArgumentBlock;
  values: PlaceholderValues;
  onValuesChange(values: PlaceholderValues): void;
  inserter: BlockInserter;
  audience: Audience | null;
  /** Level of the card's (screen-reader) heading; 5 under a theme card's "suggestions" h4. */
  headingLevel?: 3 | 4 | 5;
}

/** Memoised: typing in the library's search box re-renders the list, not every card. */
export const BlockCard = React.memo(function BlockCard(props: BlockCardProps) {
  const { block, values, onValuesChange, inserter, audience, headingLevel = 3 } = props;
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  const announce = useAnnounce();
  const headingId = React.useId();
  const [status, setStatus] = React.useState<{ tone: StatusTone; text: string } | null>(null);
  const name = blockName(block);
  const pending = inserter.pendingBlockId === block.id;
  const Heading = `h${headingLevel}` as const;

  const insert = async (where: InsertWhere) => {
    setStatus(null);
    const result = await inserter.insert(block, values, where);
    setStatus(
      result.ok && inserter.reportsInserts ? null : insertMessage(result, strings, language)
    );
  };

  const copy = async () => {
    const copied = await copyToClipboard(blockParagraphs(block, values).join("\n"));
    const next = copied
      ? { tone: "success" as const, text: strings.copied }
      : { tone: "error" as const, text: strings.copyNotAllowed };
    setStatus(next);
    announce(next.text);
  };

  return (
    <section
      className={styles.card}
      aria-labelledby={headingId}
      role="group"
      aria-busy={pending}
      data-testid="block-card"
      data-block-id={block.id}
    >
      <Heading id={headingId} style={visuallyHidden}>
        {message(strings.blockNamed, { name })}
      </Heading>
      <ul className={styles.themes} aria-label={strings.libraryTheme}>
        {block.themes.map((id) => (
          <li key={id}>
            <span className={styles.badge}>{themeById(id).label[language]}</span>
          </li>
        ))}
      </ul>
      <BlockText block={block} values={values} />
      <BlockSource block={block} audience={audience} />
      <PlaceholderFields block={block} values={values} onValuesChange={onValuesChange} />
      <PlacementLine />
      <BlockActions name={name} pending={pending} onInsert={insert} onCopy={copy} />
      {status && <StatusLine tone={status.tone} text={status.text} />}
    </section>
  );
});
