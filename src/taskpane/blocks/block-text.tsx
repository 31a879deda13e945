/**
 * The block as it will be inserted: the report's exact words, with each placeholder as a chip
 * that shows the user's value once filled, and the report's own words until then.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { AnyBlock } from "../../content";
import { LanguageContext, useStrings } from "../strings";
import { blockSegments } from "./block-segments";
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
    overflowWrap: "anywhere",
    hyphens: "auto",
  },
  chip: {
    borderRadius: tokens.borderRadiusMedium,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    boxDecorationBreak: "clone",
    WebkitBoxDecorationBreak: "clone",
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
  id,
}: {
  block: AnyBlock;
  values: PlaceholderValues;
  id?: string;
}) {
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  return (
    // The report is Dutch whatever the pane's language, so screen readers read it as Dutch.
    <blockquote className={styles.quote} lang="nl" id={id} data-testid="block-text">
      {blockSegments(block, values).map((segment, index) =>
        segment.kind === "text" ? (
          <React.Fragment key={index}>{segment.text}</React.Fragment>
        ) : (
          <React.Fragment key={index}>
            <span
              className={mergeClasses(
                styles.chip,
                segment.filled ? styles.filled : styles.unfilled
              )}
              data-placeholder={segment.placeholder.key}
              data-filled={segment.filled ? "true" : "false"}
            >
              {segment.text}
            </span>
            {!segment.filled && (
              <span style={visuallyHidden} lang={language}>
                {` (${message(strings.placeholderNote, { label: segment.placeholder.label[language] })})`}
              </span>
            )}
          </React.Fragment>
        )
      )}
    </blockquote>
  );
}
