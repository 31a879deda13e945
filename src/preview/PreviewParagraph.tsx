/**
 * One paragraph of the sample document, inside the editor's one editing host. React renders the
 * element and keeps its hands off the text while the user types in it (re-rendering editable
 * text resets the caret); text that changes in the model from elsewhere (a split, an insert by
 * the pane, undo) is written in place.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { PreviewParagraph as Paragraph } from "../document";

const useStyles = makeStyles({
  paragraph: {
    margin: `0 0 ${tokens.spacingVerticalM}`,
    padding: "2px 4px",
    borderRadius: tokens.borderRadiusSmall,
    lineHeight: "1.6",
    overflowWrap: "anywhere",
    minHeight: "1.6em",
    whiteSpace: "pre-wrap",
  },
  heading1: {
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  heading2: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    marginTop: tokens.spacingVerticalL,
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  inserted: { boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`, paddingLeft: "8px" },
});

export interface PreviewParagraphProps {
  index: number;
  paragraph: Paragraph;
  selected: boolean;
}

export const PreviewParagraph = React.forwardRef<HTMLElement, PreviewParagraphProps>(
  function PreviewParagraph({ index, paragraph, selected }, forwarded) {
    const styles = useStyles();
    const element = React.useRef<HTMLElement | null>(null);
    React.useLayoutEffect(() => {
      const el = element.current;
      if (el && el.textContent !== paragraph.text) el.textContent = paragraph.text;
    }, [paragraph.text]);

    const level = paragraph.isHeading ? (/1|titel|title/i.test(paragraph.style) ? 1 : 2) : 0;
    const Tag = level === 1 ? "h2" : level === 2 ? "h3" : "p";
    const ref = (el: HTMLElement | null) => {
      element.current = el;
      if (typeof forwarded === "function") forwarded(el);
      else if (forwarded) forwarded.current = el;
    };
    return (
      <Tag
        ref={ref}
        data-testid="preview-paragraph"
        data-index={index}
        data-selected={selected || undefined}
        data-tag={paragraph.tag}
        className={mergeClasses(
          styles.paragraph,
          level === 1 && styles.heading1,
          level === 2 && styles.heading2,
          paragraph.tag && styles.inserted,
          selected && styles.selected
        )}
      />
    );
  }
);
