/**
 * The preview: the sample document on the left, the task pane (Word's 320–350 px) on the right;
 * on a narrow screen the pane goes below the document.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { PreviewDocument } from "../document";
import { Pane } from "../taskpane/Pane";
import { useStrings } from "../taskpane/strings";
import { PreviewEditor } from "./PreviewEditor";
import { useSelectedCharacters } from "./selected-characters";

const useStyles = makeStyles({
  layout: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 340px",
    alignItems: "start",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
    "@media (max-width: 720px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  documentColumn: {
    padding: "24px 16px",
  },
  intro: {
    maxWidth: "46rem",
    margin: `0 auto ${tokens.spacingVerticalM}`,
    color: tokens.colorNeutralForeground2,
  },
  // The page scrolls the document; the pane stays in view beside it, as Word's pane does.
  paneColumn: {
    position: "sticky",
    top: 0,
    height: "100vh",
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 720px)": {
      borderLeft: "none",
      borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
      position: "static",
      height: "auto",
      overflowY: "visible",
    },
  },
});

export function PreviewPage({ doc }: { doc: PreviewDocument }) {
  const styles = useStyles();
  const strings = useStrings();
  const column = React.useRef<HTMLElement>(null);
  useSelectedCharacters(doc, column);
  return (
    <div className={styles.layout}>
      <section
        ref={column}
        className={styles.documentColumn}
        aria-label={strings.previewDocumentLabel}
      >
        <p className={styles.intro}>{strings.previewIntro}</p>
        <PreviewEditor doc={doc} label={strings.previewDocumentLabel} />
      </section>
      <aside
        className={styles.paneColumn}
        aria-label={strings.previewPaneLabel}
        data-testid="preview-pane"
      >
        <Pane port={doc} />
      </aside>
    </div>
  );
}
