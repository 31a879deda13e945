/**
 * The sample document, editable: it renders the PreviewDocument model and edits it through the
 * model's methods, so the pane beside it hears every change through the same port it uses in
 * Word. Enter splits a paragraph (at the end: a new empty one), Backspace at the start joins
 * it to the one before; clicking or focusing a paragraph puts the "cursor" there for inserts.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { PreviewDocument, PreviewParagraph as Paragraph, PreviewSelection } from "../document";
import { PreviewParagraph } from "./PreviewParagraph";

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
    "@media (max-width: 720px)": { padding: "24px 16px" },
  },
});

function placeCaret(element: HTMLElement | undefined, atStart: boolean, offset?: number) {
  if (!element) return;
  element.focus();
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  const text = element.firstChild;
  if (text && offset !== undefined) {
    range.setStart(text, Math.min(offset, text.textContent?.length ?? 0));
  } else {
    range.selectNodeContents(element);
    range.collapse(atStart);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}

export function PreviewEditor({ doc, label }: { doc: PreviewDocument; label: string }) {
  const styles = useStyles();
  const [paragraphs, setParagraphs] = React.useState<readonly Paragraph[]>(() => doc.paragraphs());
  const [selection, setSelection] = React.useState<PreviewSelection>(() => doc.selection());
  const elements = React.useRef<HTMLElement[]>([]);
  const caretAfterRender = React.useRef<{
    index: number;
    atStart: boolean;
    offset?: number;
  } | null>(null);

  React.useEffect(
    () =>
      doc.subscribe((change) => {
        if (change === "text") setParagraphs(doc.paragraphs());
        if (change === "selection" || change === "text") setSelection(doc.selection());
        if (change === "reveal") {
          const target = elements.current[doc.selection().start];
          target?.scrollIntoView({ block: "center", behavior: "smooth" });
        }
      }),
    [doc]
  );

  React.useLayoutEffect(() => {
    const pending = caretAfterRender.current;
    if (!pending) return;
    caretAfterRender.current = null;
    placeCaret(elements.current[pending.index], pending.atStart, pending.offset);
  });

  const onText = React.useCallback(
    (index: number, text: string) => doc.setParagraphText(index, text),
    [doc]
  );
  const onCursor = React.useCallback((index: number) => doc.setCursor(index), [doc]);
  const onSplit = React.useCallback(
    (index: number, before: string, after: string) => {
      caretAfterRender.current = { index: index + 1, atStart: true };
      doc.setParagraphText(index, before);
      doc.insertParagraphAt(index + 1, after);
      doc.setCursor(index + 1);
    },
    [doc]
  );
  const onMergeWithPrevious = React.useCallback(
    (index: number) => {
      const all = doc.paragraphs();
      const previous = all[index - 1];
      caretAfterRender.current = { index: index - 1, atStart: false, offset: previous.text.length };
      doc.setParagraphText(index - 1, previous.text + all[index].text);
      doc.removeParagraph(index);
      doc.setCursor(index - 1);
    },
    [doc]
  );

  return (
    <article className={styles.page} aria-label={label} data-testid="preview-document">
      {paragraphs.map((paragraph, index) => (
        <PreviewParagraph
          key={index}
          ref={(el) => {
            if (el) elements.current[index] = el;
          }}
          index={index}
          paragraph={paragraph}
          selected={index >= selection.start && index <= selection.end}
          onText={onText}
          onCursor={onCursor}
          onSplit={onSplit}
          onMergeWithPrevious={onMergeWithPrevious}
        />
      ))}
    </article>
  );
}
