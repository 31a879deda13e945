/**
 * The one banner at the top of the pane after an insert (a block or the core message): what
 * went where, **Ongedaan maken** (takes exactly that out again) and **Toon** (selects it in the
 * document). It does not take focus: the pane's live region says the same words, and focus
 * stays where the user was.
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
import type { InsertedBlock } from "../../document/port";
import { useStrings, type Strings } from "../strings";
import { blockName } from "./block-segments";
import type { Insertion } from "./insertion";
import { message } from "./message";

export interface InsertReport {
  item: Insertion;
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

/** The banner's words for each kind of insert; a block is named by its first and last words. */
const WORDS = {
  block: {
    inserted: "insertedBanner",
    atStart: "insertedBannerAtStart",
    undone: "undoneBanner",
    undo: "undoInsertNamed",
    show: "showInsertedNamed",
  },
  "core-message": {
    inserted: "coreInsertedBanner",
    atStart: "coreInsertedBannerAtStart",
    undone: "coreUndoneBanner",
    undo: "coreUndoInsert",
    show: "coreShowInserted",
  },
} as const satisfies Record<Insertion["kind"], Record<string, keyof Strings>>;

function say(item: Insertion, strings: Strings, which: keyof (typeof WORDS)["block"], quote = "") {
  const name = item.kind === "block" ? blockName(item.block) : "";
  return message(strings[WORDS[item.kind][which]], { name, quote });
}

/** What the banner (and the live region) says about a report. */
export function insertReportText(report: InsertReport, strings: Strings): string {
  const { item, quote } = report;
  if (report.undone) return say(item, strings, "undone");
  if (quote === null) return say(item, strings, "atStart");
  return say(item, strings, "inserted", quote);
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
              aria-label={say(report.item, strings, "undo")}
              onClick={() => {
                undoneWithFocusInside.current = true;
                onUndo();
              }}
            >
              {strings.undoInsert}
            </Button>
            <Button size="small" aria-label={say(report.item, strings, "show")} onClick={onShow}>
              {strings.showInserted}
            </Button>
          </>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
