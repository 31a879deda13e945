/**
 * A theme's state as a shape, so it is seen before it is read and does not rely on colour:
 * filled = covered, half = weak, ring = missing, struck ring = niet van toepassing.
 */
import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { PaneStatus } from "./pane-themes";

const useStyles = makeStyles({
  mark: {
    display: "inline-block",
    flexShrink: 0,
    width: "14px",
    height: "14px",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    ...shorthands.border("2px", "solid", tokens.colorBrandForeground1),
    position: "relative",
    verticalAlign: "middle",
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      ...shorthands.borderColor("CanvasText"),
    },
  },
  covered: {
    backgroundColor: tokens.colorBrandForeground1,
    "@media (forced-colors: active)": { backgroundColor: "CanvasText" },
  },
  weak: {
    backgroundImage: `linear-gradient(90deg, ${tokens.colorBrandForeground1} 50%, transparent 50%)`,
    "@media (forced-colors: active)": {
      backgroundImage: "linear-gradient(90deg, CanvasText 50%, transparent 50%)",
    },
  },
  missing: {
    ...shorthands.borderColor(tokens.colorNeutralStrokeAccessible),
  },
  notRelevant: {
    ...shorthands.borderColor(tokens.colorNeutralForeground4),
    "::after": {
      content: '""',
      position: "absolute",
      left: "-3px",
      right: "-3px",
      top: "50%",
      height: "2px",
      marginTop: "-1px",
      backgroundColor: tokens.colorNeutralForeground3,
      transform: "rotate(-45deg)",
    },
  },
  large: { width: "18px", height: "18px" },
});

export function ThemeMark({ status, large }: { status: PaneStatus; large?: boolean }) {
  const styles = useStyles();
  const shape = {
    covered: styles.covered,
    weak: styles.weak,
    missing: styles.missing,
    "not-relevant": styles.notRelevant,
  }[status];
  return (
    <span
      aria-hidden="true"
      data-status={status}
      className={mergeClasses(styles.mark, shape, large && styles.large)}
    />
  );
}
