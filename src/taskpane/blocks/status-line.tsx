/**
 * The visible line under a card's buttons after an action. Not a live region: the pane's
 * announcer already speaks the same words, and two regions would read them twice.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle16Regular,
  ErrorCircle16Regular,
  Info16Regular,
} from "@fluentui/react-icons";

export type StatusTone = "success" | "busy" | "error";

const useStyles = makeStyles({
  line: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "break-word",
  },
  icon: { flexShrink: 0, marginTop: "1px" },
  success: { color: tokens.colorPaletteGreenForeground1 },
  busy: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function StatusLine({ tone, text }: { tone: StatusTone; text: string }) {
  const styles = useStyles();
  const Icon =
    tone === "success"
      ? CheckmarkCircle16Regular
      : tone === "error"
        ? ErrorCircle16Regular
        : Info16Regular;
  return (
    <div
      className={mergeClasses(styles.line, styles[tone])}
      data-testid="status-line"
      data-tone={tone}
    >
      <Icon className={styles.icon} aria-hidden />
      <span>{text}</span>
    </div>
  );
}
