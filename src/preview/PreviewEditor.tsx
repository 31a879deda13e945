/**
 * The sample document, editable like a text editor: one editing host, so Ctrl+A selects the whole
 * document and Tab leaves it in one step. The browser types and deletes inside a paragraph by
 * itself; everything that changes the paragraphs (Enter, deleting across paragraphs, typing over
 * a selection, pasting several lines, cutting) goes through the PreviewDocument model, and so does
 * undo: Ctrl+Z takes back the last change, an insert by the pane included. The pane beside it
 * hears every change through the same port it uses in Word. Comments placed in the document show
 * under their paragraph.
 */
import * as React from "react";
import { flushSync } from "react-dom";
import { makeStyles, tokens } from "@fluentui/react-components";
import type {
  PreviewComment,
  PreviewDocument,
  PreviewParagraph as Paragraph,
  PreviewPoint,
  PreviewSelection,
} from "../document";
import { useStrings } from "../taskpane/strings";
import { PreviewParagraph } from "./PreviewParagraph";
import { PARAGRAPH_SELECTOR, placeCaret, rangePoints, selectionPoints } from "./editor-points";

const useStyles = makeStyles({
  page: {
    maxWidth: "46rem",
    margin: "0 auto",
    padding: "48px 56px",
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    minHeight: "60vh",
    fontFamily: "Calibri, Carlito, 'Segoe UI', sans-serif",
    fontSize: "15px",
    color: tokens.colorNeutralForeground1,
    outlineOffset: "2px",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    "@media (max-width: 720px)": { padding: "24px 16px" },
  },
  comment: {
    margin: `-${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorPaletteYellowBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
    userSelect: "none",
  },
  commentLabel: { fontWeight: tokens.fontWeightSemibold },
});

/** Pasted text, one entry per paragraph (a copied text's final line break adds none). */
function pastedLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** The text between two places, paragraphs joined by line breaks, for copy and cut. */
function textBetween(paragraphs: readonly Paragraph[], from: PreviewPoint, to: PreviewPoint) {
  if (from.paragraph === to.paragraph)
    return paragraphs[from.paragraph].text.slice(from.offset, to.offset);
  const parts = [paragraphs[from.paragraph].text.slice(from.offset)];
  for (let i = from.paragraph + 1; i < to.paragraph; i++) parts.push(paragraphs[i].text);
  parts.push(paragraphs[to.paragraph].text.slice(0, to.offset));
  return parts.join("\n");
}

/** Both ends of the page's selection lie inside the same paragraph's text. */
function insideOneParagraph(root: HTMLElement, range: AbstractRange | undefined): boolean {
  if (!range) return false;
  const paragraphOf = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest(PARAGRAPH_SELECTOR) ?? null;
  const start = paragraphOf(range.startContainer);
  return start !== null && root.contains(start) && start === paragraphOf(range.endContainer);
}

export function PreviewEditor({ doc, label }: { doc: PreviewDocument; label: string }) {
  const styles = useStyles();
  const strings = useStrings();
  const [paragraphs, setParagraphs] = React.useState<readonly Paragraph[]>(() => doc.paragraphs());
  const [selection, setSelection] = React.useState<PreviewSelection>(() => doc.selection());
  const [comments, setComments] = React.useState<readonly PreviewComment[]>(() => doc.comments());
  const root = React.useRef<HTMLElement>(null);

  React.useEffect(
    () =>
      doc.subscribe((change) => {
        if (change === "text") setParagraphs(doc.paragraphs());
        if (change === "selection" || change === "text") setSelection(doc.selection());
        if (change === "comments" || change === "text") setComments(doc.comments());
        if (change === "reveal") {
          const target = root.current?.querySelector(
            `${PARAGRAPH_SELECTOR}[data-index="${doc.selection().start}"]`
          );
          target?.scrollIntoView({ block: "center", behavior: "smooth" });
        }
      }),
    [doc]
  );

  /** Runs a change of the model, renders it at once and puts the caret where it says. */
  const apply = React.useCallback((change: () => PreviewPoint | null) => {
    let caret: PreviewPoint | null = null;
    flushSync(() => {
      caret = change();
    });
    if (caret && root.current) placeCaret(root.current, caret);
  }, []);

  const replace = React.useCallback(
    (from: PreviewPoint, to: PreviewPoint, lines: string[], typing = false) =>
      apply(() => doc.replaceRange(from, to, lines, typing)),
    [apply, doc]
  );

  const history = React.useCallback(
    (step: "undo" | "redo") =>
      apply(() => {
        if (!(step === "undo" ? doc.undo() : doc.redo())) return null;
        const at = doc.selection().end;
        return { paragraph: at, offset: doc.paragraphs()[at]?.text.length ?? 0 };
      }),
    [apply, doc]
  );

  React.useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onBeforeInput = (event: InputEvent) => {
      const type = event.inputType;
      if (type === "historyUndo" || type === "historyRedo") {
        event.preventDefault();
        history(type === "historyUndo" ? "undo" : "redo");
        return;
      }
      // Paste, drop and cut have their own handlers; formatting is not plain text.
      if (type === "insertFromPaste" || type === "deleteByCut") return;
      if (type === "insertFromDrop" || type.startsWith("format")) {
        event.preventDefault();
        return;
      }
      const selected = window.getSelection();
      const range = selected && selected.rangeCount > 0 ? selected.getRangeAt(0) : undefined;
      const points = selectionPoints(el);
      if (!points) {
        event.preventDefault();
        return;
      }
      const [from, to] = points;
      if (type === "insertParagraph" || type === "insertLineBreak") {
        event.preventDefault();
        replace(from, to, ["", ""]);
        return;
      }
      if (type.startsWith("delete")) {
        const target = event.getTargetRanges()[0];
        if (target && insideOneParagraph(el, target)) return;
        event.preventDefault();
        const span = target ? rangePoints(el, target) : points;
        if (!span) return;
        const [start, end] = span;
        if (start.paragraph === end.paragraph && start.offset === end.offset) return;
        replace(start, end, [""]);
        return;
      }
      if (insideOneParagraph(el, range)) return;
      event.preventDefault();
      replace(from, to, [event.data ?? ""], true);
    };
    const onInput = () => {
      for (const paragraph of el.querySelectorAll<HTMLElement>(PARAGRAPH_SELECTOR))
        doc.setParagraphText(Number(paragraph.dataset.index), paragraph.textContent ?? "");
    };
    const onSelectionChange = () => {
      const points = selectionPoints(el);
      if (!points) return;
      const now = doc.selection();
      if (now.start !== points[0].paragraph || now.end !== points[1].paragraph)
        doc.setSelection(points[0].paragraph, points[1].paragraph);
    };
    el.addEventListener("beforeinput", onBeforeInput);
    el.addEventListener("input", onInput);
    document.addEventListener("selectionchange", onSelectionChange);
    return () => {
      el.removeEventListener("beforeinput", onBeforeInput);
      el.removeEventListener("input", onInput);
      document.removeEventListener("selectionchange", onSelectionChange);
    };
  }, [doc, history, replace]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === "z" || key === "y") {
      event.preventDefault();
      history(key === "y" || event.shiftKey ? "redo" : "undo");
    }
  };

  const onPaste = (event: React.ClipboardEvent<HTMLElement>) => {
    event.preventDefault();
    const points = root.current && selectionPoints(root.current);
    if (!points) return;
    replace(points[0], points[1], pastedLines(event.clipboardData.getData("text/plain")));
  };

  const copyOut = (event: React.ClipboardEvent<HTMLElement>, cut: boolean) => {
    const points = root.current && selectionPoints(root.current);
    if (!points) return;
    event.preventDefault();
    event.clipboardData.setData("text/plain", textBetween(doc.paragraphs(), ...points));
    if (cut) replace(points[0], points[1], [""]);
  };

  return (
    <article
      ref={root}
      className={styles.page}
      aria-label={label}
      data-testid="preview-document"
      contentEditable
      suppressContentEditableWarning
      spellCheck
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onCopy={(event) => copyOut(event, false)}
      onCut={(event) => copyOut(event, true)}
    >
      {paragraphs.map((paragraph, index) => (
        <React.Fragment key={index}>
          <PreviewParagraph
            index={index}
            paragraph={paragraph}
            selected={index >= selection.start && index <= selection.end}
          />
          {comments
            .filter((comment) => comment.paragraph === index)
            .map((comment, n) => (
              <div
                key={`comment-${n}`}
                role="note"
                contentEditable={false}
                className={styles.comment}
                data-testid="preview-comment"
                data-paragraph={index}
              >
                <span className={styles.commentLabel}>{strings.previewComment}: </span>
                {comment.text}
              </div>
            ))}
        </React.Fragment>
      ))}
    </article>
  );
}
