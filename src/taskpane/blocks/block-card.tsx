/**
 * One argument block: its exact text, the fields for its placeholders, where it comes from and
 * whom it suits, and insert / copy. Errors are shown here and spoken; nothing the user typed is
 * ever cleared by a failed insert.
 */
import * as React from "react";
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { blockParagraphs, themeById, type AnyBlock, type Audience } from "../../content";
import { useAnnounce } from "../announce";
import { LanguageContext, useStrings } from "../strings";
import { BlockActions } from "./block-actions";
import { blockName } from "./block-segments";
import { BlockSource } from "./block-source";
import { BlockText } from "./block-text";
import { copyToClipboard } from "./clipboard";
import { insertMessage } from "./insert-message";
import { blockTag } from "./insertion";
import { message } from "./message";
import { PlaceholderFields, fieldsOpenAtFirst, type FieldRequest } from "./placeholder-fields";
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
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  also: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
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
    overflowWrap: "break-word",
    textAlign: "start",
  },
});

export interface BlockCardProps {
  block: AnyBlock;
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
  const pending = inserter.pendingTag === blockTag(block);
  const Heading = `h${headingLevel}` as const;
  const [fieldsOpen, setFieldsOpen] = React.useState(() => fieldsOpenAtFirst(block, values));
  const [fieldRequest, setFieldRequest] = React.useState<FieldRequest | null>(null);
  const openField = React.useCallback((key: string) => {
    setFieldsOpen(true);
    setFieldRequest({ key });
  }, []);
  // The block's own theme is its badge; the others it also argues are named, not badged.
  const [mainTheme, ...otherThemes] = block.themes.map((id) => themeById(id).label[language]);

  const insert = async (where: InsertWhere) => {
    setStatus(null);
    const result = await inserter.insert(block, values, where);
    setStatus(
      result.ok && inserter.reportsInserts ? null : insertMessage(result, strings, language)
    );
  };

  const copy = async () => {
    const copied = await copyToClipboard(blockParagraphs(block, values));
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
      <p className={styles.themes} data-testid="block-themes">
        <span style={visuallyHidden}>{`${strings.libraryTheme}: `}</span>
        <span className={styles.badge}>{mainTheme}</span>
        {otherThemes.length > 0 && (
          <span className={styles.also}>
            {message(strings.alsoThemes, { themes: otherThemes.join(strings.listSeparator) })}
          </span>
        )}
      </p>
      <BlockText block={block} values={values} onPlaceholder={openField} />
      <BlockSource block={block} audience={audience} />
      <PlaceholderFields
        block={block}
        values={values}
        onValuesChange={onValuesChange}
        open={fieldsOpen}
        onOpenChange={setFieldsOpen}
        focus={fieldRequest}
      />
      <PlacementLine />
      <BlockActions name={name} pending={pending} onInsert={insert} onCopy={copy} />
      {status && <StatusLine tone={status.tone} text={status.text} />}
    </section>
  );
});
