/**
 * The one banner at the top of the pane after an insert: what went where, **Ongedaan maken**
 * (takes exactly that block out again) and **Toon** (selects it in the document). It does not
 * take focus: the pane's live region says the same words, and focus stays where the user was.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { AnyBlock } from "../../content";
import type { InsertedBlock } from "../../document/port";
import { useStrings, type Strings } from "../strings";
import { blockName } from "./block-segments";
import { message } from "./message";

export interface InsertReport {
  block: AnyBlock;
  inserted: InsertedBlock;
  /** The start of the paragraph it went after; null at the very start. */
  quote: string | null;
  /** Taken out again with Ongedaan maken. */
  undone: boolean;
  /** Why the last Ongedaan maken or Toon did not work. */
  problem: string | null;
}

const useStyles = makeStyles({
  problem: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorPaletteRedForeground1,
  },
});

/** What the banner (and the live region) says about a report. */
export function insertReportText(report: InsertReport, strings: Strings): string {
  const name = blockName(report.block);
  if (report.undone) return message(strings.undoneBanner, { name });
  if (report.quote === null) return message(strings.insertedBannerAtStart, { name });
  return message(strings.insertedBanner, { name, quote: report.quote });
}

export function InsertBanner(props: {
  report: InsertReport;
  onUndo(): void;
  onShow(): void;
  onClose(): void;
}) {
  const { report, onUndo, onShow, onClose } = props;
  const styles = useStyles();
  const strings = useStrings();
  const name = blockName(report.block);
  const close = React.useRef<HTMLButtonElement>(null);
  // Ongedaan maken disappears once it worked; focus that was on it goes to the close button.
  const undoneWithFocusInside = React.useRef(false);
  React.useLayoutEffect(() => {
    if (report.undone && undoneWithFocusInside.current) close.current?.focus();
    undoneWithFocusInside.current = false;
  }, [report.undone]);
  return (
    <MessageBar
      intent={report.undone ? "info" : "success"}
      layout="multiline"
      data-testid="insert-banner"
    >
      <MessageBarBody>
        {insertReportText(report, strings)}
        {report.problem && (
          <span className={styles.problem} data-testid="insert-banner-problem">
            {report.problem}
          </span>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            ref={close}
            appearance="transparent"
            size="small"
            icon={<Dismiss20Regular />}
            aria-label={strings.closeBanner}
            onClick={onClose}
          />
        }
      >
        {!report.undone && (
          <>
            <Button
              size="small"
              aria-label={message(strings.undoInsertNamed, { name })}
              onClick={() => {
                undoneWithFocusInside.current = true;
                onUndo();
              }}
            >
              {strings.undoInsert}
            </Button>
            <Button
              size="small"
              aria-label={message(strings.showInsertedNamed, { name })}
              onClick={onShow}
            >
              {strings.showInserted}
            </Button>
          </>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
