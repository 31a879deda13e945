/**
 * The core message's place in the library: a heading, one line on what it is, and a button
 * that opens the form. The form and the composer come as their own chunk on first open, so
 * the pane's first load stays small.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronRight20Regular } from "@fluentui/react-icons";
import { LazyView } from "../lazy-view";
import { useStrings } from "../strings";
import type { CoreMessageFormProps } from "./CoreMessageForm";

const loadForm = () => import(/* webpackChunkName: "kernboodschap" */ "./CoreMessageForm");

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { margin: 0 },
  toggle: { alignSelf: "flex-start", maxWidth: "100%" },
});

export function CoreMessageSection(props: CoreMessageFormProps) {
  const styles = useStyles();
  const strings = useStrings();
  const headingId = React.useId();
  const regionId = React.useId();
  const [open, setOpen] = React.useState(false);
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="core-message">
      <h2 id={headingId} className={styles.heading}>
        {strings.coreHeading}
      </h2>
      <p className={styles.intro}>{strings.coreIntro}</p>
      <Button
        className={styles.toggle}
        icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
        aria-expanded={open}
        aria-controls={open ? regionId : undefined}
        onClick={() => setOpen(!open)}
      >
        {strings.coreOpen}
      </Button>
      {open && (
        <div id={regionId}>
          <LazyView
            load={loadForm}
            viewProps={props}
            loading={strings.coreLoading}
            loadFailed={strings.coreLoadFailed}
            retry={strings.coreRetry}
            failedTestId="core-message-load-failed"
          />
        </div>
      )}
    </section>
  );
}
