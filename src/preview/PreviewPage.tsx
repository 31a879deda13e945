/**
 * The preview: the sample document on the left, the task pane (Word's 320–350 px) on the right;
 * on a narrow screen the pane goes below the document.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { PreviewDocument } from "../document";
import { Pane } from "../taskpane/Pane";
import { useStrings } from "../taskpane/strings";
import { PreviewEditor } from "./PreviewEditor";

const useStyles = makeStyles({
  layout: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 340px",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
    "@media (max-width: 720px)": { gridTemplateColumns: "minmax(0, 1fr)", height: "auto" },
  },
  documentColumn: {
    overflowY: "auto",
    padding: "24px 16px",
    "@media (max-width: 720px)": { overflowY: "visible" },
  },
  intro: {
    maxWidth: "46rem",
    margin: `0 auto ${tokens.spacingVerticalM}`,
    color: tokens.colorNeutralForeground2,
  },
  paneColumn: {
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 720px)": { borderLeft: "none", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowY: "visible" },
  },
});

export function PreviewPage({ doc }: { doc: PreviewDocument }) {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <div className={styles.layout}>
      <section className={styles.documentColumn} aria-label={strings.previewDocumentLabel}>
        <p className={styles.intro}>{strings.previewIntro}</p>
        <PreviewEditor doc={doc} label={strings.previewDocumentLabel} />
      </section>
      <aside className={styles.paneColumn} aria-label={strings.previewPaneLabel} data-testid="preview-pane">
        <Pane port={doc} />
      </aside>
    </div>
  );
}
