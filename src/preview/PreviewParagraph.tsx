/**
 * One editable paragraph of the sample document. React renders the element once and then keeps
 * its hands off the text while the user types (re-rendering a contenteditable resets the caret);
 * text that changes in the model from elsewhere (an insert by the pane) is written in place.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { PreviewParagraph as Paragraph } from "../document";

const useStyles = makeStyles({
  paragraph: {
    margin: `0 0 ${tokens.spacingVerticalM}`,
    padding: "2px 4px",
    borderRadius: tokens.borderRadiusSmall,
    outlineOffset: "2px",
    lineHeight: "1.6",
    overflowWrap: "anywhere",
    minHeight: "1.6em",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
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
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  inserted: { boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`, paddingLeft: "8px" },
});

export interface PreviewParagraphProps {
  index: number;
  paragraph: Paragraph;
  selected: boolean;
  onText(index: number, text: string): void;
  onCursor(index: number): void;
  onSplit(index: number, before: string, after: string): void;
  onMergeWithPrevious(index: number): void;
}

function caretOffset(element: HTMLElement): number | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !element.contains(selection.anchorNode))
    return null;
  const range = selection.getRangeAt(0).cloneRange();
  range.selectNodeContents(element);
  range.setEnd(selection.anchorNode as Node, selection.anchorOffset);
  return range.toString().length;
}

export const PreviewParagraph = React.forwardRef<HTMLElement, PreviewParagraphProps>(
  function PreviewParagraph(
    { index, paragraph, selected, onText, onCursor, onSplit, onMergeWithPrevious },
    forwarded
  ) {
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
        contentEditable
        suppressContentEditableWarning
        spellCheck
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
        onFocus={() => onCursor(index)}
        onClick={() => onCursor(index)}
        onInput={(event: React.FormEvent<HTMLElement>) =>
          onText(index, event.currentTarget.textContent ?? "")
        }
        onKeyDown={(event: React.KeyboardEvent<HTMLElement>) => {
          const el = event.currentTarget;
          if (event.key === "Enter" && !event.shiftKey) {
            event.preventDefault();
            const text = el.textContent ?? "";
            const at = caretOffset(el) ?? text.length;
            onSplit(index, text.slice(0, at), text.slice(at));
          } else if (
            event.key === "Backspace" &&
            index > 0 &&
            caretOffset(el) === 0 &&
            window.getSelection()?.isCollapsed
          ) {
            event.preventDefault();
            onMergeWithPrevious(index);
          }
        }}
      />
    );
  }
);
