/**
 * The pane's top line: product name, refresh, and a "more" button that shows Over and Help. Over
 * also lists what this Word cannot do, so an older Word explains itself without a standing
 * warning. The two choices unfold under the line (a disclosure) instead of a popup menu: the
 * same keyboard use, and no positioning library in the pane's script. Escape folds it up again
 * from the button or from a choice, and the focus goes back to the button. The dialog comes as
 * its own chunk when first opened, so the pane's first load stays small.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular, MoreHorizontal20Regular } from "@fluentui/react-icons";
import { LazyView } from "./lazy-view";
import { useStrings } from "./strings";
import type { InfoTopic } from "./InfoDialog";

const loadDialog = () => import(/* webpackChunkName: "over-en-hulp" */ "./InfoDialog");

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // At 320 px the buttons move under the name rather than break it ("Argumentenhul p").
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "flex-end",
    gap: tokens.spacingHorizontalXS,
  },
  title: {
    flexGrow: 1,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "break-word",
  },
  buttons: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  more: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "flex-end",
    gap: tokens.spacingHorizontalXS,
  },
});

export function Header({
  onRefresh,
  busy,
  missing,
}: {
  onRefresh(): void;
  busy: boolean;
  missing?: string[];
}) {
  const styles = useStyles();
  const strings = useStrings();
  const [open, setOpen] = React.useState(false);
  const [topic, setTopic] = React.useState<InfoTopic | null>(null);
  const moreId = React.useId();
  // The dialog was opened from a choice that is gone once it opens; focus returns to "more".
  const moreButton = React.useRef<HTMLButtonElement>(null);
  const close = React.useCallback(() => {
    setTopic(null);
    moreButton.current?.focus();
  }, []);
  const choose = (next: InfoTopic) => {
    setOpen(false);
    setTopic(next);
  };
  return (
    <header
      className={styles.header}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        setOpen(false);
        moreButton.current?.focus();
      }}
    >
      <div className={styles.line}>
        <h1 className={styles.title}>{strings.productName}</h1>
        <span className={styles.buttons}>
          <Button
            appearance="subtle"
            icon={<ArrowSync20Regular />}
            onClick={onRefresh}
            disabledFocusable={busy}
          >
            {strings.refresh}
          </Button>
          <Button
            appearance="subtle"
            icon={<MoreHorizontal20Regular />}
            ref={moreButton}
            aria-label={strings.moreMenu}
            title={strings.moreMenu}
            aria-expanded={open}
            aria-controls={open ? moreId : undefined}
            onClick={() => setOpen(!open)}
          />
        </span>
      </div>
      {open && (
        <div id={moreId} className={styles.more}>
          <Button appearance="subtle" size="small" onClick={() => choose("about")}>
            {strings.about}
          </Button>
          <Button appearance="subtle" size="small" onClick={() => choose("help")}>
            {strings.help}
          </Button>
        </div>
      )}
      {topic !== null && (
        <LazyView
          load={loadDialog}
          viewProps={{ topic, onClose: close, missing }}
          loading={strings.infoLoading}
          loadFailed={strings.infoLoadFailed}
          retry={strings.retry}
          failedTestId="info-load-failed"
          dismiss={{ label: strings.close, onDismiss: close }}
        />
      )}
    </header>
  );
}
