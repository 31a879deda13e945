/**
 * The review as Word comments, and removing them again. Placing replaces this add-in's earlier
 * comments, so clicking again after editing never stacks duplicates. When the host cannot
 * comment, the pane says why instead of showing a button that does nothing.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { CommentAdd20Regular, CommentDismiss20Regular } from "@fluentui/react-icons";
import type { ThemeId } from "../../content";
import type { Review } from "../../analysis/types";
import type { DocumentPort, HostCapabilities, PortError } from "../../document/port";
import { useAnnounce } from "../announce";
import { LanguageContext, useStrings, type Language, type Strings } from "../strings";
import { message } from "../blocks/message";
import { portReason } from "../blocks/port-reason";
import { StatusLine, type StatusTone } from "../blocks/status-line";
import { buildReviewComments } from "./review-comments";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  text: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "break-word",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  missing: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

export interface ReviewCommentsActionProps {
  port: DocumentPort;
  review: Review;
  capabilities: HostCapabilities;
  /** Themes the user marked "niet van toepassing"; optional so the agreed interface still holds. */
  notRelevant?: readonly ThemeId[];
}

type Busy = "place" | "remove" | null;

function failure(error: PortError, strings: Strings, language: Language) {
  return {
    tone: "error" as const,
    text: message(strings.commentsFailed, { reason: portReason(error, strings, language) }),
  };
}

/** The host's own reasons that concern comments; all of them when none says so. */
function commentReasons(missing: string[]): string[] {
  const about = missing.filter((reason) => /opmerking|comment/i.test(reason));
  return about.length > 0 ? about : missing;
}

export function ReviewCommentsAction(props: ReviewCommentsActionProps) {
  const { port, review, capabilities, notRelevant } = props;
  const styles = useStyles();
  const strings = useStrings();
  const language = React.useContext(LanguageContext);
  const announce = useAnnounce();
  const [busy, setBusy] = React.useState<Busy>(null);
  const [status, setStatus] = React.useState<{ tone: StatusTone; text: string } | null>(null);
  // A ref as well as state: a double click must not place the comments twice.
  const running = React.useRef(false);

  const comments = React.useMemo(
    () => buildReviewComments(review, strings, language, { notRelevant }),
    [review, strings, language, notRelevant]
  );

  if (!capabilities.comments) {
    const reasons = commentReasons(capabilities.missing);
    return (
      <div className={styles.root} data-testid="review-comments">
        <p className={styles.text}>
          <strong>{strings.commentsUnsupported}</strong> {strings.commentsUnsupportedHint}
        </p>
        {reasons.length > 0 && (
          <ul className={styles.missing}>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }

  const run = async (
    kind: Exclude<Busy, null>,
    work: () => Promise<{ tone: StatusTone; text: string }>
  ) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    setStatus(null);
    let next: { tone: StatusTone; text: string };
    try {
      next = await work();
    } catch {
      next = failure({ code: "unknown", message: "" }, strings, language);
    } finally {
      running.current = false;
      setBusy(null);
    }
    setStatus(next);
    announce(next.text);
  };

  const place = () =>
    run("place", async () => {
      const removed = await port.removeReviewComments();
      if (!removed.ok) return failure(removed.error, strings, language);
      const added = await port.addReviewComments(comments);
      if (!added.ok) return failure(added.error, strings, language);
      const n = added.value;
      return {
        tone: "success",
        text: n === 1 ? strings.commentsPlacedOne : message(strings.commentsPlaced, { n }),
      };
    });

  const remove = () =>
    run("remove", async () => {
      const removed = await port.removeReviewComments();
      if (!removed.ok) return failure(removed.error, strings, language);
      const n = removed.value;
      const text =
        n === 0
          ? strings.commentsNoneToRemove
          : n === 1
            ? strings.commentsRemovedOne
            : message(strings.commentsRemoved, { n });
      return { tone: "success", text };
    });

  return (
    <div className={styles.root} data-testid="review-comments">
      <p className={styles.text}>
        {comments.length > 0 ? strings.commentsExplain : strings.commentsNothing}
      </p>
      <div className={styles.actions}>
        <Button
          appearance="secondary"
          icon={<CommentAdd20Regular />}
          disabledFocusable={busy !== null || comments.length === 0}
          onClick={place}
        >
          {strings.commentsPlace}
        </Button>
        <Button
          appearance="subtle"
          icon={<CommentDismiss20Regular />}
          disabledFocusable={busy !== null}
          onClick={remove}
        >
          {strings.commentsRemove}
        </Button>
      </div>
      {status && <StatusLine tone={status.tone} text={status.text} />}
    </div>
  );
}
