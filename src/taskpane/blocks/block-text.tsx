/**
 * The block as it will be inserted, one <p> per paragraph: the report's exact words (or the
 * user's own), with each placeholder as a chip that shows the user's value once filled, and the
 * block's own words until then. A chip is a button: it looks like something to fill in, so
 * clicking it opens its field.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { AnyBlock } from "../../content";
import { LanguageContext, useStrings } from "../strings";
import { insertSegments } from "./block-segments";
import { message } from "./message";
import type { PlaceholderValues } from "./use-block-inserter";
import { visuallyHidden } from "../visually-hidden";

const useStyles = makeStyles({
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    whiteSpace: "pre-wrap",
    overflowWrap: "break-word",
    hyphens: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  paragraph: { margin: 0 },
  chip: {
    // A button that reads as part of the sentence.
    margin: 0,
    border: "none",
    font: "inherit",
    color: "inherit",
    textAlign: "inherit",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    boxDecorationBreak: "clone",
    WebkitBoxDecorationBreak: "clone",
    ":hover": { textDecorationLine: "underline" },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  unfilled: {
    backgroundColor: tokens.colorNeutralBackground3,
    outline: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  filled: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function BlockText({
  block,
  values,
  onPlaceholder,
}: {
  block: AnyBlock;
  values: PlaceholderValues;
  /** A chip was clicked: open and focus the field for this placeholder key. */
  onPlaceholder(key: string): void;
}) {
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  return (
    // The report is Dutch whatever the pane's language, so screen readers read it as Dutch.
    <blockquote className={styles.quote} lang="nl" data-testid="block-text">
      {insertSegments(block, values).map((paragraph, at) => (
        <p key={at} className={styles.paragraph}>
          {paragraph.map((segment, index) =>
            segment.kind === "text" ? (
              <React.Fragment key={index}>{segment.text}</React.Fragment>
            ) : (
              <button
                key={index}
                type="button"
                className={mergeClasses(
                  styles.chip,
                  segment.filled ? styles.filled : styles.unfilled
                )}
                data-placeholder={segment.placeholder.key}
                data-filled={segment.filled ? "true" : "false"}
                onClick={() => onPlaceholder(segment.placeholder.key)}
                // Filled, the text is the user's and reads as is; its name says whose words they are.
                aria-label={
                  segment.filled
                    ? `${segment.text} (${message(strings.placeholderFilledNote, { label: segment.placeholder.label[language] })})`
                    : undefined
                }
              >
                {segment.text}
                {!segment.filled && (
                  <span style={visuallyHidden} lang={language}>
                    {` (${message(strings.placeholderNote, { label: segment.placeholder.label[language] })})`}
                  </span>
                )}
              </button>
            )
          )}
        </p>
      ))}
    </blockquote>
  );
}
